import { describe, expect, it } from 'vitest';
import { outsideTrip, sessionDay } from '../../../electron/shared/domain/programme-days';
import { mergeProgramme, sessionIdFor } from '../../../electron/shared/domain/programme-merge';
import { sessionsAround, starredConflicts } from '../../../electron/shared/domain/programme-overlap';
import { instantOfWallClock, offsetMinutesAt, wallClockAt } from '../../../electron/shared/domain/programme-time';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';

const iso = (ms: number) => new Date(ms).toISOString();

describe('venue wall clock through the instant', () => {
  it('converts both ways, whatever the computer\'s own zone', () => {
    expect(wallClockAt(Date.parse('2022-10-24T07:30:00Z'), 'Asia/Jerusalem')).toBe('2022-10-24T10:30');
    expect(iso(instantOfWallClock('2022-10-24T10:30', 'Asia/Jerusalem'))).toBe('2022-10-24T07:30:00.000Z');
    expect(wallClockAt(Date.parse('2024-06-18T16:00:00Z'), 'America/Los_Angeles')).toBe('2024-06-18T09:00');
    expect(offsetMinutesAt(Date.parse('2024-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('reads a time skipped by the spring-forward jump as the clock would show it, and the repeated hour as its first pass', () => {
    // Vienna, 2024-03-31: 02:00 → 03:00.
    expect(wallClockAt(instantOfWallClock('2024-03-31T02:30', 'Europe/Vienna'), 'Europe/Vienna')).toBe('2024-03-31T03:30');
    // 2024-10-27: 02:00–03:00 happens twice; the first (summer time) is taken.
    expect(iso(instantOfWallClock('2024-10-27T02:30', 'Europe/Vienna'))).toBe('2024-10-27T00:30:00.000Z');
  });
});

describe('conference days', () => {
  it('keeps sessions before the day-start hour on the evening before; all-day items on their date', () => {
    expect(sessionDay('2024-07-24T00:30', false, 4)).toBe('2024-07-23');
    expect(sessionDay('2024-07-24T04:00', false, 4)).toBe('2024-07-24');
    expect(sessionDay('2024-07-24T00:00', true, 4)).toBe('2024-07-24');
  });

  it('finds sessions outside the trip, travel days counting as the trip\'s', () => {
    const trip = { start: '2024-07-22', end: '2024-07-24', travelDaysBefore: 1, travelDaysAfter: 0 };
    expect(outsideTrip(['2024-07-21', '2024-07-24'], trip)).toBeNull();
    expect(outsideTrip(['2024-07-20', '2024-07-22', '2024-07-25'], trip)).toEqual({
      fileFirst: '2024-07-20', fileLast: '2024-07-25', tripFirst: '2024-07-21', tripLast: '2024-07-24', outside: 2, total: 3,
    });
  });
});

let n = 0;
function session(over: Partial<ProgrammeSession>): ProgrammeSession {
  const start = over.start ?? '2024-07-22T10:00';
  const end = over.end ?? '2024-07-22T11:00';
  return {
    id: over.id ?? `s${n++}`, sourceUid: '', title: 'T', start, end, startAt: `${start}:00.000Z`, endAt: `${end}:00.000Z`,
    day: start.slice(0, 10), allDay: false, room: '', track: '', speakers: [], url: '', abstract: '', cancelled: false, removed: false, starred: false,
    ...over,
  };
}

describe('plans', () => {
  it('ignores cancelled, removed and all-day sessions in conflicts and in what is running', () => {
    const a = session({ id: 'a', starred: true });
    const cancelled = session({ id: 'c', starred: true, cancelled: true });
    const allDay = session({ id: 'd', starred: true, allDay: true, start: '2024-07-22T00:00', end: '2024-07-23T00:00' });
    const b = session({ id: 'b', starred: true, start: '2024-07-22T10:59', end: '2024-07-22T12:00' });
    expect(starredConflicts([a, cancelled, allDay, b])).toEqual([{ a: 'a', b: 'b', minutes: 1 }]);
    expect(sessionsAround([a, cancelled, allDay, b], '2024-07-22T10:30').map((s) => s.id)).toEqual(['a']);
  });
});

describe('re-import matching', () => {
  it('does not guess between two sessions with the same title: they are removed and added instead', () => {
    const old = [session({ id: 'x', title: 'Poster session', start: '2024-07-22T10:00' }), session({ id: 'y', title: 'Poster session', start: '2024-07-23T10:00' })];
    const fresh = [session({ id: 'n1', title: 'Poster session', start: '2024-07-22T15:00' }), session({ id: 'n2', title: 'Poster session', start: '2024-07-23T15:00' })];
    const result = mergeProgramme(old, fresh, () => false);
    expect(result.added.map((s) => s.id)).toEqual(['n1', 'n2']);
    expect(result.removed.map((r) => r.session.id)).toEqual(['x', 'y']);
  });

  it('brings a removed session back when it returns, and never reuses an id', () => {
    const gone = session({ id: 'k', sourceUid: 'u', removed: true, starred: true });
    const result = mergeProgramme([gone], [session({ id: 'k', sourceUid: 'other' }), session({ id: 'z', sourceUid: 'u' })], () => true);
    expect(result.sessions.map((s) => [s.id, s.sourceUid, s.removed, s.starred])).toEqual([
      ['k-2', 'other', false, false],
      ['k', 'u', false, true],
    ]);
    expect(result.changed[0]!.changes).toEqual([{ field: 'removed', from: true, to: false }]);
  });

  it('derives short, typeable, stable ids', () => {
    expect(sessionIdFor('29aecfd7-2e44-4f49-ab86-29b5e0877325')).toBe(sessionIdFor('29aecfd7-2e44-4f49-ab86-29b5e0877325'));
    expect(sessionIdFor('a')).not.toBe(sessionIdFor('b'));
    expect(sessionIdFor('anything at all')).toMatch(/^s[0-9a-z]{1,12}$/);
  });
});
