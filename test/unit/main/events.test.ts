import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProceedingsBridge } from '../../../electron/shared/contract';

/**
 * Both ends of the event channel with Electron stood in: main's `sendEvent` puts
 * (name, payload) on the contract's one channel, and the preload's `subscribe`
 * hands each listener only its own event — what the renderer's `onEvent` relies on.
 */
const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn() });
let exposed: ProceedingsBridge | null = null;
vi.mock('electron', () => ({
  ipcRenderer,
  contextBridge: { exposeInMainWorld: (_key: string, api: ProceedingsBridge) => (exposed = api) },
  webUtils: { getPathForFile: () => '' },
}));

const { EVENT_CHANNEL } = await import('../../../electron/shared/contract');
const { sendEvent } = await import('../../../electron/main/events');
await import('../../../electron/preload/index');

/** A window whose page is the preload above: what main sends arrives on ipcRenderer. */
function fakeWindow(destroyed = false) {
  const send = vi.fn((channel: string, ...args: unknown[]) => ipcRenderer.emit(channel, { sender: null }, ...args));
  return { isDestroyed: () => destroyed, webContents: { send } } as unknown as Electron.BrowserWindow & { webContents: { send: typeof send } };
}

describe('the event channel', () => {
  beforeEach(() => ipcRenderer.removeAllListeners());

  it('carries a typed event from main to the subscribers of that event only', () => {
    const win = fakeWindow();
    const saves: unknown[] = [];
    const commands: unknown[] = [];
    exposed!.subscribe('library:save-error', (p) => saves.push(p));
    exposed!.subscribe('menu:command', (p) => commands.push(p.command));
    sendEvent(win, 'menu:command', { command: 'quick-capture-talk' });
    sendEvent(win, 'library:save-error', { message: 'disk full' });
    expect(win.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'menu:command', { command: 'quick-capture-talk' });
    expect(commands).toEqual(['quick-capture-talk']);
    expect(saves).toEqual([{ message: 'disk full' }]);
  });

  it('stops calling a listener once unsubscribed, and leaves nothing attached', () => {
    const win = fakeWindow();
    const got: unknown[] = [];
    const off = exposed!.subscribe('app:flush-request', (p) => got.push(p));
    sendEvent(win, 'app:flush-request', {});
    off();
    sendEvent(win, 'app:flush-request', {});
    expect(got).toEqual([{}]);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('sends nothing to a window that is gone, and refuses names outside the contract', () => {
    const gone = fakeWindow(true);
    sendEvent(gone, 'app:flush-request', {});
    sendEvent(null, 'app:flush-request', {});
    expect(gone.webContents.send).not.toHaveBeenCalled();
    expect(() => exposed!.subscribe('no:such-event' as never, () => undefined)).toThrow('Unknown event "no:such-event".');
  });
});
