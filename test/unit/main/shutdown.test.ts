import { describe, expect, it, vi } from 'vitest';
import { createShutdown, type ShutdownSteps } from '../../../electron/main/shutdown';

function steps(overrides: Partial<ShutdownSteps> = {}) {
  const log: string[] = [];
  const all: ShutdownSteps = {
    flushRenderer: async () => void log.push('flush'),
    disposeServices: async () => void log.push('dispose'),
    closeLibrary: async () => void log.push('close'),
    stopWorkers: async () => void log.push('workers'),
    saveFailed: (message) => void log.push(`save failed: ${message}`),
    exit: (code) => void log.push(`exit ${code}`),
    ...overrides,
  };
  return { log, all };
}

describe('shutdown', () => {
  it('flushes the page, stops running work, closes the library, then exits', async () => {
    const { log, all } = steps();
    await createShutdown(all)();
    expect(log).toEqual(['flush', 'dispose', 'close', 'workers', 'exit 0']);
  });

  it('does not wait for ever on work that will not stop, and still saves', async () => {
    const { log, all } = steps({ disposeServices: () => new Promise<void>(() => undefined), disposeTimeoutMs: 20 });
    await createShutdown(all)();
    expect(log).toEqual(['flush', 'close', 'workers', 'exit 0']);
  });

  it('names a failed last save and still leaves; a second quit does nothing', async () => {
    const { log, all } = steps({ closeLibrary: async () => Promise.reject(new Error('disk full')) });
    const shutdown = createShutdown(all);
    await Promise.all([shutdown(), shutdown()]);
    expect(log).toEqual(['flush', 'dispose', 'save failed: disk full', 'workers', 'exit 0']);
  });

  it('skips the page flush when there is no window', async () => {
    const flushRenderer = vi.fn(() => undefined);
    const { log, all } = steps({ flushRenderer });
    await createShutdown(all)();
    expect(flushRenderer).toHaveBeenCalled();
    expect(log).toEqual(['dispose', 'close', 'workers', 'exit 0']);
  });
});
