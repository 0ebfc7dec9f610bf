import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEntry, updateEntry } from '../../../electron/services/journal/entries';
import { createTrip } from '../../../electron/services/journal/trips';
import { openTrip, tripPhotos } from '../../../electron/services/journal/open-trip';
import type { Library } from '../../../electron/services/library/library';
import { cleanupTempDirs, ECCV_TRIP, openLibrary, tempDir } from '../../support/library';

/** Issue #16: the services hold the trip the window shows, not every trip opened this session. */
describe('Library lets go of trips no longer shown', () => {
  let library: Library;
  let root: string;
  beforeEach(async () => {
    root = tempDir();
    library = await openLibrary(root, { saveDelayMs: 0 });
  });
  afterEach(() => library.close());
  afterAll(cleanupTempDirs);

  it('drops a saved trip from memory when another is shown, and reads it back from its file with every change', async () => {
    const a = await createTrip(library, { ...ECCV_TRIP, title: 'A' });
    const b = await createTrip(library, { ...ECCV_TRIP, title: 'B' });
    const entry = (await createEntry(library, a.id, { kind: 'talk', start: '2022-10-24T10:30', title: 'RAFT' })).entry;
    await library.flush();
    library.show(a.id);
    expect(library.isLoaded(a.id)).toBe(true);
    expect(library.isLoaded(b.id)).toBe(false);

    library.show(b.id);
    await library.trip(b.id); // the window reads what it shows
    expect(library.isLoaded(a.id)).toBe(false);
    expect(library.isLoaded(b.id)).toBe(true);
    const again = await library.trip(a.id);
    expect(again.entries.map((e) => [e.id, e.title])).toEqual([[entry.id, 'RAFT']]);
  });

  it('keeps an unsaved trip until it is written, then lets it go — no change is lost', async () => {
    const a = await createTrip(library, { ...ECCV_TRIP, title: 'A' });
    const b = await createTrip(library, { ...ECCV_TRIP, title: 'B' });
    library.show(a.id);
    const { entry } = await createEntry(library, a.id, { kind: 'note', start: '2022-10-24T09:00' });
    await updateEntry(library, a.id, entry.id, { body: 'written before switching' });
    expect(library.hasUnsavedChanges).toBe(true);

    library.show(b.id);
    expect(library.isLoaded(a.id)).toBe(true); // its change is only in memory yet
    await library.flush();
    expect(library.isLoaded(a.id)).toBe(false);
    expect((await library.trip(a.id)).entries[0]!.body).toBe('written before switching');
  });

  it('keeps the shown trip after its saves: only a trip no longer shown is let go', async () => {
    const a = await createTrip(library, { ...ECCV_TRIP, title: 'A' });
    library.show(a.id);
    await createEntry(library, a.id, { kind: 'note', start: '2022-10-24T09:00' });
    await library.flush();
    expect(library.isLoaded(a.id)).toBe(true);
  });

  it('opens a trip without its photos and pages them with the revision they were read at', async () => {
    const a = await createTrip(library, { ...ECCV_TRIP, title: 'A', travelDaysBefore: 1 });
    await library.mutate(a.id, (d) => {
      for (let i = 0; i < 5; i++) d.photos.push({ id: `p${i}`, day: '2022-10-24' } as never);
    });
    const opened = await openTrip(library, a.id, new Date('2030-01-01T00:00:00Z'));
    expect(opened).not.toHaveProperty('photos');
    expect(opened.photoCount).toBe(5);
    expect(opened.openDay).toBe('2022-10-22'); // not on today: the first conference day
    const first = await tripPhotos(library, a.id, 0, 2);
    const rest = await tripPhotos(library, a.id, 2, 10);
    expect([...first.photos, ...rest.photos].map((p) => p.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(first.total).toBe(5);
    expect(rest.revision).toBe(first.revision);
    await createEntry(library, a.id, { kind: 'note', start: '2022-10-24T09:00' });
    expect((await tripPhotos(library, a.id, 0, 2)).revision).toBeGreaterThan(first.revision);
  });
});
