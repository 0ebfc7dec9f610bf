import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, deleteEntry, restoreEntry, updateEntry } from '../../../electron/services/journal/entries';
import { inTimeOrder as sortEntries } from '../../../electron/shared/domain/order';
import { entriesByPaper, updatePaper } from '../../../electron/services/journal/papers';
import { updateTrip } from '../../../electron/services/journal/trips';
import { Photo } from '../../../electron/shared/schemas/photo';
import { cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const at = (hhmm: string) => `2022-10-24T${hhmm}`;

describe('journal services', () => {
  it('creates every kind with its fields and refuses fields of another kind', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const make = (entry: Record<string, unknown>) => createEntry(lib, id, entry).then((r) => r.entry);
    expect(await make({ kind: 'talk', start: at('10:30'), format: 'keynote', session: 'Opening', room: 'Hall A', speakers: ['김민지'] })).toMatchObject({ format: 'keynote', speakers: ['김민지'] });
    expect(await make({ kind: 'poster', start: at('11:00'), board: '42', qa: [{ question: '왜?', answer: '때문에' }, { question: 'How?', askedBy: 'other', asker: 'Dana' }] })).toMatchObject({
      board: '42',
      qa: [{ question: '왜?', answer: '때문에', askedBy: 'me' }, { question: 'How?', askedBy: 'other', asker: 'Dana', answer: '' }],
    });
    expect(await make({ kind: 'booth', start: at('12:00'), organisation: 'Mobileye' })).toMatchObject({ organisation: 'Mobileye' });
    expect(await make({ kind: 'person', start: at('12:30'), name: 'Dana', affiliation: 'TAU', contact: 'dana@example.org' })).toMatchObject({ affiliation: 'TAU' });
    expect(await make({ kind: 'meal', start: at('13:00'), meal: 'lunch', dish: 'Sabich', rating: 5, place: { name: 'Sabich Frishman', lat: 32.08, lng: 34.77 } })).toMatchObject({ dish: 'Sabich', place: { lat: 32.08 } });
    expect(await make({ kind: 'place', start: at('18:00'), placeKind: 'sight', title: 'Jaffa' })).toMatchObject({ placeKind: 'sight' });
    expect(await make({ kind: 'travel', start: '2022-10-21T23:55', end: '2022-10-22T04:40', timeZone: 'Asia/Seoul', from: 'ICN', to: 'TLV', carrier: 'KE' })).toMatchObject({ timeZone: 'Asia/Seoul', to: 'TLV' });
    expect(await make({ kind: 'note', start: at('23:00'), body: '$E=mc^2$', tags: ['idea'] })).toMatchObject({ tags: ['idea'] });
    await expect(make({ kind: 'note', start: at('23:00'), speakers: ['x'] })).rejects.toThrow(/"speakers" is not a field of a note/);
    await expect(make({ kind: 'meal', start: at('23:00'), coverPhotoId: 'nophoto' })).rejects.toThrow(/coverPhotoId/);
    const doc = await lib.trip(id);
    expect(sortEntries(doc.entries).map((e) => e.kind)).toEqual(['travel', 'talk', 'poster', 'booth', 'person', 'meal', 'place', 'note']);
    await lib.close();
  });

  it('a talk and a poster of one paper share one record, whatever link form', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const talk = await createEntry(lib, id, { kind: 'talk', start: at('10:30'), title: 'RAFT', speakers: ['Zachary Teed'], paperLink: 'https://arxiv.org/abs/2003.12039v3' });
    const poster = await createEntry(lib, id, { kind: 'poster', start: at('15:00'), paperLink: 'arxiv.org/pdf/2003.12039.pdf' });
    expect(poster.entry.paperId).toBe(talk.entry.paperId);
    const doc = await lib.trip(id);
    expect(doc.papers).toHaveLength(1);
    expect(doc.papers[0]).toMatchObject({ title: 'RAFT', authors: ['Zachary Teed'] });
    expect(entriesByPaper(doc).get(talk.entry.paperId!)).toEqual([talk.entry.id, poster.entry.id]);
    const starred = await updatePaper(lib, id, talk.entry.paperId!, { starred: true });
    expect(starred.starred).toBe(true);
    await expect(updatePaper(lib, id, talk.entry.paperId!, { key: 'x' })).rejects.toMatchObject({ code: 'invalid-input' });
    // Detach, then edit paper details through the entry.
    const detached = await updateEntry(lib, id, poster.entry.id, { paperLink: null });
    expect(detached.entry.paperId).toBeUndefined();
    await updateEntry(lib, id, talk.entry.id, { paperTitle: 'RAFT: Recurrent All-Pairs Field Transforms' });
    expect((await lib.trip(id)).papers[0]!.title).toBe('RAFT: Recurrent All-Pairs Field Transforms');
    await lib.close();
  });

  it('edits clear optional fields with null and refuse a kind change', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const { entry } = await createEntry(lib, id, { kind: 'meal', start: at('19:00'), end: at('21:00'), place: { name: 'Port Said' } });
    const edited = await updateEntry(lib, id, entry.id, { end: null, place: null, rating: 4 });
    expect(edited.entry).not.toHaveProperty('end');
    expect(edited.entry).not.toHaveProperty('place');
    expect(edited.entry).toMatchObject({ rating: 4, createdAt: entry.createdAt });
    await expect(updateEntry(lib, id, entry.id, { kind: 'talk' })).rejects.toThrow(/unknown field "kind"/);
    await expect(updateEntry(lib, id, entry.id, { end: at('18:00') })).rejects.toThrow(/end: must not be before start/);
    await lib.close();
  });

  it('removing an entry returns it whole for undo and sends its photos back to the day', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const { entry } = await createEntry(lib, id, { kind: 'talk', start: at('10:30'), title: 'undo me' });
    const photo = Photo.parse({
      id: 'ph1',
      sha256: 'a'.repeat(64),
      file: `media/originals/aa/${'a'.repeat(64)}.jpg`,
      originalName: 'IMG_0001.JPG',
      mime: 'image/jpeg',
      bytes: 1,
      capture: { source: 'exif-offset', raw: '2022:10:24 10:40:00', wallClock: '2022-10-24T10:40:00', offset: '+03:00', originalInstant: '2022-10-24T07:40:00.000Z' },
      takenAt: '2022-10-24T07:40:00.000Z',
      localTime: '2022-10-24T10:40:00',
      day: '2022-10-24',
      entryId: entry.id,
      placement: 'manual', // stays where the user put it: back to the tray, not re-placed
      importedAt: '2022-10-24T08:00:00.000Z',
    });
    await lib.mutate(id, (d) => void d.photos.push(photo));
    const removed = await deleteEntry(lib, id, entry.id);
    expect(removed.entry).toEqual(entry);
    expect((await lib.trip(id)).photos[0]!.entryId).toBeNull();
    await restoreEntry(lib, id, removed.entry);
    expect((await lib.trip(id)).entries).toEqual([entry]);
    expect((await lib.trip(id)).photos[0]!.entryId).toBeNull();
    await expect(restoreEntry(lib, id, removed.entry)).rejects.toMatchObject({ code: 'conflict' });
    await lib.close();
  });

  it('a concurrent delete does not make an edit land on the wrong entry', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const a = (await createEntry(lib, id, { kind: 'note', start: at('09:00'), title: 'a' })).entry;
    const b = (await createEntry(lib, id, { kind: 'note', start: at('10:00'), title: 'b' })).entry;
    await Promise.all([deleteEntry(lib, id, a.id), updateEntry(lib, id, b.id, { title: 'b edited' })]);
    expect((await lib.trip(id)).entries.map((e) => [e.id, e.title])).toEqual([[b.id, 'b edited']]);
    await lib.close();
  });

  it('trip edits keep fields they do not mention and refuse a span over 60 days', async () => {
    const lib = await openLibrary(tempDir());
    const trip = await makeTrip(lib, { venue: 'Expo Tel Aviv', travelDaysBefore: 1, dayStartHour: 5 });
    const edited = await updateTrip(lib, trip.id, { title: 'ECCV 2022 in Tel Aviv' });
    expect(edited).toMatchObject({ title: 'ECCV 2022 in Tel Aviv', venue: 'Expo Tel Aviv', conference: 'ECCV 2022', city: 'Tel Aviv', travelDaysBefore: 1, dayStartHour: 5 });
    await expect(updateTrip(lib, trip.id, { end: '2023-01-30' })).rejects.toThrow(/60 days/);
    await expect(updateTrip(lib, trip.id, { end: '2022-10-01' })).rejects.toThrow(/end/);
    expect((await lib.trip(trip.id)).trip.end).toBe('2022-10-28');
    await lib.close();
  });
});
