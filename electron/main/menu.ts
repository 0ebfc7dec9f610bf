import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../shared/contract';
import { sendEvent } from './events';

type Command = EventPayload<'menu:command'>['command'];

const LABELS = {
  en: {
    file: 'File', newTrip: 'New Trip', capture: 'Capture', talk: 'New Talk', poster: 'New Poster', booth: 'New Booth', meal: 'New Meal',
    note: 'New Note', edit: 'Edit', undoDelete: 'Restore Deleted Entry', find: 'Search Trip', view: 'View',
    toggleTheme: 'Toggle Dark Theme', language: 'Language', window: 'Window', help: 'Help',
  },
  ko: {
    file: '파일', newTrip: '새 여행', capture: '기록', talk: '새 발표', poster: '새 포스터', booth: '새 부스', meal: '새 식사',
    note: '새 메모', edit: '편집', undoDelete: '삭제한 항목 되돌리기', find: '여행 검색', view: '보기',
    toggleTheme: '어두운 테마 전환', language: '언어', window: '창', help: '도움말',
  },
} as const;

/**
 * The application menu in English or Korean. Accelerators are shown but not
 * registered (`registerAccelerator: false`): the renderer owns the keyboard
 * shortcuts, so they behave the same in the app and in browser tests, and
 * never fire twice.
 */
export function buildMenu(language: 'en' | 'ko', send: (command: Command) => void, isMac = process.platform === 'darwin'): Menu {
  const l = LABELS[language];
  const cmd = (label: string, command: Command, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: l.file, submenu: [cmd(l.newTrip, 'new-trip'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo' }, { role: 'redo' }, { type: 'separator' },
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' },
        cmd(l.undoDelete, 'undo-delete'),
        cmd(l.find, 'search', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: l.capture,
      submenu: [
        cmd(l.talk, 'quick-capture-talk', 'CmdOrCtrl+Shift+T'),
        cmd(l.poster, 'quick-capture-poster', 'CmdOrCtrl+Shift+P'),
        cmd(l.booth, 'quick-capture-booth', 'CmdOrCtrl+Shift+B'),
        cmd(l.meal, 'quick-capture-meal', 'CmdOrCtrl+Shift+M'),
        cmd(l.note, 'quick-capture-note', 'CmdOrCtrl+Shift+N'),
      ],
    },
    {
      label: l.view,
      submenu: [
        cmd(l.toggleTheme, 'toggle-theme'),
        { label: l.language, submenu: [cmd('English', 'set-language-en'), cmd('한국어', 'set-language-ko')] },
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
        ...(process.env.NODE_ENV === 'development' ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: l.window, role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

export function installMenu(win: BrowserWindow, language: 'en' | 'ko'): void {
  Menu.setApplicationMenu(buildMenu(language, (command) => sendEvent(win, 'menu:command', { command })));
}
