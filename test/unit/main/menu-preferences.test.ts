import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Item = { label?: string; type?: string; checked?: boolean; accelerator?: string; click?: () => void; submenu?: Item[] };

const dir = mkdtempSync(path.join(os.tmpdir(), 'menu-prefs-'));
const installed: Item[][] = [];
vi.mock('electron', () => ({
  app: { getPath: () => dir, getPreferredSystemLanguages: () => ['en-US'] },
  nativeTheme: { themeSource: 'system' },
  dialog: {},
  shell: {},
  Menu: {
    buildFromTemplate: (template: Item[]) => ({ template }),
    setApplicationMenu: (menu: { template: Item[] }) => installed.push(menu.template),
  },
}));

const { buildMenu, installMenu } = await import('../../../electron/main/menu');
const { createHostHandlers } = await import('../../../electron/main/host-handlers');
const { ChosenFiles } = await import('../../../electron/services/util/chosen-files');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
const radios = (template: Item[]) =>
  Object.fromEntries(flatten(template).filter((i) => i.type === 'radio').map((i) => [i.label!, i.checked]));

describe('menu: language and theme', () => {
  it('are radio items checked by what was chosen, and a click sends their command', () => {
    const send = vi.fn();
    const menu = buildMenu('en', send, false, { language: 'en', theme: 'dark' }) as unknown as { template: Item[] };
    expect(radios(menu.template)).toEqual({ 'System Theme': false, 'Light Theme': false, 'Dark Theme': true, English: true, 한국어: false });
    flatten(menu.template).find((i) => i.label === 'Light Theme')!.click!();
    flatten(menu.template).find((i) => i.label === '한국어')!.click!();
    expect(send.mock.calls).toEqual([['set-theme-light'], ['set-language-ko']]);
  });

  it('a choice the renderer saves (app.setPreferences, as the menu command does) is written and rebuilds the menu checked', async () => {
    const sent: unknown[] = [];
    const win = { isDestroyed: () => false, webContents: { send: (...args: unknown[]) => sent.push(args) } } as never;
    installMenu(win, 'en');
    expect(radios(installed.at(-1)!)).toMatchObject({ 'System Theme': true, English: true, 한국어: false });

    const host = createHostHandlers({ window: () => null, onFlushed: () => undefined, onLanguage: (language) => installMenu(win, language), chosenFiles: new ChosenFiles() });
    await host['app.setPreferences']({ theme: 'dark' });
    await host['app.setPreferences']({ language: 'ko' });

    const saved = JSON.parse(readFileSync(path.join(dir, 'preferences.json'), 'utf8')) as { language: string; theme: string };
    expect(saved).toMatchObject({ language: 'ko', theme: 'dark' });
    const menu = installed.at(-1)!;
    expect(menu.map((i) => i.label)).toContain('보기');
    expect(radios(menu)).toEqual({ '시스템 테마': false, '밝은 테마': false, '어두운 테마': true, English: false, 한국어: true });

    // The installed menu sends the clicked command to the window as the 'menu:command' event.
    flatten(menu).find((i) => i.label === '새 발표')!.click!();
    expect(sent.at(-1)).toEqual(['proceedings:event', 'menu:command', { command: 'quick-capture-talk' }]);
  });
});
