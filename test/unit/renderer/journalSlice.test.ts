import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProceedingsBridge } from '../../../electron/shared/contract';
import { createServiceDispatcher, type HostHandlers } from '../../../electron/services/api';
import type { Library } from '../../../electron/services/library/library';
import { createAppStore } from '../../../renderer/core/store';
import { entriesOfDay } from '../../../electron/shared/domain/days';
import { dayEntries, journalDays } from '../../../renderer/features/journal/dayIndex';
import { PHOTO_PAGE } from '../../../renderer/features/journal/photoPages';
import { cleanupTempDirs, ECCV_TRIP, openLibrary, tempDir } from '../../support/library';

/** `window.proceedings` backed by the real services over a temp library, as the e2e harness does. */
function installBridge(library: Library): void {
  // The journal slice asks the host for nothing; these only fill the table.
  const unused = async (): Promise<never> => {
    throw new Error('not used by the journal slice');
  };
  const host: HostHandlers = {
    'app.openExternal': unused,
    'app.flushed': unused,
    'app.getPreferences': unused,
    'app.setPreferences': unused,
    'app.chooseFiles': unused,
    'app.chooseFolder': unused,
    'app.chooseSaveFile': unused,
    'app.openExport': unused,
  };
  const dispatch = createServiceDispatcher({ library, emit: () => undefined }, host);
  const bridge = {
    // Through JSON, as structured clone over IPC would: nothing shared by reference.
    invoke: async (method: string, request: unknown) => JSON.parse(JSON.stringify(await dispatch(method, JSON.parse(JSON.stringify(request))))),
    subscribe: () => () => undefined,
    mediaBase: '',
    pathForFile: () => '',
  } as unknown as ProceedingsBridge;
  (globalThis as { window?: unknown }).window = { proceedings: bridge };
}

describe('journal slice against the real services', () => {
  let library: Library;
  let store: ReturnType<typeof createAppStore>;

  beforeEach(async () => {
    library = await openLibrary(tempDir(), { saveDelayMs: 10 });
    installBridge(library);
    store = createAppStore();
    const trip = await store.getState().createTrip({ ...ECCV_TRIP, travelDaysBefore: 1 });
    expect(store.getState().doc?.trip.id).toBe(trip.id);
  });
  afterEach(async () => {
    await library.close();
    delete (globalThis as { window?: unknown }).window;
  });
  afterAll(cleanupTempDirs);

  it('opens the trip on its first conference day when the trip is not on today', () => {
    const s = store.getState();
    expect(s.screen).toBe('trip');
    expect(s.selectedDay).toBe('2022-10-22');
    expect(s.selectedEntryId).toBeNull();
  });

  it('creates an entry, selects it and its day (an early-morning time counts for the evening before)', async () => {
    const late = await store.getState().createEntry({ kind: 'meal', start: '2022-10-24T01:30', title: '야식', meal: 'snack' });
    expect(store.getState().selectedEntryId).toBe(late.id);
    expect(store.getState().selectedDay).toBe('2022-10-23');
    expect(store.getState().doc!.entries.map((e) => e.id)).toEqual([late.id]);
  });

  it('links a talk and a poster of one paper given as two link forms to one shared paper record', async () => {
    const s = store.getState();
    const talk = await s.createEntry({ kind: 'talk', start: '2022-10-24T10:30', title: 'CUT', paperLink: 'https://arxiv.org/abs/2007.10909v2' });
    const poster = await s.createEntry({ kind: 'poster', start: '2022-10-24T15:00' });
    await store.getState().updateEntry(poster.id, { paperLink: 'arxiv.org/pdf/2007.10909.pdf', qa: [{ question: 'Code?', answer: 'Yes', askedBy: 'me', asker: '' }] });
    const doc = store.getState().doc!;
    expect(doc.papers).toHaveLength(1);
    expect(doc.papers[0]).toMatchObject({ key: 'arxiv:2007.10909', url: 'https://arxiv.org/abs/2007.10909', title: 'CUT' });
    const paperIds = doc.entries.map((e) => e.paperId);
    expect(paperIds).toEqual([doc.papers[0]!.id, doc.papers[0]!.id]);
    expect(doc.entries.find((e) => e.id === talk.id)?.paperId).toBe(doc.papers[0]!.id);

    const starred = await store.getState().updatePaper(doc.papers[0]!.id, { starred: true });
    expect(starred.starred).toBe(true);
    expect(store.getState().doc!.papers[0]!.starred).toBe(true);
    // The library agrees with the store.
    const stored = await library.trip(doc.trip.id);
    expect(stored.papers[0]!.starred).toBe(true);
    expect(stored.entries.find((e) => e.id === poster.id)).toMatchObject({ qa: [expect.objectContaining({ question: 'Code?', answer: 'Yes' })] });
  });

  it('updates an entry and reports a refused field by name, changing nothing', async () => {
    const talk = await store.getState().createEntry({ kind: 'talk', start: '2022-10-24T10:30' });
    await store.getState().updateEntry(talk.id, { title: '기조연설', format: 'keynote', speakers: ['Yann LeCun'] });
    expect(store.getState().doc!.entries[0]).toMatchObject({ title: '기조연설', format: 'keynote', speakers: ['Yann LeCun'] });
    await expect(store.getState().updateEntry(talk.id, { end: '2022-10-24T09:00' })).rejects.toThrow(/end/);
    await expect(store.getState().updateEntry(talk.id, { dish: 'falafel' })).rejects.toThrow(/"dish" is not a field of a talk/);
    expect(store.getState().doc!.entries[0]!.end).toBeUndefined();
  });

  it('deletes an entry and undoes the delete with every field back, newest first', async () => {
    const s = store.getState();
    const a = await s.createEntry({ kind: 'person', start: '2022-10-24T12:00', name: 'Kim', affiliation: 'KAIST' });
    const b = await s.createEntry({ kind: 'note', start: '2022-10-24T13:00', body: '$E=mc^2$' });
    await store.getState().deleteEntry(a.id);
    await store.getState().deleteEntry(b.id);
    expect(store.getState().doc!.entries).toHaveLength(0);
    expect(store.getState().selectedEntryId).toBeNull();
    expect((await library.trip(store.getState().doc!.trip.id)).entries).toHaveLength(0);

    const restored = await store.getState().undoDelete();
    expect(restored).toMatchObject({ id: b.id, body: '$E=mc^2$' });
    expect(store.getState().selectedEntryId).toBe(b.id);
    expect(await store.getState().undoDelete()).toMatchObject({ id: a.id, name: 'Kim', affiliation: 'KAIST' });
    expect(await store.getState().undoDelete()).toBeNull();
    expect((await library.trip(store.getState().doc!.trip.id)).entries.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
  });

  describe('a trip with many photos', () => {
    const COUNT = PHOTO_PAGE * 2 + 17;
    let tripId: string;
    let calls: string[];
    /** Runs once, before the second page of photos is served. */
    let afterFirstPage: (() => Promise<void>) | null;
    beforeEach(async () => {
      tripId = store.getState().doc!.trip.id;
      await library.mutate(tripId, (d) => {
        for (let i = 0; i < COUNT; i++) d.photos.push({ id: `p${i}`, day: i % 2 ? '2022-10-24' : '2022-10-25' } as never);
      });
      calls = [];
      afterFirstPage = null;
      const bridge = (globalThis as unknown as { window: { proceedings: ProceedingsBridge } }).window.proceedings;
      const invoke = bridge.invoke.bind(bridge);
      (globalThis as unknown as { window: { proceedings: ProceedingsBridge } }).window.proceedings = {
        ...bridge,
        invoke: (async (method: string, request: unknown) => {
          calls.push(method);
          // Pages are asked for at once and served one after another: the change lands between two of them.
          if (method === 'trips.photos' && afterFirstPage && calls.filter((m) => m === 'trips.photos').length === 2) {
            const hook = afterFirstPage;
            afterFirstPage = null;
            await hook();
          }
          return invoke(method as never, request as never);
        }) as ProceedingsBridge['invoke'],
      };
      store.getState().closeTrip();
    });

    it('opens with the entries at once and pages every photo in, in order', async () => {
      await store.getState().openTrip(tripId);
      expect(calls.filter((m) => m === 'trips.get')).toHaveLength(0);
      expect(calls.filter((m) => m === 'trips.photos')).toHaveLength(3);
      const s = store.getState();
      expect(s.photosLoading).toBe(false);
      expect(s.doc!.photos.map((p) => p.id)).toEqual(Array.from({ length: COUNT }, (_, i) => `p${i}`));
      expect(journalDays(s.doc!).find((d) => d.date === '2022-10-24')?.photos).toBe(PHOTO_PAGE + 8);
    });

    it('reads again when the trip changed between two pages, so a photo deleted meanwhile does not come back', async () => {
      afterFirstPage = () => library.mutate(tripId, (d) => void (d.photos = d.photos.filter((p) => p.id !== `p${PHOTO_PAGE + 1}`)));
      await store.getState().openTrip(tripId);
      const ids = store.getState().doc!.photos.map((p) => p.id);
      expect(ids).toHaveLength(COUNT - 1);
      expect(ids).not.toContain(`p${PHOTO_PAGE + 1}`);
      expect(calls.filter((m) => m === 'trips.photos').length).toBeGreaterThan(3);
    });

    it('opening another trip lets the services go of the one shown before, once saved', async () => {
      await store.getState().openTrip(tripId);
      const other = await store.getState().createTrip({ ...ECCV_TRIP, title: 'Another trip' });
      await library.flush();
      expect(store.getState().doc!.trip.id).toBe(other.id);
      expect(library.isLoaded(tripId)).toBe(false);
      expect(library.isLoaded(other.id)).toBe(true);
    });
  });

  it('indexes entries by day once per revision: a day keeps its array until an entry changes', async () => {
    const s = store.getState();
    const a = await s.createEntry({ kind: 'talk', start: '2022-10-24T10:30', title: 'B' });
    await s.createEntry({ kind: 'talk', start: '2022-10-24T09:00', title: 'A' });
    await s.createEntry({ kind: 'meal', start: '2022-10-25T01:30', title: 'late' });
    const before = store.getState().doc!;
    expect(dayEntries(before, '2022-10-24')).toEqual(entriesOfDay(before, '2022-10-24'));
    expect(dayEntries(before, '2022-10-24').map((e) => e.title)).toEqual(['A', 'B', 'late']);
    expect(dayEntries(before, '2022-10-24')).toBe(dayEntries({ ...before }, '2022-10-24'));
    await store.getState().updateEntry(a.id, { title: 'B2' });
    const after = store.getState().doc!;
    expect(dayEntries(after, '2022-10-24').map((e) => e.title)).toEqual(['A', 'B2', 'late']);
    expect(dayEntries(after, '2022-10-24')[0]).toBe(dayEntries(before, '2022-10-24')[0]); // unchanged entries keep their identity (memoised rows)
    expect(journalDays(after).find((d) => d.date === '2022-10-24')?.entries).toBe(3);
  });
});
