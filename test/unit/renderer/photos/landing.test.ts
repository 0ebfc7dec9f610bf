import { describe, expect, it } from 'vitest';
import { landingOf } from '../../../../renderer/features/photos/photosSlice';
import { photo } from '../../domain/fixtures';

describe('where an import landed', () => {
  it('counts the new photos per day, in day order, and those on no entry', () => {
    const photos = [
      photo('old', '2022-10-22T10:00'),
      photo('a', '2022-10-24T10:35', { entryId: 'raft' }),
      photo('b', '2022-10-24T10:40', { entryId: 'raft' }),
      photo('c', '2022-10-24T15:40', { entryId: 'poster' }),
      photo('d', '2022-10-24T21:00'),
      photo('e', '2022-10-23T09:00', { entryId: 'x' }),
    ];
    expect(landingOf(photos, new Set(['a', 'b', 'c', 'd', 'e']))).toEqual({
      landed: [
        { day: '2022-10-23', count: 1 },
        { day: '2022-10-24', count: 4 },
      ],
      unsorted: 1,
    });
    expect(landingOf(photos, new Set())).toEqual({ landed: [], unsorted: 0 });
  });
});
