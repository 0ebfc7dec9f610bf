/**
 * The one table of the app's commands (like Excalidraw's actions): what a menu
 * item or a keyboard shortcut may ask the window to do. Main builds its menu
 * from it and sends a command's id as the 'menu:command' event; the renderer
 * matches the same accelerators on the keyboard and registers what each id
 * does (renderer/core/commands.ts). Neither side spells an id, a label or a
 * key anywhere else.
 */

export type Language = 'en' | 'ko';
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface CommandSpec {
  /** The menu the item sits in. */
  menu: 'file' | 'edit' | 'capture' | 'view';
  /** Electron's accelerator syntax, also read by the renderer's key matching: 'CmdOrCtrl+Shift+T'. */
  accelerator?: string;
  /**
   * Where the accelerator is not shown in the menu: Ctrl+Z there belongs to
   * Edit ▸ Undo, which a text field needs; the renderer runs the command only
   * outside text fields.
   */
  outsideTextFields?: boolean;
  /** Items of one radio group (language, theme): checked by what the user chose. */
  radio?: { group: 'language'; value: Language } | { group: 'theme'; value: ThemeChoice };
}

export const COMMANDS = {
  'new-trip': { menu: 'file' },
  'undo-delete': { menu: 'edit', accelerator: 'CmdOrCtrl+Z', outsideTextFields: true },
  search: { menu: 'edit', accelerator: 'CmdOrCtrl+K' },
  'jump-to-notes': { menu: 'edit', accelerator: 'CmdOrCtrl+J' },
  'quick-capture-talk': { menu: 'capture', accelerator: 'CmdOrCtrl+Shift+T' },
  'quick-capture-poster': { menu: 'capture', accelerator: 'CmdOrCtrl+Shift+P' },
  'quick-capture-booth': { menu: 'capture', accelerator: 'CmdOrCtrl+Shift+B' },
  'quick-capture-meal': { menu: 'capture', accelerator: 'CmdOrCtrl+Shift+M' },
  'quick-capture-note': { menu: 'capture', accelerator: 'CmdOrCtrl+Shift+N' },
  'set-theme-system': { menu: 'view', radio: { group: 'theme', value: 'system' } },
  'set-theme-light': { menu: 'view', radio: { group: 'theme', value: 'light' } },
  'set-theme-dark': { menu: 'view', radio: { group: 'theme', value: 'dark' } },
  'set-language-en': { menu: 'view', radio: { group: 'language', value: 'en' } },
  'set-language-ko': { menu: 'view', radio: { group: 'language', value: 'ko' } },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;

/** The ids in table order, as a non-empty tuple for z.enum. */
export const COMMAND_IDS = Object.keys(COMMANDS) as [CommandId, ...CommandId[]];

export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}

/** The menu's words for each command; languages are named in their own language. */
export const COMMAND_LABELS: Record<Language, Record<CommandId, string>> = {
  en: {
    'new-trip': 'New Trip',
    'undo-delete': 'Restore Deleted Entry',
    search: 'Search Trip',
    'jump-to-notes': 'Jump to Notes',
    'quick-capture-talk': 'New Talk',
    'quick-capture-poster': 'New Poster',
    'quick-capture-booth': 'New Booth',
    'quick-capture-meal': 'New Meal',
    'quick-capture-note': 'New Note',
    'set-theme-system': 'System Theme',
    'set-theme-light': 'Light Theme',
    'set-theme-dark': 'Dark Theme',
    'set-language-en': 'English',
    'set-language-ko': '한국어',
  },
  ko: {
    'new-trip': '새 여행',
    'undo-delete': '삭제한 항목 되돌리기',
    search: '여행 검색',
    'jump-to-notes': '메모로 이동',
    'quick-capture-talk': '새 발표',
    'quick-capture-poster': '새 포스터',
    'quick-capture-booth': '새 부스',
    'quick-capture-meal': '새 식사',
    'quick-capture-note': '새 메모',
    'set-theme-system': '시스템 테마',
    'set-theme-light': '밝은 테마',
    'set-theme-dark': '어두운 테마',
    'set-language-en': 'English',
    'set-language-ko': '한국어',
  },
};

/** 'CmdOrCtrl+Shift+T' → 'Ctrl+Shift+T', the way the app's buttons and titles show a shortcut. */
export function acceleratorLabel(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl', 'Ctrl');
}
