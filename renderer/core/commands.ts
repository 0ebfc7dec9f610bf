import { useEffect } from 'react';
import { acceleratorLabel, COMMANDS, type CommandId, type CommandSpec } from '../../electron/shared/commands';
import { isTyping } from '../ui/isTyping';
import { onEvent } from './api';

/** A command's id; the table of ids, menus and accelerators is electron/shared/commands.ts. */
export type CommandName = CommandId;

/** What a command does in this window; `enabled` (when given) is asked before each run. */
export interface CommandHandler {
  run(): void;
  enabled?(): boolean;
}

const handlers = new Map<CommandName, CommandHandler>();

/** Features register what a command does; menus and shortcuts only name it. */
export function registerCommand(name: CommandName, handler: CommandHandler | (() => void)): () => void {
  const entry = typeof handler === 'function' ? { run: handler } : handler;
  handlers.set(name, entry);
  return () => {
    if (handlers.get(name) === entry) handlers.delete(name);
  };
}

export function runCommand(name: CommandName): void {
  const handler = handlers.get(name);
  if (handler && (handler.enabled?.() ?? true)) handler.run();
}

/** 'Ctrl+Shift+T' for a command with a shortcut, '' for one without. */
export function shortcutLabel(name: CommandName): string {
  const accelerator = (COMMANDS[name] as CommandSpec).accelerator;
  return accelerator ? acceleratorLabel(accelerator) : '';
}

/**
 * Whether a key press is a command's accelerator. Keys are matched on physical
 * keys (`code`) so the shortcuts work with a Korean keyboard layout too; Ctrl
 * and Cmd both count, Alt never does, and Shift must be exactly as written.
 */
export function matchesAccelerator(spec: CommandSpec, e: KeyboardEvent): boolean {
  if (!spec.accelerator) return false;
  const parts = spec.accelerator.split('+');
  const key = parts.at(-1)!;
  const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
  return (
    mod === parts.includes('CmdOrCtrl') &&
    e.shiftKey === parts.includes('Shift') &&
    e.code === `Key${key}` &&
    !(spec.outsideTextFields && isTyping(e.target))
  );
}

/** The command a key press asks for, if any. */
export function commandForKey(e: KeyboardEvent): CommandName | undefined {
  return (Object.keys(COMMANDS) as CommandName[]).find((id) => matchesAccelerator(COMMANDS[id], e));
}

/**
 * The keyboard shortcuts and the menu's commands for the window's lifetime.
 * The menu shows the same accelerators without registering them, so a key
 * never fires twice.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const hit = commandForKey(e);
      if (!hit) return;
      e.preventDefault();
      runCommand(hit);
    };
    window.addEventListener('keydown', onKey);
    const off = onEvent('menu:command', ({ command }) => runCommand(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
}
