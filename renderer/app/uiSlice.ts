import type { SliceCreator } from './store';

export type Language = 'en' | 'ko';
export type ThemeChoice = 'system' | 'light' | 'dark';
export type TripTab = 'timeline' | 'papers' | 'photos' | 'map' | 'series';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** An action button (e.g. "Undo"). */
  action?: { label: string; run: () => void };
}

export interface UiSlice {
  language: Language;
  themeChoice: ThemeChoice;
  /** 'trips' lists trips; 'trip' shows the selected one; 'new-trip' / 'edit-trip' show the form. */
  screen: 'trips' | 'trip' | 'new-trip' | 'edit-trip';
  tab: TripTab;
  searchOpen: boolean;
  notices: Notice[];
  setLanguage(language: Language): void;
  setThemeChoice(theme: ThemeChoice): void;
  setScreen(screen: UiSlice['screen']): void;
  setTab(tab: TripTab): void;
  setSearchOpen(open: boolean): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let nextNotice = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  language: 'en',
  themeChoice: 'system',
  screen: 'trips',
  tab: 'timeline',
  searchOpen: false,
  notices: [],
  setLanguage: (language) => set({ language }),
  setThemeChoice: (themeChoice) => set({ themeChoice }),
  setScreen: (screen) => set({ screen }),
  setTab: (tab) => set({ tab }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id: nextNotice++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
