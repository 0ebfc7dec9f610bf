import { describe, expect, it } from 'vitest';
import { composeLocal, splitLocal, startAndEnd } from '../../../electron/shared/domain/wall-clock';

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
