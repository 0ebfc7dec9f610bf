import { describe, expect, it, vi } from 'vitest';
import { RendererFlush } from '../../../electron/main/renderer-flush';

describe('closing the window waits for the renderer to save', () => {
  it('resolves as soon as the renderer acknowledges', async () => {
    const flush = new RendererFlush(() => setTimeout(() => flush.acknowledge(), 5), 10_000);
    const started = Date.now();
    await flush.request();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives up after the timeout when the renderer does not answer', async () => {
    vi.useFakeTimers();
    const ask = vi.fn();
    const flush = new RendererFlush(ask, 3000);
    let resolved = false;
    const pending = flush.request().then(() => (resolved = true));
    expect(ask).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(2999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(resolved).toBe(true);
    vi.useRealTimers();
  });

  it('ignores an acknowledgement nobody waits for', () => {
    const flush = new RendererFlush(() => undefined);
    expect(() => flush.acknowledge()).not.toThrow();
  });
});
