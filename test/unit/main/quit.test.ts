import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanupTempDirs, tempDir } from '../../support/library';

/**
 * Main's real entry (electron/main/index.ts) over a real library, with Electron
 * and the window-making modules stood in: quitting must dispose the services'
 * context (cancelling imports) before the library closes, then leave.
 */
const steps: string[] = [];
const appEvents = new Map<string, (event: { preventDefault(): void }) => void>();
const dir = tempDir('proceedings-main-quit-');
process.env.PROCEEDINGS_LIBRARY = path.join(dir, 'library');

vi.mock('electron', () => ({
  app: {
    setPath: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: async () => undefined,
    getPath: () => dir,
    on: (name: string, fn: (event: { preventDefault(): void }) => void) => appEvents.set(name, fn),
    quit: vi.fn(),
    exit: vi.fn((code: number) => steps.push(`exit ${code}`)),
  },
  BrowserWindow: { getAllWindows: () => [] },
  dialog: { showErrorBox: vi.fn((title: string) => steps.push(`error: ${title}`)) },
  session: { defaultSession: {} },
}));
// The window is already gone when the app quits here, so no renderer flush is awaited.
vi.mock('../../../electron/main/window', () => ({
  appUrl: () => 'file:///app/index.html',
  createMainWindow: () => ({ on: vi.fn(), isDestroyed: () => true, webContents: { send: vi.fn() } }),
}));
vi.mock('../../../electron/main/harden', () => ({ hardenSession: vi.fn() }));
vi.mock('../../../electron/main/media-protocol', () => ({ registerMediaScheme: vi.fn(), handleMediaScheme: vi.fn() }));
vi.mock('../../../electron/main/menu', () => ({ installMenu: vi.fn() }));
vi.mock('../../../electron/main/host-handlers', () => ({ createHostHandlers: () => ({}) }));
vi.mock('../../../electron/main/ipc', () => ({ wireIpc: vi.fn() }));
vi.mock('../../../electron/main/preferences', () => ({ effectiveLanguage: () => 'en', loadPreferences: () => ({}) }));
vi.mock('../../../electron/services/photos/heic-worker', () => ({ stopHeicWorker: vi.fn(async () => void steps.push('stop workers')) }));
vi.mock('../../../electron/services/api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/api')>();
  return {
    ...real,
    createServiceContext: (init: Parameters<typeof real.createServiceContext>[0]) => {
      const ctx = real.createServiceContext(init);
      const dispose = ctx.dispose.bind(ctx);
      return Object.assign(ctx, {
        dispose: async () => {
          steps.push('dispose services');
          await dispose();
          steps.push('services disposed');
        },
      });
    },
  };
});

const { Library } = await import('../../../electron/services/library/library');
const close = Library.prototype.close;
vi.spyOn(Library.prototype, 'close').mockImplementation(async function (this: import('../../../electron/services/library/library').Library) {
  steps.push('close library');
  return close.call(this);
});

afterAll(() => {
  delete process.env.PROCEEDINGS_LIBRARY;
  cleanupTempDirs();
});

describe("main's quit path", () => {
  it('disposes the services (cancelling imports) before the library closes, then exits — once', async () => {
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(appEvents.has('before-quit')).toBe(true));
    const preventDefault = vi.fn();
    appEvents.get('before-quit')!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled(); // Electron waits for our own exit
    await vi.waitFor(() => expect(steps).toContain('exit 0'));
    expect(steps).toEqual(['dispose services', 'services disposed', 'close library', 'stop workers', 'exit 0']);

    // A second quit while (or after) leaving does not run the steps again.
    appEvents.get('before-quit')!({ preventDefault: vi.fn() });
    await new Promise((r) => setTimeout(r, 50));
    expect(steps.filter((s) => s === 'dispose services')).toHaveLength(1);
  });
});
