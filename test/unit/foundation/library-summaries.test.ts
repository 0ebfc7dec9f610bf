import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { updateTrip } from '../../../electron/services/journal/trips';
import { tripFile } from '../../../electron/services/library/paths';
import { addNotes, cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const readIndex = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { trips: Record<string, Record<string, unknown>> };

/** A library with two trips saved and closed, as the app leaves it. */
async function twoTrips() {
  const dir = tempDir();
  const lib = await openLibrary(dir);
  const eccv = await makeTrip(lib);
  const cvpr = await makeTrip(lib, { title: 'CVPR 2023 Vancouver', conference: 'CVPR 2023', city: 'Vancouver', start: '2023-06-18', end: '2023-06-22', timeZone: 'America/Vancouver' });
  await addNotes(lib, eccv.id, 3);
  await lib.close();
  return { dir, eccv, cvpr, summaries: lib.paths.summaries };
}

describe('the trip list keeps a summary per trip', () => {
  it('updates the summary on every save, with counts, venue and the file stamp', async () => {
    const { dir, eccv, summaries } = await twoTrips();
    const stored = readIndex(summaries).trips[eccv.id]!;
    const stat = statSync(tripFile((await openLibrary(dir, { readOnly: true })).paths, eccv.id));
    expect(stored).toMatchObject({ title: '텔 아비브와 ECCV 2022', city: 'Tel Aviv', entryCount: 3, photoCount: 0, coverPhotoId: null });
    expect(stored.stamp).toEqual({ mtimeMs: Math.floor(stat.mtimeMs), size: stat.size });

    const lib = await openLibrary(dir);
    await updateTrip(lib, eccv.id, { title: 'ECCV 2022, Tel Aviv', venue: 'Expo Tel Aviv' });
    await lib.flush();
    expect(readIndex(summaries).trips[eccv.id]).toMatchObject({ title: 'ECCV 2022, Tel Aviv', venue: 'Expo Tel Aviv', entryCount: 3 });
    await lib.close();
  });

  it('lists from the index without reading trip files whose stamp is unchanged', async () => {
    const { dir, eccv, cvpr } = await twoTrips();
    // Same size and mtime, different bytes: only a list that never reads the file still shows the trip.
    const file = tripFile((await openLibrary(dir, { readOnly: true })).paths, eccv.id);
    const { mtime, atime, size } = statSync(file);
    writeFileSync(file, 'x'.repeat(size));
    utimesSync(file, atime, mtime);
    const lib = await openLibrary(dir);
    const trips = await lib.listTrips();
    expect(trips.map((t) => [t.id, t.title, t.entryCount, t.problem])).toEqual([
      [cvpr.id, 'CVPR 2023 Vancouver', 0, undefined],
      [eccv.id, '텔 아비브와 ECCV 2022', 3, undefined],
    ]);
    await lib.close();
  });

  it('re-reads a trip file changed behind its back (a hand edit, a sync) and shows the new title', async () => {
    const { dir, eccv } = await twoTrips();
    const lib = await openLibrary(dir);
    expect((await lib.listTrips()).find((t) => t.id === eccv.id)?.title).toBe('텔 아비브와 ECCV 2022');
    const file = tripFile(lib.paths, eccv.id);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.trip.title = 'Edited by hand';
    doc.entries = doc.entries.slice(0, 1);
    writeFileSync(file, JSON.stringify(doc));
    const listed = (await lib.listTrips()).find((t) => t.id === eccv.id);
    expect(listed).toMatchObject({ title: 'Edited by hand', entryCount: 1 });
    expect(readIndex(lib.paths.summaries).trips[eccv.id]).toMatchObject({ title: 'Edited by hand', entryCount: 1 });
    await lib.close();
  });

  it('shows a trip file broken behind its back as a problem, even though its summary was good', async () => {
    const { dir, eccv } = await twoTrips();
    const lib = await openLibrary(dir);
    writeFileSync(tripFile(lib.paths, eccv.id), '{"trip": ');
    const listed = (await lib.listTrips()).find((t) => t.id === eccv.id);
    expect(listed?.problem?.message).toMatch(/cannot be opened: it is not valid JSON/);
    expect(listed?.problem?.newestGoodBackup).toBeTruthy();
    await lib.close();
  });

  it('rebuilds a corrupt or missing index from the trip files', async () => {
    const { dir, eccv, cvpr, summaries } = await twoTrips();
    for (const damage of [() => writeFileSync(summaries, '{"format": "proceedings-trip-summaries", "trips": [1'), () => rmSync(summaries)]) {
      damage();
      const lib = await openLibrary(dir);
      const trips = await lib.listTrips();
      expect(trips.map((t) => [t.title, t.entryCount])).toEqual([
        ['CVPR 2023 Vancouver', 0],
        ['텔 아비브와 ECCV 2022', 3],
      ]);
      expect(Object.keys(readIndex(summaries).trips).sort()).toEqual([eccv.id, cvpr.id].sort());
      await lib.close();
    }
  });

  it('drops a deleted trip, and one whose file was removed by hand, from the list and the index', async () => {
    const { dir, eccv, cvpr, summaries } = await twoTrips();
    const lib = await openLibrary(dir);
    await lib.deleteTrip(eccv.id);
    expect((await lib.listTrips()).map((t) => t.id)).toEqual([cvpr.id]);
    expect(Object.keys(readIndex(summaries).trips)).toEqual([cvpr.id]);
    await lib.close();

    rmSync(tripFile(lib.paths, cvpr.id));
    const again = await openLibrary(dir);
    expect(await again.listTrips()).toEqual([]);
    expect(readIndex(summaries).trips).toEqual({});
    await again.close();
  });

  it('shows unsaved changes of an open trip, and a read-only open never writes the index', async () => {
    const { dir, eccv, summaries } = await twoTrips();
    rmSync(summaries);
    const reader = await openLibrary(dir, { readOnly: true });
    expect((await reader.listTrips()).map((t) => t.title)).toContain('텔 아비브와 ECCV 2022');
    expect(existsSync(summaries)).toBe(false);

    const lib = await openLibrary(dir, { saveDelayMs: 60_000 });
    await updateTrip(lib, eccv.id, { title: 'Not saved yet' });
    expect((await lib.listTrips()).find((t) => t.id === eccv.id)?.title).toBe('Not saved yet');
    await lib.close();
    expect(readIndex(summaries).trips[eccv.id]).toMatchObject({ title: 'Not saved yet' });
  });
});
