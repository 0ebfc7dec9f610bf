import { describe, expect, it } from 'vitest';
import { suggestParts } from '../../../electron/shared/domain/suggest';
import { entry, photo, trip } from './fixtures';

describe('suggested split', () => {
  it('gives travel days before and after one part each, one part per conference day, and leaves no busy day out', () => {
    const doc = trip([entry('prep', '2022-10-19T20:00')], [photo('late', '2022-10-29T09:00')]);
    doc.trip.travelDaysBefore = 1;
    doc.trip.travelDaysAfter = 2;
    let n = 0;
    const parts = suggestParts(doc, () => `p${++n}`);
    expect(parts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(parts.map((p) => p.sections.map((s) => (s.type === 'day' ? s.date : s.entryId)))).toEqual([
      ['2022-10-19', '2022-10-23'],
      ['2022-10-24'],
      ['2022-10-25'],
      ['2022-10-26', '2022-10-27', '2022-10-29'],
    ]);
    expect(parts.every((p) => p.title === '' && p.intro === '' && p.outro === '')).toBe(true);
  });
});
