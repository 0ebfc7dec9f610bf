import { useEffect } from 'react';
import type { EventPayload } from '../../electron/shared/contract';
import { isTyping } from '../ui/isTyping';
import { onEvent } from './api';

export type CommandName = EventPayload<'menu:command'>['command'];

const handlers = new Map<CommandName, () => void>();

/** Features register what a command does; menus and shortcuts only name it. */
export function registerCommand(name: CommandName, run: () => void): () => void {
  handlers.set(name, run);
  return () => {
    if (handlers.get(name) === run) handlers.delete(name);
  };
}

export function runCommand(name: CommandName): void {
  handlers.get(name)?.();
}

/**
 * The keyboard shortcuts, matched on physical keys (`code`) so they work with
 * a Korean keyboard layout too. The menu shows the same accelerators without
 * registering them, so a key never fires twice.
 */
export const SHORTCUTS: { command: CommandName; label: string; match(e: KeyboardEvent): boolean }[] = [
  { command: 'quick-capture-talk', label: 'Ctrl+Shift+T', match: (e) => mod(e) && e.shiftKey && e.code === 'KeyT' },
  { command: 'quick-capture-poster', label: 'Ctrl+Shift+P', match: (e) => mod(e) && e.shiftKey && e.code === 'KeyP' },
  { command: 'quick-capture-booth', label: 'Ctrl+Shift+B', match: (e) => mod(e) && e.shiftKey && e.code === 'KeyB' },
  { command: 'quick-capture-meal', label: 'Ctrl+Shift+M', match: (e) => mod(e) && e.shiftKey && e.code === 'KeyM' },
  { command: 'quick-capture-note', label: 'Ctrl+Shift+N', match: (e) => mod(e) && e.shiftKey && e.code === 'KeyN' },
  { command: 'search', label: 'Ctrl+K', match: (e) => mod(e) && !e.shiftKey && e.code === 'KeyK' },
  // Ctrl+Z in a text field stays the field's own undo.
  { command: 'undo-delete', label: 'Ctrl+Z', match: (e) => mod(e) && !e.shiftKey && e.code === 'KeyZ' && !isTyping(e.target) },
];

function mod(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey;
}

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const hit = SHORTCUTS.find((s) => s.match(e));
      if (!hit) return;
      e.preventDefault();
      runCommand(hit.command);
    };
    window.addEventListener('keydown', onKey);
    const off = onEvent('menu:command', ({ command }) => runCommand(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
}
