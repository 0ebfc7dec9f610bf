import { describe, expect, it } from 'vitest';
import { captureStart, defaultDay, mealAt, newEntryStart } from '../../../electron/shared/domain/new-entry';
import { wallClockInZone } from '../../../electron/shared/domain/wall-clock';
import { entry, trip as tripDoc } from './fixtures';

describe('now in the trip zone', () => {
  it('reads the wall clock in the venue zone, whatever the computer zone', () => {
    // 07:34 UTC is 10:34 in Tel Aviv (IDT, UTC+3) and 16:34 in Seoul.
    const at = new Date('2022-10-24T07:34:56Z');
    expect(wallClockInZone('Asia/Jerusalem', at)).toBe('2022-10-24T10:34');
    expect(wallClockInZone('Asia/Seoul', at)).toBe('2022-10-24T16:34');
    // Midnight is 00, not 24.
    expect(wallClockInZone('UTC', new Date('2022-10-24T00:05:00Z'))).toBe('2022-10-24T00:05');
  });

  // Trip of fixtures.ts: 2022-10-24 and 25 in Tel Aviv (UTC+3), day starts at 04:00.
  const doc = (entries: ReturnType<typeof entry>[] = []) => tripDoc(entries, []);

  it('captures at now when the selected day is today in the venue zone', () => {
    expect(captureStart(doc(), '2022-10-24', new Date('2022-10-24T07:34:00Z'))).toBe('2022-10-24T10:34');
    // 01:30 on the 26th still belongs to the 25th (the day starts at 04:00).
    expect(captureStart(doc(), '2022-10-25', new Date('2022-10-25T22:30:00Z'))).toBe('2022-10-26T01:30');
  });

  it('on any other day, adds after the day\'s last entry as the Add buttons do (not at the clock time)', () => {
    const talk = entry('raft', '2022-10-24T10:30', { end: '2022-10-24T10:50' });
    const poster = entry('poster', '2022-10-24T15:30');
    // Writing up the 24th on the evening of the 25th, at 08:06 the next morning, or months later.
    expect(captureStart(doc([talk]), '2022-10-24', new Date('2022-10-25T05:06:00Z'))).toBe('2022-10-24T10:50');
    expect(captureStart(doc([talk, poster]), '2022-10-24', new Date('2023-03-01T12:15:00Z'))).toBe('2022-10-24T15:30');
    expect(captureStart(doc(), '2022-10-25', new Date('2023-03-01T12:15:00Z'))).toBe('2022-10-25T09:00');
  });

  it('falls back to today, else the first day, when no trip day is selected', () => {
    expect(captureStart(doc(), null, new Date('2022-10-25T07:00:00Z'))).toBe('2022-10-25T10:00');
    expect(captureStart(doc(), null, new Date('2023-03-01T12:15:00Z'))).toBe('2022-10-24T09:00');
    expect(captureStart(doc(), '1999-01-01', new Date('2023-03-01T12:15:00Z'))).toBe('2022-10-24T09:00');
  });

  it('guesses the meal from the time', () => {
    expect(mealAt('2022-10-24T07:45')).toBe('breakfast');
    expect(mealAt('2022-10-24T12:30')).toBe('lunch');
    expect(mealAt('2022-10-24T16:00')).toBe('snack');
    expect(mealAt('2022-10-24T19:30')).toBe('dinner');
    expect(mealAt('2022-10-25T01:30')).toBe('dinner');
  });
});

describe('the day a trip opens on', () => {
  const { trip: tripOf } = tripDoc([], []);

  it('is today at the venue while the trip is on, the small hours still counting for the evening before', () => {
    expect(defaultDay(tripOf, new Date('2022-10-25T07:00:00Z'))).toBe('2022-10-25');
    // 01:30 on the 26th in Tel Aviv: the 25th's evening, not a day after the trip.
    expect(defaultDay(tripOf, new Date('2022-10-25T22:30:00Z'))).toBe('2022-10-25');
  });

  it('is the first conference day before or after the trip', () => {
    expect(defaultDay(tripOf, new Date('2022-09-01T12:00:00Z'))).toBe('2022-10-24');
    expect(defaultDay(tripOf, new Date('2023-03-01T12:15:00Z'))).toBe('2022-10-24');
  });
});

describe('a new entry\'s start', () => {
  const doc = (entries: ReturnType<typeof entry>[] = []) => tripDoc(entries, []);

  it('follows the day\'s last entry by its end, or its start when it has none', () => {
    const later = new Date('2023-03-01T12:15:00Z');
    const dinner = entry('dinner', '2022-10-24T21:00', { end: '2022-10-25T00:30' });
    expect(newEntryStart(doc([dinner]), '2022-10-24', later)).toBe('2022-10-25T00:30');
    expect(newEntryStart(doc([entry('talk', '2022-10-24T10:30')]), '2022-10-24', later)).toBe('2022-10-24T10:30');
  });
});
