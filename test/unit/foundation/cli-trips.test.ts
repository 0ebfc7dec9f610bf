import { spawn } from 'node:child_process';
import { readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../../support/cli';
import { addNotes, cleanupTempDirs, makeTrip, openLibrary, REPO_ROOT, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const HANGUL = '텔 아비브와 ECCV 2022';

// Each CLI run is a fresh Node + tsx process (~2 s, more when runs overlap on two cores).
describe('CLI: trips', { timeout: 300_000 }, () => {
  it('the command from the issue works through npm run and prints exactly one JSON document', async () => {
    const lib = tempDir();
    const args = ['run', '-s', 'cli', '--', '--library', lib, 'trip', 'create', '--title', 'Tel Aviv and ECCV 2022', '--conference', 'ECCV 2022', '--city', 'Tel Aviv', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul', '--json'];
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('npm', args, { cwd: REPO_ROOT, env: { ...process.env, PROCEEDINGS_LIBRARY: undefined } });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { trip: Record<string, unknown> };
    expect(doc.trip).toMatchObject({ title: 'Tel Aviv and ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-22', end: '2022-10-28', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul' });
    const file = path.join(lib, 'trips', `${doc.trip.id as string}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8')).trip.title).toBe('Tel Aviv and ECCV 2022');
  });

  it('create, list, show and edit with PROCEEDINGS_LIBRARY, keeping Hangul intact', async () => {
    const env = { PROCEEDINGS_LIBRARY: tempDir() };
    const { value: created } = await runCliJson<{ trip: { id: string } }>(
      ['trip', 'create', '--title', HANGUL, '--conference', 'ECCV 2022', '--city', '텔아비브', '--venue', 'Expo', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul', '--travel-before', '1', '--day-start', '5'],
      env,
    );
    const id = created.trip.id;
    const [listed, human, shown] = await Promise.all([
      runCliJson<{ trips: { id: string; title: string; city: string }[] }>(['trip', 'list'], env),
      runCli(['trip', 'list'], env),
      runCliJson<{ trip: { title: string }; days: { index: number; kind: string }[] }>(['trip', 'show', id.slice(0, 4)], env),
    ]);
    expect(listed.value.trips).toEqual([expect.objectContaining({ id, title: HANGUL, city: '텔아비브' })]);
    expect(human.stdout).toContain(HANGUL);
    expect(human.stdout).toContain(id);
    expect(shown.value.trip.title).toBe(HANGUL);
    expect(shown.value.days).toHaveLength(8);
    expect(shown.value.days[0]).toMatchObject({ index: 1, kind: 'travel-before' });

    const { value: edited } = await runCliJson<{ trip: Record<string, unknown> }>(['trip', 'edit', id, '--title', '부산 ICCV', '--travel-after', '2'], env);
    // Fields not given stay as they were (a patch used to reset them to their defaults).
    expect(edited.trip).toMatchObject({ title: '부산 ICCV', conference: 'ECCV 2022', venue: 'Expo', city: '텔아비브', travelDaysBefore: 1, travelDaysAfter: 2, dayStartHour: 5 });
    const file = path.join(env.PROCEEDINGS_LIBRARY, 'trips', `${id}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8')).trip.title).toBe('부산 ICCV');
  });

  it('--library beats PROCEEDINGS_LIBRARY', async () => {
    const chosen = tempDir();
    const ignored = tempDir();
    const { value } = await runCliJson<{ trip: { id: string } }>(
      ['--library', chosen, 'trip', 'create', '--title', 'x', '--start', '2022-10-22', '--end', '2022-10-22', '--tz', 'UTC'],
      { PROCEEDINGS_LIBRARY: ignored },
    );
    expect(readFileSync(path.join(chosen, 'trips', `${value.trip.id}.json`), 'utf8')).toContain('"title":"x"');
    const { value: other } = await runCliJson<{ trips: unknown[] }>(['trip', 'list'], { PROCEEDINGS_LIBRARY: ignored });
    expect(other.trips).toEqual([]);
  });

  it('errors go to stderr with a non-zero exit and name the field; stdout stays empty', async () => {
    // One library each: they run at once, and even a refused write takes the library lock.
    const base = () => ['--library', tempDir(), 'trip', 'create', '--title', 'x', '--start', '2022-10-22'];
    const [badTz, backwards, missing, unknown] = await Promise.all([
      runCli([...base(), '--end', '2022-10-23', '--tz', 'Mars/Base', '--json']),
      runCli([...base(), '--end', '2022-10-20', '--tz', 'UTC']),
      runCli([...base(), '--end', '2022-10-23']),
      runCli(['--library', tempDir(), 'trip', 'teleport']),
    ]);
    expect(badTz.code).toBe(2);
    expect(badTz.stdout).toBe('');
    expect(JSON.parse(badTz.stderr)).toEqual({ error: { code: 'invalid-input', message: expect.stringContaining('timeZone'), issues: [{ path: ['timeZone'], message: expect.any(String) }] } });
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/^proceedings: Invalid input — end: must not be before start/);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--tz');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('teleport');
    for (const r of [backwards, missing, unknown]) expect(r.stdout).toBe('');
  });

  it('a second writer is refused while reads still work', async () => {
    const root = tempDir();
    const app = await openLibrary(root, { owner: 'app' });
    const trip = await makeTrip(app);
    await app.flush();
    const [write, read] = await Promise.all([
      runCli(['--library', root, 'trip', 'edit', trip.id, '--title', 'changed', '--json']),
      runCliJson<{ trips: { title: string }[] }>(['--library', root, 'trip', 'list']),
    ]);
    expect(write.code).toBe(1);
    expect(write.stdout).toBe('');
    expect(JSON.parse(write.stderr).error).toMatchObject({ code: 'library-locked', message: expect.stringContaining('the Proceedings app') });
    expect(read.value.trips[0]!.title).toBe(ECCV_TITLE);
    await app.close();
  });

  it('backup list and restore bring back a truncated journal', async () => {
    const root = tempDir();
    const lib = await openLibrary(root);
    const trip = await makeTrip(lib);
    await addNotes(lib, trip.id, 3, '메모');
    await lib.close();
    truncateSync(path.join(root, 'trips', `${trip.id}.json`), 100);

    const [list, entries, backups] = await Promise.all([
      runCliJson<{ trips: { problem?: { newestGoodBackup: string } }[] }>(['--library', root, 'trip', 'list']),
      runCli(['--library', root, 'entry', 'list', '--trip', trip.id]),
      runCliJson<{ backups: { name: string }[] }>(['--library', root, 'backup', 'list', '--trip', trip.id]),
    ]);
    expect(list.value.trips[0]!.problem?.newestGoodBackup).toBe(backups.value.backups[0]!.name);
    expect(entries.code).toBe(1);
    expect(entries.stderr).toContain(`proceedings backup restore --trip ${trip.id}`);

    const { value: restored } = await runCliJson<{ restored: { name: string } }>(['--library', root, 'backup', 'restore', '--trip', trip.id]);
    expect(restored.restored.name).toBe(backups.value.backups[0]!.name);
    const [after, afterBackups] = await Promise.all([
      runCliJson<{ entries: { title: string }[] }>(['--library', root, 'entry', 'list', '--trip', trip.id]),
      runCliJson<{ backups: { name: string; tag?: string }[] }>(['--library', root, 'backup', 'list', '--trip', trip.id]),
    ]);
    expect(after.value.entries.map((e) => e.title)).toEqual(['메모 0', '메모 1']);
    expect(afterBackups.value.backups.some((b) => b.tag === 'pre-restore')).toBe(true);
    const bad = await runCli(['--library', root, 'backup', 'restore', '--trip', trip.id, '--from', 'nope']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('There is no backup "nope"');
  });
});

const ECCV_TITLE = HANGUL;
