import { registerCommand } from './commands';
import { chooseLanguage, chooseTheme } from './preferences';
import { useStore } from './store';

/** The commands of the app frame (features register their own); returns the unregistering function. */
export function registerAppCommands(): () => void {
  const offs = [
    registerCommand('new-trip', () => useStore.getState().setScreen('new-trip')),
    registerCommand('search', { enabled: () => Boolean(useStore.getState().doc), run: () => useStore.getState().setSearchOpen(true) }),
    registerCommand('set-theme-system', () => chooseTheme('system')),
    registerCommand('set-theme-light', () => chooseTheme('light')),
    registerCommand('set-theme-dark', () => chooseTheme('dark')),
    registerCommand('set-language-en', () => chooseLanguage('en')),
    registerCommand('set-language-ko', () => chooseLanguage('ko')),
  ];
  return () => offs.forEach((off) => off());
}
