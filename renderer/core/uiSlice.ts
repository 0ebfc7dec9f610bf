import type { Language, ThemeChoice } from '../../electron/shared/commands';
import type { SliceCreator } from './store';

export type { Language, ThemeChoice };
export type TripTab = 'timeline' | 'programme' | 'papers' | 'photos' | 'map' | 'series';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  /** The text as raised (in the language of that moment); a notice raised by key alone has none. */
  message?: string;
  /**
   * When given, the text is translated whenever it is shown (by the Notices view), so a notice
   * follows a language switch — and slices can raise notices without calling i18n themselves.
   */
  i18n?: { key: string; params?: Record<string, string | number> };
  /** Notices of one tag replace each other (one "… deleted · Undo" at a time). */
  tag?: string;
  /** An action button (e.g. "Undo"); `labelKey` translates its label like `i18n`. */
  action?: { label?: string; labelKey?: string; run: () => void };
}

export interface UiSlice {
  language: Language;
  themeChoice: ThemeChoice;
  /** The preference "Look up papers online" (main's copy decides; this one is what the UI shows). */
  paperLookups: boolean;
  /** 'trips' lists trips; 'trip' shows the selected one; 'new-trip' / 'edit-trip' show the form. */
  screen: 'trips' | 'trip' | 'new-trip' | 'edit-trip';
  tab: TripTab;
  searchOpen: boolean;
  notices: Notice[];
  setLanguage(language: Language): void;
  setThemeChoice(theme: ThemeChoice): void;
  setPaperLookups(on: boolean): void;
  setScreen(screen: UiSlice['screen']): void;
  setTab(tab: TripTab): void;
  setSearchOpen(open: boolean): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  dismissTag(tag: string): void;
}

let nextNotice = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  language: 'en',
  themeChoice: 'system',
  paperLookups: true,
  screen: 'trips',
  tab: 'timeline',
  searchOpen: false,
  notices: [],
  setLanguage: (language) => set({ language }),
  setThemeChoice: (themeChoice) => set({ themeChoice }),
  setPaperLookups: (paperLookups) => set({ paperLookups }),
  setScreen: (screen) => set({ screen }),
  setTab: (tab) => set({ tab }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  notify: (notice) =>
    set((s) => {
      const kept = notice.tag ? s.notices.filter((n) => n.tag !== notice.tag) : s.notices;
      return { notices: [...kept.slice(-3), { ...notice, id: nextNotice++ }] };
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissTag: (tag) => set((s) => ({ notices: s.notices.filter((n) => n.tag !== tag) })),
});
