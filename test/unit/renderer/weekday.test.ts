import { describe, expect, it } from 'vitest';
import { weekday } from '../../../renderer/features/journal/weekday';

describe('day strip weekdays', () => {
  it('writes the weekday exactly as Intl does, in English, Korean and any other language', () => {
    for (const language of ['en', 'ko', 'de', 'ja']) {
      const format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) {
        const at = new Date(Date.UTC(2022, 9, 23 + d)); // a calendar day, read in UTC
        expect(weekday(at, language)).toBe(format.format(at));
      }
    }
  });
});
