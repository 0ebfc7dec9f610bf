import type { BrowserWindow } from 'electron';
import { sendEvent as sendOn, type EventName, type EventPayload } from '../shared/contract';

/**
 * Pushes one contract event to the window's page — the only way main talks to
 * the renderer unasked. A window that is gone (closed, or never opened) gets
 * nothing: events are news, not state, and the renderer reloads state on open.
 */
export function sendEvent<E extends EventName>(win: BrowserWindow | null, name: E, payload: EventPayload<E>): void {
  if (win && !win.isDestroyed()) sendOn(win.webContents, name, payload);
}
