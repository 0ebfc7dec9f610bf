import { describe, expect, it, vi } from 'vitest';

const call = vi.fn(async (..._args: unknown[]) => ({}));
vi.mock('../../../renderer/core/api', () => ({
  call: (...args: unknown[]) => call(...args),
  onEvent: vi.fn(() => () => undefined),
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
// i18next and <html lang> need a DOM; what matters here is that the language is switched.
const changeLanguage = vi.fn();
vi.mock('../../../renderer/core/i18n', () => ({ changeLanguage: (l: string) => changeLanguage(l), systemLanguage: () => 'en' }));

const { useStore } = await import('../../../renderer/core/store');
const { registerAppCommands } = await import('../../../renderer/core/appCommands');
const { commandForKey, runCommand, shortcutLabel } = await import('../../../renderer/core/commands');
const { COMMANDS } = await import('../../../electron/shared/commands');

const key = (code: string, mods: Partial<KeyboardEvent> = {}, target: unknown = null) =>
  ({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target, ...mods }) as unknown as KeyboardEvent;

describe('command registry', () => {
  it('language and theme from the menu take the path of the header switch: shown and saved', () => {
    const off = registerAppCommands();
    runCommand('set-theme-dark');
    runCommand('set-language-ko');
    expect(useStore.getState().themeChoice).toBe('dark');
    expect(useStore.getState().language).toBe('ko');
    expect(changeLanguage).toHaveBeenCalledWith('ko');
    expect(call.mock.calls).toEqual([
      ['app.setPreferences', { theme: 'dark' }],
      ['app.setPreferences', { language: 'ko' }],
    ]);
    off();
    runCommand('set-theme-light');
    expect(useStore.getState().themeChoice).toBe('dark');
  });

  it('asks enabled() first: search opens only with a trip open', () => {
    const off = registerAppCommands();
    runCommand('search');
    expect(useStore.getState().searchOpen).toBe(false);
    useStore.setState({ doc: {} as never });
    runCommand('search');
    expect(useStore.getState().searchOpen).toBe(true);
    off();
  });

  it('matches the table accelerators on physical keys, Ctrl or Cmd, Shift exactly', () => {
    expect(commandForKey(key('KeyT', { ctrlKey: true, shiftKey: true }))).toBe('quick-capture-talk');
    expect(commandForKey(key('KeyN', { metaKey: true, shiftKey: true }))).toBe('quick-capture-note');
    expect(commandForKey(key('KeyK', { ctrlKey: true }))).toBe('search');
    expect(commandForKey(key('KeyK', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(commandForKey(key('KeyT', { ctrlKey: true, shiftKey: true, altKey: true }))).toBeUndefined();
    expect(commandForKey(key('KeyT', { shiftKey: true }))).toBeUndefined();
    // Ctrl+Z in a text field stays the field's own undo.
    expect(commandForKey(key('KeyZ', { ctrlKey: true }, { tagName: 'DIV' }))).toBe('undo-delete');
    expect(commandForKey(key('KeyZ', { ctrlKey: true }, { tagName: 'TEXTAREA' }))).toBeUndefined();
    expect(commandForKey(key('KeyZ', { ctrlKey: true }, { tagName: 'DIV', isContentEditable: true }))).toBeUndefined();
  });

  it('shows each shortcut the way the buttons write it, and every accelerator is one a key can match', () => {
    expect(shortcutLabel('quick-capture-poster')).toBe('Ctrl+Shift+P');
    expect(shortcutLabel('new-trip')).toBe('');
    for (const [id, spec] of Object.entries(COMMANDS)) {
      if (!('accelerator' in spec)) continue;
      expect(spec.accelerator, id).toMatch(/^CmdOrCtrl\+(Shift\+)?[A-Z]$/);
    }
  });
});
