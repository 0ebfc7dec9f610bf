import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupStamp, backupsToKeep, listBackups, parseStamp, pruneBackups } from '../../../electron/services/library/backups';
import { parseTripDocument } from '../../../electron/services/library/library';
import { acquireLock } from '../../../electron/services/library/lock';
import { migrateTripDocument } from '../../../electron/services/library/migrations';
import { tripFile } from '../../../electron/services/library/paths';
import { TRIP_SCHEMA_VERSION } from '../../../electron/shared/schemas/document';
import { addNotes, cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2022-10-28T12:00:00.000Z');
const name = (t: number, tag?: string) => `${backupStamp(new Date(t))}${tag ? `-${tag}` : ''}.json`;

describe('backup stamps', () => {
  it('round-trip and sort by time', () => {
    const t = Date.parse('2022-10-24T07:34:12.123Z');
    expect(backupStamp(new Date(t))).toBe('20221024T073412123Z');
    expect(parseStamp(`${backupStamp(new Date(t))}.json`)).toBe(t);
    expect(parseStamp(`${backupStamp(new Date(t))}-pre-restore.json`)).toBe(t);
    expect(parseStamp('notes.txt')).toBeNull();
    expect(parseStamp('20221024T073412123Z.json.tmp')).toBeNull();
  });
});

describe('backupsToKeep', () => {
  it('keeps the newest 10 of a burst of saves', () => {
    const burst = Array.from({ length: 30 }, (_, i) => name(NOW - i * 1000));
    const keep = backupsToKeep(burst, NOW);
    // 10 recent; the rest of the burst is in the same hour and day as the newest.
    expect([...keep].sort()).toEqual(burst.slice(0, 10).sort());
  });

  it('a burst while typing never pushes out yesterday: one per hour for a day, one per day for a month', () => {
    const burst = Array.from({ length: 50 }, (_, i) => name(NOW - i * 1000));
    const hourly = Array.from({ length: 30 }, (_, h) => name(NOW - (h + 1) * HOUR - 5 * 60_000));
    const daily = Array.from({ length: 40 }, (_, d) => name(NOW - (d + 2) * DAY));
    const keep = backupsToKeep([...burst, ...hourly, ...daily], NOW);
    for (const n of hourly.slice(0, 23)) expect(keep.has(n), n).toBe(true);
    for (const n of daily.slice(0, 28)) expect(keep.has(n), n).toBe(true);
    expect(keep.has(daily.at(-1)!)).toBe(false);
    expect(keep.has(burst.at(-1)!)).toBe(false);
    // Never more than recent + hourly + daily plain backups.
    expect(keep.size).toBeLessThanOrEqual(10 + 24 + 30);
  });

  it('keeps the newest of each hour, not the oldest', () => {
    const base = NOW - 2 * HOUR - 10 * 60_000; // 09:50, so all three fall in the 09:00 hour
    const inHour = [name(base), name(base - 60_000), name(base - 120_000)];
    const keep = backupsToKeep(inHour, NOW, { recent: 0, hourly: 24, daily: 0 });
    expect([...keep]).toEqual([inHour[0]]);
  });

  it('keeps tagged backups whatever their age and ignores foreign files', () => {
    const old = NOW - 400 * DAY;
    const names = [name(old, 'corrupt'), name(old, 'pre-restore'), name(old), 'README.txt'];
    const keep = backupsToKeep(names, NOW);
    expect(keep.has(names[0]!)).toBe(true);
    expect(keep.has(names[1]!)).toBe(true);
    expect(keep.has(names[2]!)).toBe(true); // still among the newest 10 plain ones
    expect(keep.has('README.txt')).toBe(false);
  });

  it('pruneBackups deletes only what the policy drops, and lists newest first', async () => {
    const dir = tempDir();
    const names = Array.from({ length: 15 }, (_, i) => name(NOW - 40 * DAY - i * HOUR));
    for (const n of [...names, 'keep-me.txt', name(NOW - 90 * DAY, 'pre-restore')]) writeFileSync(path.join(dir, n), '{}');
    await pruneBackups(dir, NOW);
    const left = readdirSync(dir).sort();
    expect(left).toContain('keep-me.txt');
    expect(left).toContain(name(NOW - 90 * DAY, 'pre-restore'));
    expect(left.filter((n) => names.includes(n))).toEqual(names.slice(0, 10).sort());
    const listed = await listBackups(dir);
    expect(listed[0]!.name).toBe(names[0]);
    expect(listed.find((b) => b.tag === 'pre-restore')).toMatchObject({ name: name(NOW - 90 * DAY, 'pre-restore'), tag: 'pre-restore' });
  });

  it('a library keeps a bounded number of backups over many saves, each a previous version', async () => {
    const lib = await openLibrary(tempDir());
    const trip = await makeTrip(lib);
    await addNotes(lib, trip.id, 25);
    const backups = await lib.backups(trip.id);
    expect(backups.length).toBeGreaterThanOrEqual(10);
    expect(backups.length).toBeLessThanOrEqual(12); // 10 recent + this hour + this day at most
    const counts = backups.map((b) => parseTripDocument(readFileSync(b.file, 'utf8')).entries.length);
    expect(counts[0]).toBe(24);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await lib.close();
  });
});

describe('library lock', { timeout: 120_000 }, () => {
  it('refuses a second writer in the same or another process, naming the holder', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir, { owner: 'app' });
    await expect(openLibrary(dir, { owner: 'cli' })).rejects.toMatchObject({ code: 'library-locked', message: expect.stringContaining('the Proceedings app') });
    const other = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
      const { Library } = await import(${JSON.stringify(path.resolve('electron/services/library/library.ts'))});
      try { await Library.open(${JSON.stringify(dir)}, { owner: 'cli' }); console.log('opened'); }
      catch (e) { console.log(e.code); }`], { encoding: 'utf8' });
    expect(other.stdout.trim()).toBe('library-locked');
    // Readers take no lock.
    const reader = await openLibrary(dir, { readOnly: true });
    expect(await reader.listTrips()).toEqual([]);
    await lib.close();
    expect(existsSync(lib.paths.lock)).toBe(false);
    const again = await openLibrary(dir, { owner: 'cli' });
    await again.close();
  });

  it('takes over a stale lock left by a dead process on this machine', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    mkdirSync(dir, { recursive: true });
    const lockFile = path.join(dir, '.proceedings.lock');
    writeFileSync(lockFile, JSON.stringify({ pid: dead, host: os.hostname(), owner: 'app', since: '2022-10-24T07:00:00.000Z' }));
    const lib = await openLibrary(dir);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, owner: 'test' });
    await lib.close();
  });

  it('takes over an unreadable lock but not a live one from another host', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, '.proceedings.lock');
    writeFileSync(lockFile, 'garbage');
    const release = acquireLock(lockFile, 'test');
    release();
    expect(existsSync(lockFile)).toBe(false);
    writeFileSync(lockFile, JSON.stringify({ pid: 1, host: 'laptop-elsewhere', owner: 'app', since: '2022-10-24T07:00:00.000Z' }));
    expect(() => acquireLock(lockFile, 'test')).toThrow(/laptop-elsewhere/);
    // Release never deletes someone else's lock.
    expect(readFileSync(lockFile, 'utf8')).toContain('laptop-elsewhere');
    expect(readdirSync(dir)).toEqual(['.proceedings.lock']);
  });
});

describe('migrations', () => {
  const v0 = {
    trip: { id: 'old1', title: '부산 ICCV', start: '2023-10-02', end: '2023-10-06', timeZone: 'Asia/Seoul', homeTimeZone: 'Asia/Seoul', createdAt: '2023-01-01T00:00:00.000Z', updatedAt: '2023-01-01T00:00:00.000Z' },
    entries: [{ id: 'e1', kind: 'note', start: '2023-10-02T09:00', createdAt: '2023-01-01T00:00:00.000Z', updatedAt: '2023-01-01T00:00:00.000Z' }],
  };

  it('upgrades a v0 document in memory and writes the current version on the next save', async () => {
    const migrated = migrateTripDocument(structuredClone(v0)) as Record<string, unknown>;
    expect(migrated).toMatchObject({ schemaVersion: TRIP_SCHEMA_VERSION, papers: [], photos: [], series: [] });
    const dir = tempDir();
    mkdirSync(path.join(dir, 'trips'), { recursive: true });
    const lib = await openLibrary(dir);
    const file = tripFile(lib.paths, 'old1');
    writeFileSync(file, JSON.stringify(v0));
    const doc = await lib.trip('old1');
    expect(doc.trip.title).toBe('부산 ICCV');
    expect(doc.entries).toHaveLength(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBeUndefined(); // opening writes nothing
    await addNotes(lib, 'old1', 1);
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(TRIP_SCHEMA_VERSION);
    // The v0 original stays as a backup.
    const [backup] = await lib.backups('old1');
    expect(JSON.parse(readFileSync(backup!.file, 'utf8')).schemaVersion).toBeUndefined();
    await lib.close();
  });

  it('runs each step in order and refuses a gap', () => {
    const steps = { 0: (d: Record<string, unknown>) => ({ ...d, a: 1 }), 1: (d: Record<string, unknown>) => ({ ...d, b: (d.a as number) + 1 }) };
    expect(migrateTripDocument({}, 2, steps)).toEqual({ a: 1, b: 2 });
    expect(() => migrateTripDocument({ schemaVersion: 1 }, 3, steps)).toThrow(/No migration from journal format 2/);
  });

  it('refuses a file from a newer version and leaves it untouched', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const trip = await makeTrip(lib);
    await lib.close();
    const file = tripFile(lib.paths, trip.id);
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: TRIP_SCHEMA_VERSION + 1, hologram: true });
    writeFileSync(file, newer);
    const again = await openLibrary(dir);
    await expect(again.trip(trip.id)).rejects.toMatchObject({ code: 'newer-version', message: expect.stringMatching(/newer version of Proceedings/) });
    const [summary] = await again.listTrips();
    expect(summary!.problem?.message).toMatch(/Update the app/);
    expect(summary!.problem?.message).not.toMatch(/backup restore/);
    await again.close();
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});
