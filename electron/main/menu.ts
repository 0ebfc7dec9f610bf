import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_LABELS, COMMANDS, type CommandId, type CommandSpec, type Language, type ThemeChoice } from '../shared/commands';
import { loadPreferences } from './preferences';
import { sendEvent } from './events';

/** Words of the menu bar itself; the items' words come with the command table. */
const LABELS = {
  en: { file: 'File', capture: 'Capture', edit: 'Edit', view: 'View', theme: 'Theme', language: 'Language', window: 'Window' },
  ko: { file: '파일', capture: '기록', edit: '편집', view: '보기', theme: '테마', language: '언어', window: '창' },
} as const;

/** What the radio items show as chosen. */
export interface MenuChoices {
  language: Language;
  theme: ThemeChoice;
}

/**
 * The application menu in English or Korean, built from the command table.
 * Accelerators are shown but not registered (`registerAccelerator: false`):
 * the renderer owns the keyboard shortcuts, so they behave the same in the app
 * and in browser tests, and never fire twice. Language and theme are radio
 * items checked by `choices`; clicking one sends its command, which the
 * renderer saves through app.setPreferences like its own switch — and saving
 * rebuilds this menu (installMenu), so the check follows.
 */
export function buildMenu(
  language: Language,
  send: (command: CommandId) => void,
  isMac = process.platform === 'darwin',
  choices: MenuChoices = { language, theme: 'system' },
): Menu {
  const l = LABELS[language];
  const item = (id: CommandId): MenuItemConstructorOptions => {
    const spec: CommandSpec = COMMANDS[id];
    return {
      label: COMMAND_LABELS[language][id],
      click: () => send(id),
      ...(spec.accelerator && !spec.outsideTextFields ? { accelerator: spec.accelerator, registerAccelerator: false } : {}),
      ...(spec.radio ? { type: 'radio' as const, checked: spec.radio.value === choices[spec.radio.group] } : {}),
    };
  };
  const of = (menu: CommandSpec['menu'], group?: 'language' | 'theme') =>
    (Object.keys(COMMANDS) as CommandId[])
      .filter((id) => COMMANDS[id].menu === menu && (COMMANDS[id] as CommandSpec).radio?.group === group)
      .map(item);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: l.file, submenu: [...of('file'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo' }, { role: 'redo' }, { type: 'separator' },
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' },
        ...of('edit'),
      ],
    },
    { label: l.capture, submenu: of('capture') },
    {
      label: l.view,
      submenu: [
        { label: l.theme, submenu: of('view', 'theme') },
        { label: l.language, submenu: of('view', 'language') },
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
        ...(process.env.NODE_ENV === 'development' ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: l.window, role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

/**
 * Installs the menu; called at start and after every app.setPreferences (the
 * preferences are saved by then), so the theme radio reads the saved choice.
 */
export function installMenu(win: BrowserWindow, language: Language): void {
  const choices: MenuChoices = { language, theme: loadPreferences().theme };
  Menu.setApplicationMenu(buildMenu(language, (command) => sendEvent(win, 'menu:command', { command }), undefined, choices));
}
