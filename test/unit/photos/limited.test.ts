import { describe, expect, it } from 'vitest';
import { isHeicPhoto } from '../../../electron/services/photos/formats';
import { forEachLimited, mapLimited } from '../../../electron/services/util/limited';

describe('mapLimited / forEachLimited (the one bounded-work helper of the import, rotation and export)', () => {
  it('never runs more than the limit at once, starts in order and answers in the items’ order', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    // Later items finish first, so finishing order differs from the items' order.
    const results = await mapLimited([50, 40, 30, 20, 10], 2, async (ms, i) => {
      started.push(i);
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return `item ${i}`;
    });
    expect(results).toEqual(['item 0', 'item 1', 'item 2', 'item 3', 'item 4']);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('handles no items and a limit of 0 (runs one at a time), and passes a failure on', async () => {
    expect(await mapLimited([], 3, async () => 1)).toEqual([]);
    const seen: string[] = [];
    await forEachLimited(['a', 'b'], 0, async (x) => {
      seen.push(x);
    });
    expect(seen).toEqual(['a', 'b']);
    await expect(forEachLimited([1, 2], 2, async (n) => {
      if (n === 2) throw new Error('file 2 is unreadable');
    })).rejects.toThrow('file 2 is unreadable');
  });
});

describe('isHeicPhoto (the one HEIC check of media and export)', () => {
  it('trusts the sniffed format first, then the MIME type, then the name', () => {
    expect(isHeicPhoto({ format: 'heic', mime: 'image/heic' })).toBe(true);
    // A JPEG a phone named .HEIC is sniffed as JPEG: sharp decodes it.
    expect(isHeicPhoto({ format: 'jpeg', mime: 'image/jpeg', file: 'media/originals/ab/x.heic' })).toBe(false);
    expect(isHeicPhoto({ mime: 'image/heif' })).toBe(true);
    expect(isHeicPhoto({ mime: 'image/heic-sequence' })).toBe(true);
    expect(isHeicPhoto({ mime: 'application/octet-stream', file: 'media/originals/ab/x.HEIF' })).toBe(true);
    expect(isHeicPhoto({ mime: 'image/jpeg', file: 'media/originals/ab/x.jpg' })).toBe(false);
  });
});
