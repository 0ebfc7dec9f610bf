import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTripDocument } from '../../electron/services/library/library';
import { runCli, runCliJson } from '../support/cli';
import { cleanupTempDirs, REPO_ROOT, tempDir } from '../support/library';
import { pick, record } from './figures';

afterEach(cleanupTempDirs);

const TRIP = ['--title', '텔 아비브와 ECCV 2022', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul'];

async function newLibrary(): Promise<{ lib: string; tripId: string }> {
  const lib = tempDir();
  const { value } = await runCliJson<{ trip: { id: string } }>(['--library', lib, 'trip', 'create', ...TRIP]);
  return { lib, tripId: value.trip.id };
}

const lockFile = (lib: string) => path.join(lib, '.proceedings.lock');
const writeLock = (lib: string, holder: Record<string, unknown>) =>
  writeFileSync(lockFile(lib), JSON.stringify({ owner: 'app', since: '2022-10-24T07:00:00.000Z', host: os.hostname(), ...holder }));
const addNote = (lib: string, tripId: string, title: string) =>
  runCli(['--library', lib, 'entry', 'add', '--trip', tripId, '--kind', 'note', '--start', '2022-10-24T10:30', '--title', title, '--json']);

describe('locks', { timeout: 180_000 }, () => {
  it('stray lock temp files of dead processes are removed at the next writer open; a live one\'s are kept', async () => {
    const { lib, tripId } = await newLibrary();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(path.join(lib, `.proceedings.lock.${dead}.0.tmp`), '{"pid":1}');
    writeFileSync(path.join(lib, `.proceedings.lock.${process.pid}.2.tmp`), '{}');
    expect((await addNote(lib, tripId, 'x')).code).toBe(0);
    const left = readdirSync(lib).filter((n) => n.startsWith('.proceedings.lock'));
    expect(left).toEqual([`.proceedings.lock.${process.pid}.2.tmp`]);
  });

  it('a lock from another computer: the refusal says how to clear it; "lock clear" needs --yes without a terminal, then writing works', async () => {
    const { lib, tripId } = await newLibrary();
    writeLock(lib, { pid: 4242, host: 'laptop-elsewhere' });
    const refused = await addNote(lib, tripId, 'x');
    expect(refused.code).toBe(1);
    const error = JSON.parse(refused.stderr) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('library-locked');
    expect(error.error.message).toContain('laptop-elsewhere');
    expect(error.error.message).toContain(`proceedings --library "${lib}" lock clear`);

    const unconfirmed = await runCli(['--library', lib, 'lock', 'clear']);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/add --yes to confirm/);
    expect(existsSync(lockFile(lib))).toBe(true);

    const cleared = await runCliJson<{ cleared: boolean; state: string }>(['--library', lib, 'lock', 'clear', '--yes']);
    expect(cleared.value).toMatchObject({ cleared: true, state: 'other-host' });
    expect(existsSync(lockFile(lib))).toBe(false);
    expect((await addNote(lib, tripId, 'after')).code).toBe(0);
  });

  it('asks on a terminal: "n" keeps the lock, "y" clears it', async () => {
    const { lib } = await newLibrary();
    writeLock(lib, { pid: 4242, host: 'laptop-elsewhere' });
    const bundle = process.env.PROCEEDINGS_CLI_BUNDLE ?? path.join(REPO_ROOT, 'electron/cli/index.ts');
    const onTty = (answer: string) =>
      spawnSync('script', ['-qec', `${process.execPath} ${bundle} --library ${lib} lock clear`, '/dev/null'], { input: `${answer}\n`, encoding: 'utf8', cwd: REPO_ROOT });
    const no = onTty('n');
    expect(no.stdout).toContain('Clear the lock held by process 4242 on laptop-elsewhere');
    expect(existsSync(lockFile(lib))).toBe(true);
    const yes = onTty('y');
    expect(yes.stdout).toContain('Cleared the lock');
    expect(existsSync(lockFile(lib))).toBe(false);
  });

  it('a reused PID (a live process started after the lock was taken) is taken over, and "lock clear" clears it', async () => {
    const { lib, tripId } = await newLibrary();
    const sleeper = spawn('sleep', ['60']);
    try {
      writeLock(lib, { pid: sleeper.pid, since: new Date(Date.now() - 3_600_000).toISOString() });
      const cleared = await runCliJson<{ state: string }>(['--library', lib, 'lock', 'clear', '--yes']);
      expect(cleared.value.state).toBe('reused-pid');
      writeLock(lib, { pid: sleeper.pid, since: new Date(Date.now() - 3_600_000).toISOString() });
      expect((await addNote(lib, tripId, 'taken over')).code).toBe(0);
    } finally {
      sleeper.kill();
    }
  });

  it('"lock clear" refuses while a live holder on this computer exists, even with --yes', async () => {
    const { lib, tripId } = await newLibrary();
    writeLock(lib, { pid: process.pid, since: new Date().toISOString() });
    const refused = await runCli(['--library', lib, 'lock', 'clear', '--yes', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr).error).toMatchObject({ code: 'library-locked', message: expect.stringContaining('running program') });
    expect(existsSync(lockFile(lib))).toBe(true);
    expect((await addNote(lib, tripId, 'x')).code).toBe(1);
  });

  it.each(pick([3], [12]))('%i pairs of concurrent writers: every write either lands or is refused with library-locked; nothing lost', async (pairs) => {
    const { lib, tripId } = await newLibrary();
    let landed = 0;
    for (let i = 0; i < pairs; i++) {
      const results = await Promise.all([addNote(lib, tripId, `a${i}`), addNote(lib, tripId, `b${i}`)]);
      for (const r of results) {
        if (r.code === 0) landed++;
        else expect(JSON.parse(r.stderr).error.code).toBe('library-locked');
      }
    }
    const doc = parseTripDocument(readFileSync(path.join(lib, 'trips', `${tripId}.json`), 'utf8'));
    expect(doc.entries).toHaveLength(landed);
    expect(landed).toBeGreaterThanOrEqual(pairs);
    record('concurrent writer pairs run, nothing lost', pairs);
  });
});
