import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../renderer/features/editor/TimeInput';

describe('typing a time of day', () => {
  it('reads 24-hour times with or without the colon', () => {
    expect(parseTime('10:30')).toBe('10:30');
    expect(parseTime(' 1030 ')).toBe('10:30');
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('905')).toBe('09:05');
    expect(parseTime('9')).toBe('09:00');
    expect(parseTime('0:00')).toBe('00:00');
    expect(parseTime('23.59')).toBe('23:59');
  });

  it('refuses what is no time of day', () => {
    for (const text of ['', '24:00', '10:60', '10:3', '12345', 'ten', '10:30 PM', '-1']) expect(parseTime(text)).toBeNull();
  });
});
