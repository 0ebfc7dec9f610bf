import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../../../electron/shared/contract';
import { entry, photo, trip } from '../../domain/fixtures';

/** The bridge, faked: `call` answers from a table per method, events are delivered by hand. */
const api = vi.hoisted(() => ({
  answers: new Map<string, (request: any) => unknown>(),
  calls: [] as { method: string; request: any }[],
  listeners: new Map<string, (payload: unknown) => void>(),
}));

vi.mock('../../../../renderer/core/api', () => ({
  call: vi.fn(async (method: string, request: unknown) => {
    api.calls.push({ method, request });
    const answer = api.answers.get(method);
    if (!answer) throw new Error(`unexpected call ${method}`);
    return answer(request);
  }),
  onEvent: vi.fn((event: string, listener: (payload: unknown) => void) => {
    api.listeners.set(event, listener);
    return () => api.listeners.delete(event);
  }),
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
  mediaUrl: (p: string) => p,
  pathForFile: () => '',
}));

const { createAppStore } = await import('../../../../renderer/core/store');

const keynote = entry('keynote', '2022-10-24T10:30', { end: '2022-10-24T10:50' });

function storeWithTrip(photos = [photo('old', '2022-10-24T09:00:00')]) {
  const store = createAppStore();
  store.setState({ doc: trip([keynote], photos), screen: 'trip' });
  return store;
}

function progress(jobId: string, over: Partial<EventPayload<'photos:progress'>>): EventPayload<'photos:progress'> {
  return { jobId, tripId: 'trip1', phase: 'importing', finished: false, done: 0, total: 3, imported: 0, duplicates: 0, failed: 0, skipped: 0, mediaPending: 0, files: [], photos: [], updated: [], ...over };
}

beforeEach(() => {
  api.answers.clear();
  api.calls.length = 0;
  api.listeners.clear();
});

describe('import progress', () => {
  it('listens before starting, shows counts and new photos as they come, collects failures, and syncs at the end', async () => {
    const store = storeWithTrip();
    const sony = photo('sony', '2022-10-24T16:34:00');
    api.answers.set('photos.import', (r) => ({ jobId: r.jobId }));
    api.answers.set('photos.list', () => [photo('old', '2022-10-24T09:00:00'), photo('phone', '2022-10-24T10:34:00', { entryId: 'keynote' }), sony]);
    api.answers.set('cameras.list', () => [{ key: 'SONY', label: 'SONY', shiftMinutes: 0, history: [], photoCount: 1, localOnlyCount: 1, firstLocalTime: null, lastLocalTime: null, canUndo: false }]);

    await store.getState().importPhotos(['/photos/DSC.JPG', '/photos/IMG.jpg', '/photos/bad.jpg']);
    const { jobId } = api.calls.find((c) => c.method === 'photos.import')!.request;
    expect(jobId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(store.getState().photoImport).toMatchObject({ jobId, phase: 'scanning', finished: false });
    const emit = api.listeners.get('photos:progress')!;

    emit(progress('someone-elses-job', { done: 3, photos: [photo('stranger', '2022-10-24T10:00:00')] }));
    expect(store.getState().doc!.photos.map((p) => p.id)).toEqual(['old']);

    emit(progress(jobId, { done: 1, imported: 1, photos: [sony], files: [{ path: '/photos/DSC.JPG', status: 'imported', photoId: 'sony' }] }));
    expect(store.getState().doc!.photos.map((p) => p.id)).toEqual(['old', 'sony']);
    expect(store.getState().photoImport).toMatchObject({ done: 1, imported: 1, failures: [] });

    emit(progress(jobId, { done: 2, imported: 1, failed: 1, files: [{ path: '/photos/bad.jpg', status: 'failed', reason: 'truncated' }] }));
    emit(progress(jobId, { done: 3, imported: 2, failed: 1, phase: 'finished', finished: true, photos: [photo('phone', '2022-10-24T10:34:00', { entryId: 'keynote' })], updated: [{ ...sony, thumb: 'media/thumbs/sony-400.jpg' }] }));
    const job = store.getState().photoImport!;
    expect(job).toMatchObject({ finished: true, phase: 'finished', done: 3, imported: 2, failed: 1 });
    expect(job.failures).toEqual([{ path: '/photos/bad.jpg', status: 'failed', reason: 'truncated' }]);
    expect(store.getState().doc!.photos.find((p) => p.id === 'sony')!.thumb).toBe('media/thumbs/sony-400.jpg');
    expect(api.listeners.has('photos:progress')).toBe(false); // stopped listening

    await vi.waitFor(() => expect(store.getState().cameras.map((c) => c.key)).toEqual(['SONY']));
    expect(store.getState().doc!.photos.map((p) => p.id)).toEqual(['old', 'phone', 'sony']);
    store.getState().dismissImport();
    expect(store.getState().photoImport).toBeNull();
  });

  it('reports a refused import as finished with the message, and cancels a running one by its id', async () => {
    const store = storeWithTrip();
    api.answers.set('photos.import', () => {
      throw new Error('There is no trip "trip1".');
    });
    await store.getState().importPhotos(['/x.jpg']);
    expect(store.getState().photoImport).toMatchObject({ finished: true, error: 'There is no trip "trip1".' });

    api.answers.set('photos.import', (r) => ({ jobId: r.jobId }));
    api.answers.set('photos.cancelImport', () => ({ cancelled: true }));
    await store.getState().importPhotos(['/y.jpg']);
    await store.getState().cancelImport();
    expect(api.calls.at(-1)).toEqual({ method: 'photos.cancelImport', request: { jobId: store.getState().photoImport!.jobId } });
  });
});

describe('changes answer with photos the store takes over', () => {
  it('a move replaces the moved photos (now manual)', async () => {
    const store = storeWithTrip([photo('a', '2022-10-24T12:00:00'), photo('b', '2022-10-24T13:00:00')]);
    api.answers.set('photos.move', (r) => r.photoIds.map((id: string) => photo(id, id === 'a' ? '2022-10-24T12:00:00' : '2022-10-24T13:00:00', { entryId: r.to.entryId, placement: 'manual' })));
    await store.getState().movePhotos(['a'], { entryId: 'keynote' });
    expect(api.calls[0]).toEqual({ method: 'photos.move', request: { tripId: 'trip1', photoIds: ['a'], to: { entryId: 'keynote' } } });
    expect(store.getState().doc!.photos.map((p) => [p.id, p.entryId, p.placement])).toEqual([
      ['a', 'keynote', 'manual'],
      ['b', null, 'auto'],
    ]);
  });

  it('a camera shift moves every changed photo to its new time, day and entry, and updates the camera', async () => {
    const store = storeWithTrip([photo('sony1', '2022-10-24T16:34:00', { cameraKey: 'SONY' }), photo('sony2', '2022-10-25T02:10:00', { cameraKey: 'SONY', day: '2022-10-24' })]);
    const camera = { key: 'SONY', label: 'SONY ILCE-7M3', shiftMinutes: -360, history: [{ shiftMinutes: 0, at: '2022-10-30T00:00:00.000Z' }], photoCount: 2, localOnlyCount: 2, firstLocalTime: '2022-10-24T10:34:00', lastLocalTime: '2022-10-24T20:10:00', canUndo: true };
    api.answers.set('cameras.shift', () => ({
      camera,
      changed: [photo('sony1', '2022-10-24T10:34:00', { cameraKey: 'SONY', entryId: 'keynote' }), photo('sony2', '2022-10-24T20:10:00', { cameraKey: 'SONY' })],
    }));
    const moved = await store.getState().shiftCamera('SONY', -360);
    expect(moved).toBe(2);
    expect(api.calls[0]!.request).toEqual({ tripId: 'trip1', cameraKey: 'SONY', byMinutes: -360 });
    expect(store.getState().doc!.photos.map((p) => [p.id, p.localTime, p.entryId])).toEqual([
      ['sony1', '2022-10-24T10:34:00', 'keynote'],
      ['sony2', '2022-10-24T20:10:00', null],
    ]);
    expect(store.getState().cameras).toEqual([camera]);

    api.answers.set('cameras.undo', () => ({ camera: { ...camera, shiftMinutes: 0, history: [], canUndo: false }, changed: [photo('sony1', '2022-10-24T16:34:00', { cameraKey: 'SONY' })] }));
    await store.getState().undoCamera('SONY');
    expect(store.getState().cameras).toMatchObject([{ shiftMinutes: 0, canUndo: false }]);
    expect(store.getState().doc!.photos.find((p) => p.id === 'sony1')!.entryId).toBeNull();
  });

  it('covers land on the entry and on the day; removal takes photos out and restore brings them back', async () => {
    const store = storeWithTrip([photo('a', '2022-10-24T10:34:00', { entryId: 'keynote' })]);
    api.answers.set('photos.setCover', (r) => ({ photoId: r.photoId }));
    await store.getState().setPhotoCover({ entryId: 'keynote' }, 'a');
    await store.getState().setPhotoCover({ day: '2022-10-24' }, 'a');
    expect(store.getState().doc!.entries[0]!.coverPhotoId).toBe('a');
    expect(store.getState().doc!.trip.days['2022-10-24']).toEqual({ title: '', intro: '', coverPhotoId: 'a' });

    const removedPhoto = store.getState().doc!.photos[0]!;
    api.answers.set('photos.remove', () => ({ removed: [removedPhoto] }));
    api.answers.set('photos.restore', (r) => r.photos);
    store.getState().openViewer('a');
    const removed = await store.getState().removePhotos(['a']);
    expect(store.getState().doc!.photos).toEqual([]);
    expect(store.getState().viewerPhotoId).toBeNull();
    await store.getState().restorePhotos(removed);
    expect(store.getState().doc!.photos.map((p) => p.id)).toEqual(['a']);
  });
});
