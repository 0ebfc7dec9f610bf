import { describe, expect, it } from 'vitest';
import { createSaveQueue, type SaveRun } from '../../../renderer/core/saveQueue';

/** A send that waits until the test answers it, so requests in flight can be observed. */
function controlledSends() {
  const pending: { key: string; run: SaveRun; answer(result?: 'stop' | Error): void }[] = [];
  const send = (key: string, run: SaveRun) =>
    new Promise<'stop' | void>((resolve, reject) =>
      pending.push({ key, run, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) }),
    );
  return { pending, send };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('save queue', () => {
  it('sends one request per key at a time and coalesces the changes made meanwhile into one more', async () => {
    const { pending, send } = controlledSends();
    const busy: boolean[] = [];
    const queue = createSaveQueue<string>({ send, onBusyChange: (b) => busy.push(b) });
    queue.changed('a');
    queue.changed('b');
    expect(pending.map((p) => p.key)).toEqual(['a', 'b']);
    queue.changed('a');
    queue.changed('a');
    expect(pending).toHaveLength(2);
    expect(pending[0]!.run.isNewest()).toBe(false);
    pending[0]!.answer();
    await tick();
    expect(pending.map((p) => p.key)).toEqual(['a', 'b', 'a']);
    expect(pending[2]!.run.isNewest()).toBe(true);
    pending[1]!.answer();
    pending[2]!.answer();
    await tick();
    expect(pending).toHaveLength(3);
    expect(queue.busy()).toBe(false);
    expect(busy.at(-1)).toBe(false);
  });

  it('dropWaiting forgets the changes behind a refused one; stop ends the run', async () => {
    const { pending, send } = controlledSends();
    const queue = createSaveQueue<string>({
      send: async (key, run) => {
        try {
          await send(key, run);
        } catch {
          run.dropWaiting();
        }
      },
      onBusyChange: () => undefined,
    });
    queue.changed('a');
    queue.changed('a');
    pending[0]!.answer(new Error('refused'));
    await tick();
    expect(pending).toHaveLength(1);
    expect(queue.busy()).toBe(false);

    const stopping = controlledSends();
    const q2 = createSaveQueue<string>({ send: stopping.send, onBusyChange: () => undefined });
    q2.changed('x');
    q2.changed('x');
    stopping.pending[0]!.answer('stop');
    await tick();
    expect(stopping.pending).toHaveLength(1);
    q2.changed('x');
    expect(stopping.pending).toHaveLength(2);
  });
});
