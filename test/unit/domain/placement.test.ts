import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';
import type { Part } from '../../../electron/shared/schemas/series';
import type { Trip } from '../../../electron/shared/schemas/trip';
import { entriesOfDaySection, photosOfPart, unplaced as computeUnplaced, type PlacementDoc as Doc } from '../../../electron/shared/domain/placement';

const trip = {
  id: 't1', title: 'ECCV', conference: '', city: '', venue: '', start: '2022-10-24', end: '2022-10-25',
  timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1, travelDaysAfter: 0, dayStartHour: 4,
  days: {}, createdAt: '2022-01-01T00:00:00.000Z', updatedAt: '2022-01-01T00:00:00.000Z',
} satisfies Trip;

const entry = (id: string, start: string, kind: Entry['kind'] = 'note') =>
  ({ id, kind, start, title: id, body: '', tags: [], createdAt: '2022-01-01T00:00:00.000Z', updatedAt: '2022-01-01T00:00:00.000Z' }) as Entry;
const photo = (id: string, day: string, entryId: string | null, exclude = false) =>
  ({ id, day, entryId, localTime: `${day}T12:00`, excludeFromExport: exclude, caption: '', originalName: `${id}.jpg` }) as Photo;

const doc: Doc = {
  trip,
  entries: [
    entry('flight', '2022-10-23T09:00', 'travel'),
    entry('talk', '2022-10-24T10:30', 'talk'),
    entry('poster', '2022-10-24T15:00', 'poster'),
    // 01:30 belongs to the evening of the 24th (the day starts at 04:00).
    entry('late-dinner', '2022-10-25T01:30', 'meal'),
    entry('posters2', '2022-10-25T11:00', 'poster'),
  ],
  photos: [photo('ph-talk', '2022-10-24', 'talk'), photo('ph-loose', '2022-10-24', null), photo('ph-hidden', '2022-10-24', null, true), photo('ph-25', '2022-10-25', null)],
};

/** The arrangement without one part (its sections are then in no part). */
const removePart = (list: Part[], index: number): Part[] => list.filter((_, i) => i !== index);

const parts: Part[] = [
  { id: 'a', title: '', intro: '', outro: '', sections: [{ type: 'day', date: '2022-10-23' }] },
  { id: 'b', title: '', intro: '', outro: '', sections: [{ type: 'day', date: '2022-10-24' }] },
  { id: 'c', title: '', intro: '', outro: '', sections: [{ type: 'day', date: '2022-10-25' }, { type: 'entry', entryId: 'poster' }] },
];

describe('placement in the renderer', () => {
  it('leaves nothing out when every busy day is placed', () => {
    expect(computeUnplaced(doc, parts)).toEqual({ entryIds: [], days: [] });
  });

  it('removing a part puts its days and their entries under "not in any part" (entries placed on their own elsewhere stay placed)', () => {
    expect(computeUnplaced(doc, removePart(parts, 1))).toEqual({ entryIds: ['talk', 'late-dinner'], days: ['2022-10-24'] });
    // Part c held the poster of the 24th on its own: without c it falls back to its day's part (b), as in the service.
    expect(computeUnplaced(doc, removePart(parts, 2))).toEqual({ entryIds: ['posters2'], days: ['2022-10-25'] });
    expect(entriesOfDaySection(doc, removePart(parts, 2), '2022-10-24').map((e) => e.id)).toEqual(['talk', 'poster', 'late-dinner']);
  });

  it('counts a day section as the day\'s entries that are not placed on their own', () => {
    expect(entriesOfDaySection(doc, parts, '2022-10-24').map((e) => e.id)).toEqual(['talk', 'late-dinner']);
    expect(entriesOfDaySection(doc, parts, '2022-10-22')).toEqual([]);
  });

  it('offers as covers the photos a part publishes, never the ones excluded from export', () => {
    expect(photosOfPart(doc, parts, 1).map((p) => p.id)).toEqual(['ph-talk', 'ph-loose']);
    expect(photosOfPart(doc, parts, 2).map((p) => p.id)).toEqual(['ph-25']);
    expect(photosOfPart(doc, parts, 9)).toEqual([]);
  });
});
