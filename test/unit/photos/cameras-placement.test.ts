import { hostOffsetMinutes } from './tz';
import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, updateEntry } from '../../../electron/services/journal/entries';
import { listCameras, setCameraByExample, shiftCamera, undoCamera } from '../../../electron/services/photos/cameras';
import { entryWindows, matchEntry } from '../../../electron/services/photos/placement';
import { listPhotos, movePhotos, rematchPhotos, removePhotos, restorePhotos, setCover, setPhotoTime, updatePhoto } from '../../../electron/services/photos/photo-edits';
import { F, fixturePaths } from '../../fixtures/photos/make-fixtures';
import { cleanupTempDirs } from '../../support/library';
import { importAll, setup } from './helpers';

afterEach(cleanupTempDirs);

const trip = { timeZone: 'Asia/Jerusalem', dayStartHour: 4 };
const at = (local: string) => Date.parse(`${local}+03:00`);
const entry = (id: string, start: string, end?: string, timeZone?: string) =>
  ({ id, kind: 'note', start, ...(end ? { end } : {}), ...(timeZone ? { timeZone } : {}) }) as never;

describe('entry windows', () => {
  it('gives a photo to the entry whose window contains it; an open entry lasts until the next one', () => {
    const w = entryWindows([entry('talk', '2022-10-24T10:30', '2022-10-24T10:50'), entry('coffee', '2022-10-24T11:00'), entry('lunch', '2022-10-24T12:30')], trip);
    expect(matchEntry(w, at('2022-10-24T10:34:00'))).toBe('talk');
    expect(matchEntry(w, at('2022-10-24T10:55:00'))).toBeNull();
    expect(matchEntry(w, at('2022-10-24T12:29:59'))).toBe('coffee');
    expect(matchEntry(w, at('2022-10-25T03:59:00'))).toBe('lunch'); // an open entry ends with its trip day (04:00)
    expect(matchEntry(w, at('2022-10-25T04:00:00'))).toBeNull();
  });

  it('prefers the most specific window and compares instants across zones', () => {
    const w = entryWindows([entry('session', '2022-10-24T09:00', '2022-10-24T12:00'), entry('talk', '2022-10-24T10:30', '2022-10-24T10:50'),
      entry('flight', '2022-10-28T23:00', '2022-10-29T04:00', 'Asia/Seoul')], trip);
    expect(matchEntry(w, at('2022-10-24T10:40:00'))).toBe('talk');
    expect(matchEntry(w, at('2022-10-24T11:40:00'))).toBe('session');
    expect(matchEntry(w, Date.parse('2022-10-28T15:00:00Z'))).toBe('flight'); // 00:00 in Seoul
  });
});

describe('camera clocks, moves and edits', () => {
  it('shifts a camera, sets it by example, undoes, and never overrides a manual move', async () => {
    expect(hostOffsetMinutes()).toBe(240);
    const { lib, tripId, fixtures } = await setup();
    const talk = (await createEntry(lib, tripId, { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T10:50', title: 'Keynote' })).entry;
    const poster = (await createEntry(lib, tripId, { kind: 'poster', start: '2022-10-24T11:00', end: '2022-10-24T11:20' })).entry;
    await importAll(lib, tripId, fixturePaths(fixtures, F.sonyTalk, F.sonyLater, F.phoneTalk, F.screenshot));
    const photo = async (name: string) => (await lib.trip(tripId)).photos.find((p) => p.originalName === name)!;
    expect((await photo(F.sonyTalk)).entryId).toBeNull(); // 16:34 on the Seoul clock: matches nothing yet

    // "My Sony was on Seoul time: −6 h" — every Sony photo moves; the iPhone does not.
    const shifted = await shiftCamera(lib, tripId, 'sony ilce-7m3', { byMinutes: -360 });
    expect(shifted.camera).toMatchObject({ key: 'SONY ILCE-7M3', shiftMinutes: -360, photoCount: 2, localOnlyCount: 2, canUndo: true });
    expect(shifted.changed.map((p) => p.originalName).sort()).toEqual([F.sonyTalk, F.sonyLater]);
    expect(await photo(F.sonyTalk)).toMatchObject({ localTime: '2022-10-24T10:34:00', takenAt: '2022-10-24T07:34:00.000Z', entryId: talk.id });
    expect(await photo(F.sonyLater)).toMatchObject({ localTime: '2022-10-24T11:10:00', entryId: poster.id });
    expect((await photo(F.phoneTalk)).localTime).toBe('2022-10-24T10:34:12');

    // Naming the zone instead gives the same times (and stacks in the history).
    await shiftCamera(lib, tripId, 'SONY ILCE-7M3', { shiftMinutes: 0, timeZone: 'Asia/Seoul' });
    expect((await photo(F.sonyTalk)).localTime).toBe('2022-10-24T10:34:00');

    // A manual move survives later automatic matching.
    await movePhotos(lib, tripId, [(await photo(F.sonyLater)).id], { entryId: talk.id });
    await undoCamera(lib, tripId, 'SONY ILCE-7M3'); // back to −6 h, trip zone
    await undoCamera(lib, tripId, 'SONY ILCE-7M3'); // back to no correction
    expect(await photo(F.sonyLater)).toMatchObject({ localTime: '2022-10-24T17:10:00', entryId: talk.id, placement: 'manual' });
    expect(await photo(F.sonyTalk)).toMatchObject({ localTime: '2022-10-24T16:34:00', entryId: null });
    await expect(undoCamera(lib, tripId, 'SONY ILCE-7M3')).rejects.toThrow(/no clock change to undo/);

    // "This photo was taken at 10:34": the whole camera follows, the photo keeps its seconds.
    const example = await setCameraByExample(lib, tripId, (await photo(F.sonyTalk)).id, '2022-10-24T10:34');
    expect(example.camera.shiftMinutes).toBe(-360);
    expect(await photo(F.sonyTalk)).toMatchObject({ localTime: '2022-10-24T10:34:00', entryId: talk.id });
    await expect(setCameraByExample(lib, tripId, (await photo(F.screenshot)).id, '2022-10-24T10:00')).rejects.toThrow(/no camera/);

    // Back to automatic: re-matched to the poster by its corrected time.
    await movePhotos(lib, tripId, [(await photo(F.sonyLater)).id], { auto: true });
    expect(await photo(F.sonyLater)).toMatchObject({ placement: 'auto', entryId: poster.id });

    // Entries changing: their photos follow at once (the edit answers with them); a rematch then has nothing left to do.
    const edited = await updateEntry(lib, tripId, talk.id, { start: '2022-10-24T10:40' });
    expect(edited.photos.map((p) => p.originalName).sort()).toEqual([F.phoneTalk, F.sonyTalk].sort());
    expect((await photo(F.sonyTalk)).entryId).toBeNull();
    expect((await rematchPhotos(lib, tripId)).changed).toEqual([]);

    const cams = await listCameras(lib, tripId);
    expect(cams.map((c) => c.key)).toEqual(['SONY ILCE-7M3', 'Apple iPhone 14 Pro']);
    await lib.close();
  });

  it('fixes a flagged photo by hand, edits captions and covers, removes and restores', async () => {
    const { lib, tripId, fixtures } = await setup();
    const talk = (await createEntry(lib, tripId, { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T10:50' })).entry;
    await importAll(lib, tripId, fixturePaths(fixtures, F.screenshot, F.phoneTalk));
    expect(await listPhotos(lib, tripId, { flagged: true })).toHaveLength(1);
    const shot = (await listPhotos(lib, tripId, { flagged: true }))[0]!;
    const fixed = await setPhotoTime(lib, tripId, shot.id, '2022-10-24T10:45');
    expect(fixed).toMatchObject({ flagged: false, localTime: '2022-10-24T10:45:00', takenAt: '2022-10-24T07:45:00.000Z', entryId: talk.id });
    expect((await setPhotoTime(lib, tripId, shot.id, null)).flagged).toBe(true);

    const phone = (await listPhotos(lib, tripId, { entryId: talk.id }))[0]!;
    expect(await updatePhoto(lib, tripId, phone.id, { caption: '발표 슬라이드', excludeFromExport: true })).toMatchObject({ caption: '발표 슬라이드', excludeFromExport: true });
    await setCover(lib, tripId, { entryId: talk.id }, phone.id);
    await setCover(lib, tripId, { day: '2022-10-24' }, phone.id);
    let doc = await lib.trip(tripId);
    expect(doc.entries[0]!.coverPhotoId).toBe(phone.id);
    expect(doc.trip.days['2022-10-24']?.coverPhotoId).toBe(phone.id);
    await expect(setCover(lib, tripId, { entryId: talk.id }, 'nope')).rejects.toThrow(/no photo/);

    const { removed } = await removePhotos(lib, tripId, [phone.id]);
    doc = await lib.trip(tripId);
    expect(doc.photos.map((p) => p.id)).not.toContain(phone.id);
    expect(doc.entries[0]!.coverPhotoId).toBeUndefined();
    expect(doc.trip.days['2022-10-24']?.coverPhotoId).toBeUndefined();
    await restorePhotos(lib, tripId, removed);
    expect((await lib.trip(tripId)).photos.find((p) => p.id === phone.id)).toMatchObject({ caption: '발표 슬라이드', entryId: talk.id });
    await expect(restorePhotos(lib, tripId, removed)).rejects.toThrow(/already in this trip/);
    await lib.close();
  });
});
