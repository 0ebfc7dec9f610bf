import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECODE_NICE, lowerDecodePriority } from '../../../electron/services/photos/decode-priority';
import { forEachLimited } from '../../../electron/services/util/limited';
import { makeThumbnail } from '../../../electron/services/photos/thumbnails';

const threads = (name: string) =>
  readdirSync('/proc/self/task')
    .filter((t) => {
      try {
        return readFileSync(`/proc/self/task/${t}/comm`, 'latin1').startsWith(name);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);

describe('decode threads give way to the event loop', () => {
  it("lowers libvips' worker threads (only those) below the process's own priority", async () => {
    expect(process.platform).toBe('linux'); // the machines this is built and tested on
    const own = os.getPriority(process.pid);
    const photo = readFileSync(path.resolve(__dirname, '../../fixtures/real-photos/Canon IXUS v2.jpg'));
    await forEachLimited([1, 2, 3], 3, async () => {
      await makeThumbnail(photo);
    });
    const workers = threads('libvips worker');
    expect(workers.length).toBeGreaterThan(0);
    lowerDecodePriority(Date.now() + 10_000); // past any earlier look's pause
    for (const tid of workers) expect(os.getPriority(tid)).toBe(DECODE_NICE);
    expect(os.getPriority(process.pid)).toBe(own); // the event loop's thread keeps its priority
  });
});
