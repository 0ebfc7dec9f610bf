import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTripDocument } from '../../electron/services/library/library';
import { cleanupTempDirs, openLibrary, REPO_ROOT, tempDir } from '../support/library';
import { pick, record } from './figures';

afterEach(cleanupTempDirs);

/** Runs test/support/crash-writer.ts (a trip, then one flushed entry after another) and SIGKILLs it after `after` commits + `extraMs`. */
function runAndKill(root: string, after: number, extraMs: number): Promise<{ tripId: string; committed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-writer.ts', root], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let tripId = '';
    let committed = 0;
    let buffer = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const [word, value] = buffer.slice(0, nl).split(' ');
        buffer = buffer.slice(nl + 1);
        if (word === 'trip') tripId = value!;
        if (word === 'committed') committed = Number(value);
      }
      if (!killing && committed >= after) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve({ tripId, committed }) : reject(new Error('the writer ended by itself'))));
  });
}

// [commits before the kill, extra ms]: sub-millisecond to several saves into the next write.
const MOMENTS: [number, number][] = pick(
  [[2, 1], [8, 4]],
  Array.from({ length: 24 }, (_, i) => [1 + ((i * 7) % 30), i % 9] as [number, number]),
);

describe('saves killed with SIGKILL', { timeout: 120_000 }, () => {
  it.each(MOMENTS)('after %i commits + %i ms: the file validates, keeps every committed entry, and the next writer cleans up', async (after, extra) => {
    const root = tempDir();
    const run = await runAndKill(root, after, extra);
    const onDisk = parseTripDocument(readFileSync(path.join(root, 'trips', `${run.tripId}.json`), 'utf8'));
    expect(onDisk.entries.length).toBeGreaterThanOrEqual(run.committed);
    expect(onDisk.entries.length).toBeLessThanOrEqual(run.committed + 1);
    expect(onDisk.entries.map((e) => e.title)).toEqual(onDisk.entries.map((_, i) => `entry ${i + 1}`));
    const lib = await openLibrary(root);
    expect((await lib.trip(run.tripId)).entries).toHaveLength(onDisk.entries.length);
    await lib.close();
    expect(readdirSync(path.join(root, 'trips')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(root).filter((f) => f.startsWith('.proceedings.lock'))).toEqual([]);
    record('saves killed (SIGKILL), nothing committed lost');
  });
});
