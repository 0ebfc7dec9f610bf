import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadBuffers } from '../../../electron/services/photos/read-buffers';
import { tempDir } from '../../support/library';

describe('pooled read buffers', () => {
  it('reads whole files into reused buffers, growing one when a file is larger', async () => {
    const dir = tempDir('proceedings-buffers-');
    const small = path.join(dir, 'small.jpg');
    const large = path.join(dir, 'large.jpg');
    writeFileSync(small, Buffer.alloc(1000, 1));
    writeFileSync(large, Buffer.alloc(3 * 1024 * 1024 + 5, 2));
    const pool = new ReadBuffers(1);
    const first = await pool.lease();
    const a = await first.readFile(small, 1000);
    expect(a.length).toBe(1000);
    expect(a.every((b) => b === 1)).toBe(true);
    first.release();
    const second = await pool.lease();
    const b = await second.readFile(large, 3 * 1024 * 1024 + 5);
    expect(b.length).toBe(3 * 1024 * 1024 + 5);
    expect(b.every((x) => x === 2)).toBe(true);
    second.release();
    second.release(); // a second release is ignored, not a second free slot
    const third = await pool.lease();
    // A file that grew after its size was taken is read whole, not cut at the old size.
    const c = await third.readFile(large, 10);
    expect(c.length).toBe(3 * 1024 * 1024 + 5);
    third.release();
  });

  it('makes readers wait, first come first served, and refuses the waiting ones on cancel', async () => {
    const pool = new ReadBuffers(2);
    const held = [await pool.lease(), await pool.lease()];
    const order: string[] = [];
    const waitA = pool.lease().then((l) => (order.push('a'), l));
    const waitB = pool.lease().then((l) => (order.push('b'), l));
    const waitC = pool.lease();
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]); // both buffers are out
    held[1]!.release();
    const a = await waitA;
    held[0]!.release();
    const b = await waitB;
    expect(order).toEqual(['a', 'b']);
    const cancelled = new DOMException('The import was cancelled', 'AbortError');
    pool.rejectWaiting(cancelled);
    await expect(waitC).rejects.toBe(cancelled);
    a.release();
    b.release();
    // Both slots are free again: two leases come at once.
    await Promise.all([pool.lease(), pool.lease()]);
  });
});
