import type { Language, ThemeChoice } from '../../electron/shared/commands';
import { call } from './api';
import { changeLanguage, systemLanguage } from './i18n';
import { useStore } from './store';

/**
 * The one path of a language or theme choice, whether it comes from the
 * header's switches or the menu: shown at once, saved by main (which rebuilds
 * its menu, so the menu's radio items follow).
 */
export function chooseLanguage(language: Language): void {
  useStore.getState().setLanguage(language);
  changeLanguage(language);
  void call('app.setPreferences', { language }).catch(() => undefined);
}

export function chooseTheme(theme: ThemeChoice): void {
  useStore.getState().setThemeChoice(theme);
  void call('app.setPreferences', { theme }).catch(() => undefined);
}

/** Paper lookups on or off: off, main sends nothing to arXiv, OpenReview or Crossref from then on. */
export async function choosePaperLookups(on: boolean): Promise<void> {
  const before = useStore.getState().paperLookups;
  useStore.getState().setPaperLookups(on);
  try {
    await call('app.setPreferences', { paperLookups: on });
  } catch (error) {
    // Not saved means main did not change either: show what is really in force.
    useStore.getState().setPaperLookups(before);
    throw error;
  }
}

/** Shows the saved preferences at start (nothing is saved back: they are what main has). */
export async function applySavedPreferences(): Promise<void> {
  const prefs = await call('app.getPreferences', {});
  const language = prefs.language === 'system' ? systemLanguage() : prefs.language;
  useStore.getState().setLanguage(language);
  useStore.getState().setThemeChoice(prefs.theme);
  useStore.getState().setPaperLookups(prefs.paperLookups);
  changeLanguage(language);
}
