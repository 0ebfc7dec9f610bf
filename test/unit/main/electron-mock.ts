import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (whose binary is not installed here):
 * records what main registers so tests can drive it like Electron would.
 */
export function createElectronMock() {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const openExternal = vi.fn(async (_url: string) => undefined);
  return {
    handlers,
    openExternal,
    module: {
      ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => handlers.set(channel, fn) },
      shell: { openExternal },
    },
  };
}

/** A fake WebContents that records listeners and the window-open handler. */
export function fakeWebContents() {
  const listeners = new Map<string, (...args: any[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    get openHandler() {
      return openHandler;
    },
    on(event: string, fn: (...args: any[]) => void) {
      listeners.set(event, fn);
    },
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      openHandler = fn;
    },
  };
}
