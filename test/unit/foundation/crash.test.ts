import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTripDocument } from '../../../electron/services/library/library';
import { cleanupTempDirs, openLibrary, REPO_ROOT, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

interface Run {
  tripId: string;
  committed: number;
  signal: NodeJS.Signals | null;
}

/**
 * Starts test/support/crash-writer.ts, waits until it has reported `afterCommits`
 * durable saves, waits `extraMs` more (so the kill lands at varying points of a
 * save) and kills it with SIGKILL. Resolves once the process is gone and reaped.
 */
function runAndKill(root: string, afterCommits: number, extraMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-writer.ts', root], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tripId = '';
    let committed = 0;
    let buffer = '';
    let stderr = '';
    let killing = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buffer += d;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [word, value] = line.split(' ');
        if (word === 'trip') tripId = value!;
        if (word === 'committed') committed = Number(value);
      }
      if (!killing && committed >= afterCommits) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    // 'close' comes after the exit and after the last line written before the kill was read.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve({ tripId, committed, signal });
    });
  });
}

describe('a writer killed with SIGKILL in the middle of saving', { timeout: 120_000 }, () => {
  // Different moments: early, mid-run, and several sub-millisecond offsets into a save.
  const moments: [number, number][] = [
    [1, 0],
    [5, 1],
    [12, 3],
    [25, 0],
    [40, 7],
  ];

  it.each(moments)('after %i commits + %i ms: the journal opens and keeps every committed entry', async (after, extra) => {
    const root = tempDir();
    const run = await runAndKill(root, after, extra);
    expect(run.signal).toBe('SIGKILL');
    expect(run.committed).toBeGreaterThanOrEqual(after);

    // The file on disk parses and validates by itself…
    const file = path.join(root, 'trips', `${run.tripId}.json`);
    const onDisk = parseTripDocument(readFileSync(file, 'utf8'));
    const n = onDisk.entries.length;
    // …and lost nothing but the save in flight (which may or may not have landed).
    expect(n).toBeGreaterThanOrEqual(run.committed);
    expect(n).toBeLessThanOrEqual(run.committed + 1);
    expect(onDisk.entries.map((e) => e.title)).toEqual(Array.from({ length: n }, (_, i) => `entry ${i + 1}`));
    expect(onDisk.trip.title).toBe('텔 아비브와 ECCV 2022');

    // The dead writer's lock is taken over, its orphaned temp files are cleared, and
    // the journal keeps working.
    const lib = await openLibrary(root);
    const doc = await lib.trip(run.tripId);
    expect(doc.entries).toHaveLength(n);
    expect(readdirSync(path.join(root, 'trips')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await lib.listTrips())[0]?.problem).toBeUndefined();
    for (const b of await lib.backups(run.tripId)) expect(() => parseTripDocument(readFileSync(b.file, 'utf8'))).not.toThrow();
    await lib.close();
  });
});
