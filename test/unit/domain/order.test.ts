import { describe, expect, it } from 'vitest';
import { dayStats, entriesOfDay, entryDay } from '../../../electron/shared/domain/days';
import { byEntryTime, inTimeOrder, paperEntries } from '../../../electron/shared/domain/order';
import { entry, photo, trip } from './fixtures';

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('entry order', () => {
  it('sorts by start, then the one written first, then by id', () => {
    const late = entry('a-late', '2022-10-24T11:00');
    const second = entry('b-second', '2022-10-24T10:30', { createdAt: '2022-10-24T08:00:02.000Z' });
    const first = entry('z-first', '2022-10-24T10:30', { createdAt: '2022-10-24T08:00:01.000Z' });
    const twinB = entry('twin-b', '2022-10-24T09:00');
    const twinA = entry('twin-a', '2022-10-24T09:00');
    expect(ids(inTimeOrder([late, second, first, twinB, twinA]))).toEqual(['twin-a', 'twin-b', 'z-first', 'b-second', 'a-late']);
  });

  it('is a total order: symmetric, and an entry ties only with itself', () => {
    const a = entry('a', '2022-10-24T10:30');
    const b = entry('b', '2022-10-24T10:30');
    expect(byEntryTime(a, b)).toBe(-1);
    expect(byEntryTime(b, a)).toBe(1);
    expect(byEntryTime(a, a)).toBe(0);
  });

  it('leaves its input as it was', () => {
    const list = [entry('b', '2022-10-24T11:00'), entry('a', '2022-10-24T10:00')];
    inTimeOrder(list);
    expect(ids(list)).toEqual(['b', 'a']);
  });

  it('lists the entries about each paper in time order, and none without a paper', () => {
    const poster = entry('poster', '2022-10-24T15:30', { paperId: 'raft' });
    const talk = entry('talk', '2022-10-24T10:30', { paperId: 'raft' });
    const other = entry('other', '2022-10-25T10:00', { paperId: 'nerf' });
    const note = entry('note', '2022-10-24T12:00');
    const map = paperEntries([poster, note, other, talk]);
    expect([...map.keys()]).toEqual(['raft', 'nerf']);
    expect(ids(map.get('raft')!)).toEqual(['talk', 'poster']);
    expect(ids(map.get('nerf')!)).toEqual(['other']);
  });
});

describe('entries of a day', () => {
  // Day starts at 04:00: a 01:30 dinner belongs to the evening before.
  const dinner = entry('dinner', '2022-10-25T01:30');
  const talk = entry('talk', '2022-10-24T10:30');
  const keynote = entry('keynote', '2022-10-24T09:00');
  const posters = entry('posters', '2022-10-25T11:00');
  const doc = trip([dinner, talk, keynote, posters], [photo('p1', '2022-10-24T12:00'), photo('p2', '2022-10-24T13:00')]);

  it('gives an after-midnight entry to the evening before', () => {
    expect(entryDay(doc, dinner)).toBe('2022-10-24');
    expect(entryDay(doc, posters)).toBe('2022-10-25');
  });

  it('lists a day in time order, the small hours last', () => {
    expect(ids(entriesOfDay(doc, '2022-10-24'))).toEqual(['keynote', 'talk', 'dinner']);
    expect(entriesOfDay(doc, '2022-10-26')).toEqual([]);
  });

  it('counts entries and photos per trip day', () => {
    expect(dayStats(doc).map(({ date, entries, photos }) => ({ date, entries, photos }))).toEqual([
      { date: '2022-10-24', entries: 3, photos: 2 },
      { date: '2022-10-25', entries: 1, photos: 0 },
    ]);
  });
});
