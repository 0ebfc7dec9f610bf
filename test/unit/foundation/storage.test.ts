import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, updateEntry } from '../../../electron/services/journal/entries';
import { updateTrip } from '../../../electron/services/journal/trips';
import { DurableJsonFile, writeFileDurably } from '../../../electron/services/library/durable-file';
import { parseTripDocument } from '../../../electron/services/library/library';
import { tripBackupDir, tripFile } from '../../../electron/services/library/paths';
import { AppError } from '../../../electron/services/util/errors';
import { addNotes, cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

describe('durable files', () => {
  it('really writes under NODE_ENV=test (lowdb JSONFilePreset would stay in memory)', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const trip = await makeTrip(lib);
    const file = tripFile(lib.paths, trip.id);
    expect(readJson(file).trip.title).toBe('텔 아비브와 ECCV 2022');
    await lib.close();
  });

  it('writes compact JSON, leaves no temp file and keeps writes in call order', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'doc.json');
    const adapter = new DurableJsonFile<{ n: number; s: string }>(file);
    // Serialised at call time: a later mutation must not leak into an earlier write.
    const data = { n: 1, s: '한글' };
    const first = adapter.write(data);
    data.n = 2;
    const second = adapter.write(data);
    await Promise.all([first, second]);
    expect(readFileSync(file, 'utf8')).toBe('{"n":2,"s":"한글"}');
    expect(readdirSync(dir)).toEqual(['doc.json']);
    expect(await adapter.read()).toEqual({ n: 2, s: '한글' });
    expect(await new DurableJsonFile(path.join(dir, 'missing.json')).read()).toBeNull();
  });

  it('does not replace the file when the backup hook fails', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'doc.json');
    await writeFileDurably(file, 'old');
    await expect(writeFileDurably(file, 'new', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });
});

describe('library folder', () => {
  it('creates library.json and one file per trip, and refuses a folder that is not a library', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await makeTrip(lib);
    const b = await makeTrip(lib, { title: 'NeurIPS 2023', start: '2023-12-10', end: '2023-12-16', timeZone: 'America/Chicago' });
    await lib.close();
    expect(readJson(path.join(dir, 'library.json')).format).toBe('proceedings-library');
    expect(readdirSync(path.join(dir, 'trips')).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());

    const other = tempDir();
    writeFileSync(path.join(other, 'library.json'), '{"name":"someone else"}');
    await expect(openLibrary(other)).rejects.toMatchObject({ code: 'library-corrupt' });
    expect(readFileSync(path.join(other, 'library.json'), 'utf8')).toBe('{"name":"someone else"}');
  });

  it('a save writes only the changed trip', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const a = await makeTrip(lib);
    const b = await makeTrip(lib, { title: 'other' });
    const before = statSync(tripFile(lib.paths, b.id)).ino;
    await addNotes(lib, a.id, 2);
    expect(statSync(tripFile(lib.paths, b.id)).ino).toBe(before);
    await lib.close();
  });

  it('coalesces saves with saveDelayMs and reports unsaved changes until flushed', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir, { saveDelayMs: 50 });
    const trip = await makeTrip(lib);
    const file = tripFile(lib.paths, trip.id);
    for (let i = 0; i < 5; i++) await createEntry(lib, trip.id, { kind: 'note', start: '2022-10-24T10:30', title: `n${i}` });
    expect(lib.hasUnsavedChanges).toBe(true);
    expect(readJson(file).entries).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(readJson(file).entries).toHaveLength(5);
    expect(lib.hasUnsavedChanges).toBe(false);
    // Five edits, one save: only one backup (of the empty trip) was taken.
    expect(await lib.backups(trip.id)).toHaveLength(1);
    await lib.close();
  });

  it('read-only opens never write and refuse changes', async () => {
    const dir = tempDir();
    const writer = await openLibrary(dir);
    const trip = await makeTrip(writer);
    await writer.close();
    const reader = await openLibrary(dir, { readOnly: true });
    await expect(createEntry(reader, trip.id, { kind: 'note', start: '2022-10-24T10:30' })).rejects.toMatchObject({ code: 'io' });
    await reader.close();
    expect(readJson(tripFile(reader.paths, trip.id)).entries).toEqual([]);
    expect(await openLibrary(tempDir(), { readOnly: true }).then((l) => l.listTrips())).toEqual([]);
  });

  it('deleting a trip moves its file to trash', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const trip = await makeTrip(lib);
    await addNotes(lib, trip.id, 1);
    const moved = await lib.deleteTrip(trip.id);
    expect(path.dirname(moved)).toBe(lib.paths.trash);
    expect(readJson(moved).entries).toHaveLength(1);
    await expect(lib.trip(trip.id)).rejects.toMatchObject({ code: 'not-found' });
    await lib.close();
  });

  it('two first requests for one trip share one document (no lost edit)', async () => {
    const dir = tempDir();
    const first = await openLibrary(dir);
    const trip = await makeTrip(first);
    await first.close();
    const lib = await openLibrary(dir);
    // Both start before the trip is loaded, as when the app opens and the UI fires requests together.
    await Promise.all([
      createEntry(lib, trip.id, { kind: 'note', start: '2022-10-24T10:30', title: 'a' }),
      createEntry(lib, trip.id, { kind: 'note', start: '2022-10-24T11:30', title: 'b' }),
      lib.trip(trip.id),
    ]);
    await lib.close();
    const titles = (readJson(tripFile(lib.paths, trip.id)).entries as { title: string }[]).map((e) => e.title).sort();
    expect(titles).toEqual(['a', 'b']);
  });

  it('two quick patches of one entry or trip both stick', async () => {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const trip = await makeTrip(lib);
    const { entry } = await createEntry(lib, trip.id, { kind: 'talk', start: '2022-10-24T10:30' });
    await Promise.all([
      updateEntry(lib, trip.id, entry.id, { title: '기조연설' }),
      updateEntry(lib, trip.id, entry.id, { room: 'Hall A' }),
      updateTrip(lib, trip.id, { venue: 'Expo Tel Aviv' }),
      updateTrip(lib, trip.id, { days: { '2022-10-24': { title: '셋째 날' } } }),
    ]);
    const doc = await lib.trip(trip.id);
    expect(doc.entries[0]).toMatchObject({ title: '기조연설', room: 'Hall A' });
    expect(doc.trip.venue).toBe('Expo Tel Aviv');
    expect(doc.trip.days['2022-10-24']?.title).toBe('셋째 날');
    await lib.close();
  });
});

describe('a broken journal file', () => {
  async function tripWithHistory() {
    const dir = tempDir();
    const lib = await openLibrary(dir);
    const trip = await makeTrip(lib);
    await addNotes(lib, trip.id, 3);
    await lib.close();
    const file = tripFile(lib.paths, trip.id);
    return { dir, trip, file, paths: lib.paths };
  }

  for (const [label, mangle] of [
    ['truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['emptied', (file: string) => truncateSync(file, 0)],
    ['hand-edited into invalid data', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/"start":"2022-10-24T10:30"/, '"start":"tomorrow"'))],
    ['not a journal at all', (file: string) => writeFileSync(file, '[1,2,3]')],
  ] as const) {
    it(`is refused when ${label}, left untouched, and restorable`, async () => {
      const { dir, trip, file, paths } = await tripWithHistory();
      mangle(file);
      const broken = readFileSync(file);

      const lib = await openLibrary(dir);
      const list = await lib.listTrips();
      expect(list).toHaveLength(1);
      expect(list[0]!.problem?.file).toBe(file);
      expect(list[0]!.problem?.newestGoodBackup).toMatch(/^\d{8}T\d{9}Z\.json$/);
      const refused = await lib.trip(trip.id).catch((e: AppError) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe('trip-corrupt');
      expect((refused as AppError).message).toContain('backup restore');
      await expect(createEntry(lib, trip.id, { kind: 'note', start: '2022-10-24T10:30' })).rejects.toMatchObject({ code: 'trip-corrupt' });
      await lib.flush();
      expect(readFileSync(file).equals(broken)).toBe(true);

      const restored = await lib.restoreBackup(trip.id);
      const doc = await lib.trip(trip.id);
      // The newest backup is the version before the last save: at most that save is lost.
      expect(doc.entries.map((e) => e.title)).toEqual(['note 0', 'note 1']);
      expect(parseTripDocument(readFileSync(file, 'utf8')).trip.id).toBe(trip.id);
      // The broken file is kept, listed and named as such.
      const backups = await lib.backups(trip.id);
      const pre = backups.find((b) => b.tag === 'pre-restore');
      expect(pre).toBeDefined();
      expect(readFileSync(pre!.file).equals(broken)).toBe(true);
      expect(restored.name).not.toBe(pre!.name);
      await lib.close();
      expect(readdirSync(tripBackupDir(paths, trip.id)).length).toBeGreaterThanOrEqual(3);
    });
  }

  it('restores a named backup and refuses a broken or missing one', async () => {
    const { dir, trip } = await tripWithHistory();
    const lib = await openLibrary(dir);
    const backups = await lib.backups(trip.id);
    const oldest = backups.at(-1)!;
    await lib.restoreBackup(trip.id, oldest.name.replace(/\.json$/, ''));
    expect((await lib.trip(trip.id)).entries).toHaveLength(0);
    await expect(lib.restoreBackup(trip.id, 'nope')).rejects.toMatchObject({ code: 'not-found' });
    writeFileSync(backups[0]!.file, '{');
    await expect(lib.restoreBackup(trip.id, backups[0]!.name)).rejects.toMatchObject({ code: 'trip-corrupt' });
    await lib.close();
  });

  it('a restore waits for a save in flight instead of being overwritten by it', async () => {
    const { dir, trip, file } = await tripWithHistory();
    const lib = await openLibrary(dir);
    await createEntry(lib, trip.id, { kind: 'note', start: '2022-10-24T10:30', title: 'in flight' });
    const saving = lib.flush();
    const restoring = lib.restoreBackup(trip.id, (await lib.backups(trip.id)).at(-1)!.name);
    await Promise.all([saving, restoring]);
    expect(readJson(file).entries).toHaveLength(0);
    await lib.close();
    expect(readJson(file).entries).toHaveLength(0);
  });
});
