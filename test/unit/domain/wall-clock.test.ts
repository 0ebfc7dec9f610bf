import { describe, expect, it } from 'vitest';
import { composeLocal, splitLocal, startAndEnd, timeRange, todayAtVenue } from '../../../electron/shared/domain/wall-clock';

describe('editor times', () => {
  it('shows a small-hours time on the day it belongs to, and stores it on the next date', () => {
    expect(splitLocal('2022-10-25T01:30', 4)).toEqual({ day: '2022-10-24', time: '01:30' });
    expect(composeLocal('2022-10-24', '01:30', 4)).toBe('2022-10-25T01:30');
    expect(composeLocal('2022-10-24', '10:30', 4)).toBe('2022-10-24T10:30');
  });

  it('runs an end before the start past midnight and clears an empty end', () => {
    expect(startAndEnd('2022-10-24', '21:00', '00:30', 4)).toEqual({ start: '2022-10-24T21:00', end: '2022-10-25T00:30' });
    expect(startAndEnd('2022-10-24', '10:30', '10:45', 4)).toEqual({ start: '2022-10-24T10:30', end: '2022-10-24T10:45' });
    expect(startAndEnd('2022-10-24', '10:30', '', 4)).toEqual({ start: '2022-10-24T10:30', end: null });
  });
});

describe('today at the venue', () => {
  const tripAt = { timeZone: 'Asia/Jerusalem', dayStartHour: 4 };

  it('is the venue\'s date, whatever the computer\'s zone', () => {
    // 22:30 UTC on the 24th is 01:30 on the 25th in Tel Aviv: still the evening of the 24th.
    expect(todayAtVenue(tripAt, new Date('2022-10-24T22:30:00Z'))).toBe('2022-10-24');
    // 01:30 UTC is 04:30 in Tel Aviv: the 25th has begun.
    expect(todayAtVenue(tripAt, new Date('2022-10-25T01:30:00Z'))).toBe('2022-10-25');
  });
});

describe('time range', () => {
  it('shows both ends of a range and one time for an entry without an end (or ending as it starts)', () => {
    expect(timeRange({ start: '2022-10-24T17:30', end: '2022-10-24T19:00' })).toBe('17:30–19:00');
    expect(timeRange({ start: '2022-10-24T17:30' })).toBe('17:30');
    expect(timeRange({ start: '2022-10-24T17:30', end: '2022-10-24T17:30' })).toBe('17:30');
  });
});
