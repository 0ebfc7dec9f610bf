import { describe, expect, it } from 'vitest';
import { formatShift, parseShift } from '../../../../renderer/features/photos/clockShift';
import { gridColumns, gridRows } from '../../../../renderer/features/photos/gridRows';
import { groupDayByEntry, mergePhotos, photoDays, routeLine, routePoints, TRAY_KEY } from '../../../../renderer/features/photos/photoModel';
import { entry, photo, trip } from '../../domain/fixtures';

describe('grouping a day by entry', () => {
  const keynote = entry('keynote', '2022-10-24T10:30', { end: '2022-10-24T10:50' });
  const lunch = entry('lunch', '2022-10-24T12:30', { kind: 'meal', meal: 'lunch', dish: '', rating: 0 } as never);
  const tomorrow = entry('tomorrow', '2022-10-25T09:00');

  it('puts photos under their entries in time order, empty entries included, and the tray last', () => {
    const doc = trip(
      [lunch, keynote, tomorrow],
      [
        photo('b', '2022-10-24T10:45:00', { entryId: 'keynote' }),
        photo('a', '2022-10-24T10:34:00', { entryId: 'keynote' }),
        photo('dinner', '2022-10-25T01:30:00', { day: '2022-10-24' }),
        photo('next-day', '2022-10-25T09:10:00', { entryId: 'tomorrow' }),
      ],
    );
    const sections = groupDayByEntry(doc, '2022-10-24');
    expect(sections.map((s) => [s.key, s.photos.map((p) => p.id)])).toEqual([
      ['keynote', ['a', 'b']],
      ['lunch', []],
      [TRAY_KEY, ['dinner']], // 01:30 belongs to the evening before (day field), in the tray
    ]);
    expect(sections.at(-1)!.entry).toBeNull();
  });

  it('sends photos of a deleted entry to the tray and keeps an entry of another day that holds a photo of this one', () => {
    const flight = entry('flight', '2022-10-23T23:00', { kind: 'travel' } as never);
    const doc = trip([keynote, flight], [photo('gone', '2022-10-24T10:40:00', { entryId: 'deleted' }), photo('plane', '2022-10-24T00:30:00', { entryId: 'flight' })]);
    const sections = groupDayByEntry(doc, '2022-10-24');
    expect(sections.map((s) => [s.key, s.photos.map((p) => p.id)])).toEqual([
      ['flight', ['plane']],
      ['keynote', []],
      [TRAY_KEY, ['gone']],
    ]);
  });

  it('offers every trip day plus days photos landed on outside the trip, with counts', () => {
    const doc = trip([], [photo('early', '2022-10-20T10:00:00', { flagged: true }), photo('a', '2022-10-24T10:00:00')]);
    expect(photoDays(doc)).toEqual([
      { date: '2022-10-20', inTrip: false, photos: 1, flagged: 1 },
      { date: '2022-10-24', inTrip: true, photos: 1, flagged: 0 },
      { date: '2022-10-25', inTrip: true, photos: 0, flagged: 0 },
    ]);
  });
});

describe('merging photos into the store', () => {
  it('replaces by id in place, appends new ones, and keeps the array when nothing comes', () => {
    const current = [photo('a', '2022-10-24T10:00:00'), photo('b', '2022-10-24T11:00:00')];
    const merged = mergePhotos(current, [photo('c', '2022-10-24T09:00:00'), { ...current[0]!, caption: 'new' }]);
    expect(merged.map((p) => [p.id, p.caption])).toEqual([
      ['a', 'new'],
      ['b', ''],
      ['c', ''],
    ]);
    expect(mergePhotos(current, [])).toBe(current);
  });
});

describe('the route', () => {
  it('orders photos with GPS and placed entries by wall-clock time and collapses repeated spots', () => {
    const dinner = entry('dinner', '2022-10-24T19:00', { place: { name: 'Port Said', lat: 32.06, lng: 34.77 } });
    const unplaced = entry('talk', '2022-10-24T10:30');
    const doc = trip(
      [dinner, unplaced],
      [
        photo('late', '2022-10-25T01:30:00', { day: '2022-10-24', gps: { lat: 32.08, lng: 34.78 } }),
        photo('morning', '2022-10-24T10:34:00', { gps: { lat: 32.08, lng: 34.78 } }),
        photo('noon', '2022-10-24T12:00:00', { gps: { lat: 32.08, lng: 34.78 } }),
        photo('no-gps', '2022-10-24T11:00:00'),
        photo('other-day', '2022-10-25T10:00:00', { gps: { lat: 31.77, lng: 35.21 } }),
      ],
    );
    const day = routePoints(doc, '2022-10-24');
    expect(day.map((p) => `${p.kind}:${p.id}`)).toEqual(['photo:morning', 'photo:noon', 'entry:dinner', 'photo:late']);
    expect(routeLine(day)).toEqual([
      [32.08, 34.78],
      [32.06, 34.77],
      [32.08, 34.78],
    ]);
    expect(routePoints(doc, null).map((p) => p.id)).toEqual(['morning', 'noon', 'dinner', 'late', 'other-day']);
  });
});

describe('camera shifts as typed', () => {
  it('reads hours, minutes, signs (also the Unicode minus the UI shows) and refuses nonsense', () => {
    expect(parseShift('-6')).toBe(-360);
    expect(parseShift('−6:00')).toBe(-360);
    expect(parseShift('+1:30')).toBe(90);
    expect(parseShift('-0:45')).toBe(-45);
    expect(parseShift(' 6 h ')).toBe(360);
    expect(parseShift('6:75')).toBeNull();
    expect(parseShift('49')).toBeNull();
    expect(parseShift('six')).toBeNull();
    expect(formatShift(-360)).toBe('−6:00');
    expect(formatShift(90)).toBe('+1:30');
    expect(formatShift(0)).toBe('±0:00');
    expect(parseShift(formatShift(-45))).toBe(-45);
  });
});

describe('grid rows', () => {
  it('fits columns to the width and lays out a header, tile rows and an empty hint per group', () => {
    expect(gridColumns(800)).toEqual({ columns: 5, tile: 153 });
    expect(gridColumns(100).columns).toBe(1);
    const doc = trip([entry('k', '2022-10-24T10:30')], Array.from({ length: 7 }, (_, i) => photo(`p${i}`, `2022-10-24T1${i}:00:00`)));
    const rows = gridRows(groupDayByEntry(doc, '2022-10-24'), 3, 100);
    expect(rows.map((r) => (r.type === 'photos' ? r.photos.length : r.type))).toEqual(['header', 'empty', 'header', 3, 3, 1]);
  });
});
