import { describe, expect, it } from 'vitest';
import { addDays, dayOfLocalTime, tripDays } from '../../../electron/shared/domain/days';
import { TripDocument, TRIP_SCHEMA_VERSION } from '../../../electron/shared/schemas/document';
import { Entry, EntryCreateInput, EntryFieldsInput, ENTRY_KINDS } from '../../../electron/shared/schemas/entry';
import { Paper } from '../../../electron/shared/schemas/paper';
import { Instant, LocalDate, LocalDateTime, TimeZone } from '../../../electron/shared/schemas/time';
import { Trip, TripCreateInput, TripPatch } from '../../../electron/shared/schemas/trip';

const NOW = '2022-10-24T07:30:00.000Z';
const trip = {
  id: 'trip1',
  title: '텔 아비브와 ECCV 2022',
  start: '2022-10-22',
  end: '2022-10-28',
  timeZone: 'Asia/Jerusalem',
  homeTimeZone: 'Asia/Seoul',
  createdAt: NOW,
  updatedAt: NOW,
};

describe('time values', () => {
  it('accepts wall-clock strings and refuses impossible ones', () => {
    expect(LocalDateTime.parse('2022-10-24T10:30')).toBe('2022-10-24T10:30');
    expect(LocalDateTime.parse('2022-10-24T10:30:59')).toBe('2022-10-24T10:30:59');
    for (const bad of ['2022-10-24 10:30', '2022-10-24T24:00', '2022-02-30T10:00', '2022-10-24T10:60', '2022-10-24T10:30Z', '2022-10-24T10:30+03:00']) {
      expect(LocalDateTime.safeParse(bad).success, bad).toBe(false);
    }
    expect(LocalDate.safeParse('2024-02-29').success).toBe(true);
    expect(LocalDate.safeParse('2023-02-29').success).toBe(false);
  });

  it('takes only IANA zones and UTC instants', () => {
    expect(TimeZone.safeParse('Asia/Jerusalem').success).toBe(true);
    expect(TimeZone.safeParse('Pacific/Kiritimati').success).toBe(true);
    expect(TimeZone.safeParse('Mars/Olympus').success).toBe(false);
    expect(TimeZone.safeParse('').success).toBe(false);
    expect(Instant.safeParse(NOW).success).toBe(true);
    expect(Instant.safeParse('2022-10-24T10:30:00+03:00').success).toBe(false);
  });
});

describe('trip', () => {
  it('fills defaults and keeps Hangul as typed', () => {
    const t = Trip.parse(trip);
    expect(t.title).toBe('텔 아비브와 ECCV 2022');
    expect(t).toMatchObject({ travelDaysBefore: 0, travelDaysAfter: 0, dayStartHour: 4, days: {}, conference: '' });
  });

  it('refuses an end before the start and names the field', () => {
    const r = TripCreateInput.safeParse({ ...trip, id: undefined, createdAt: undefined, updatedAt: undefined, end: '2022-10-21' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('end');
  });

  it('refuses trips over 60 days, empty titles and unknown fields', () => {
    const base = { title: 'x', start: '2022-10-01', end: '2022-12-31', timeZone: 'UTC', homeTimeZone: 'UTC' };
    expect(TripCreateInput.safeParse(base).success).toBe(false);
    expect(TripCreateInput.safeParse({ ...base, end: '2022-10-02', title: '   ' }).success).toBe(false);
    expect(TripCreateInput.safeParse({ ...base, end: '2022-10-02', colour: 'red' }).success).toBe(false);
    expect(TripPatch.safeParse({ id: 'other' }).success).toBe(false);
  });

  it('lists every day with travel days, 1-based', () => {
    const days = tripDays({ start: '2022-10-22', end: '2022-10-28', travelDaysBefore: 1, travelDaysAfter: 2 });
    expect(days).toHaveLength(10);
    expect(days[0]).toEqual({ date: '2022-10-21', index: 1, number: 0, kind: 'travel-before' });
    expect(days[3]).toEqual({ date: '2022-10-24', index: 4, number: 3, kind: 'conference' });
    expect(days.at(-1)).toEqual({ date: '2022-10-30', index: 10, number: 0, kind: 'travel-after' });
  });

  it('crosses month ends and DST changes by calendar days', () => {
    // Israel left DST on 2022-10-30; Seoul has none; the day list must not care.
    expect(addDays('2022-10-30', 1)).toBe('2022-10-31');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('keeps a 01:30 dinner on the evening before', () => {
    expect(dayOfLocalTime('2022-10-25T01:30', 4)).toBe('2022-10-24');
    expect(dayOfLocalTime('2022-10-25T04:00', 4)).toBe('2022-10-25');
    expect(dayOfLocalTime('2022-10-25T01:30', 0)).toBe('2022-10-25');
  });
});

describe('entries', () => {
  const common = { id: 'e1', start: '2022-10-24T10:30', createdAt: NOW, updatedAt: NOW };

  it('parses every kind with its own defaults', () => {
    for (const kind of ENTRY_KINDS) expect(Entry.parse({ ...common, kind }).kind).toBe(kind);
    expect(Entry.parse({ ...common, kind: 'talk' })).toMatchObject({ format: 'oral', speakers: [], session: '' });
    expect(Entry.parse({ ...common, kind: 'poster' })).toMatchObject({ board: '', qa: [] });
    // issue #9.11: a meal without a type has none (the export infers it from the time), never "lunch".
    const meal = Entry.parse({ ...common, kind: 'meal' });
    expect(meal).toMatchObject({ rating: 0, price: '', link: '' });
    expect(meal.kind === 'meal' && meal.meal).toBeUndefined();
  });

  it('refuses bad values per kind', () => {
    expect(Entry.safeParse({ ...common, kind: 'meal', rating: 6 }).success).toBe(false);
    expect(Entry.safeParse({ ...common, kind: 'talk', format: 'poster' }).success).toBe(false);
    expect(Entry.safeParse({ ...common, kind: 'lecture' }).success).toBe(false);
    expect(Entry.safeParse({ ...common, kind: 'place', place: { name: 'x', lat: 91 } }).success).toBe(false);
  });

  it('input schemas are strict and require a start on create', () => {
    expect(EntryFieldsInput.safeParse({ colour: 'red' }).success).toBe(false);
    expect(EntryFieldsInput.safeParse({ end: null, place: null }).success).toBe(true);
    expect(EntryCreateInput.safeParse({ kind: 'note' }).success).toBe(false);
    expect(EntryCreateInput.safeParse({ kind: 'note', start: '2022-10-24T10:30' }).success).toBe(true);
  });
});

describe('document', () => {
  it('fills empty collections and pins the schema version', () => {
    const doc = TripDocument.parse({ schemaVersion: TRIP_SCHEMA_VERSION, trip });
    expect(doc).toMatchObject({ entries: [], papers: [], photos: [], cameras: [], series: [] });
    expect(TripDocument.safeParse({ schemaVersion: TRIP_SCHEMA_VERSION + 1, trip }).success).toBe(false);
  });

  it('papers need a real URL', () => {
    const p = { id: 'p', key: 'arxiv:1', source: 'arxiv', createdAt: NOW, updatedAt: NOW };
    expect(Paper.safeParse({ ...p, url: 'https://arxiv.org/abs/2007.10909' }).success).toBe(true);
    expect(Paper.safeParse({ ...p, url: 'not a url' }).success).toBe(false);
  });
});
