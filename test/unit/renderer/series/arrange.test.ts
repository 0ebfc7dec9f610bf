import { describe, expect, it } from 'vitest';
import type { Part, Section } from '../../../../electron/shared/schemas/series';
import {
  addPart,
  defaultPartTitle,
  dropTarget,
  isDraftId,
  mergeWithNext,
  movePart,
  moveSection,
  nudgeSection,
  partTitle,
  removePart,
  splitPart,
  toPartInputs,
  updatePart,
} from '../../../../renderer/features/series/arrange';

const day = (date: string): Section => ({ type: 'day', date });
const entry = (entryId: string): Section => ({ type: 'entry', entryId });
const part = (id: string, sections: Section[], extra: Partial<Part> = {}): Part => ({ id, title: '', intro: '', outro: '', sections, ...extra });

/** The arrangement as short strings, to compare whole results at a glance. */
const shape = (parts: Part[]) => parts.map((p) => `${p.id}: ${p.sections.map((s) => (s.type === 'day' ? s.date.slice(5) : s.entryId)).join(' ')}`);

const start = (): Part[] => [
  part('p1', [day('2022-10-22'), day('2022-10-23')], { title: 'Getting there', intro: 'Seoul → Tel Aviv' }),
  part('p2', [day('2022-10-24'), entry('talk1')], { coverPhotoId: 'ph1' }),
  part('p3', [day('2022-10-25')], { intro: 'Posters' }),
];

describe('arrangement operations', () => {
  it('never change the array they are given', () => {
    const parts = start();
    const frozen = JSON.stringify(parts);
    mergeWithNext(parts, 0);
    splitPart(parts, 0, 1);
    moveSection(parts, 'day:2022-10-24', { part: 0, index: 0 });
    removePart(parts, 1);
    updatePart(parts, 0, { title: 'x', coverPhotoId: null });
    expect(JSON.stringify(parts)).toBe(frozen);
  });

  it('merges a part with the next: sections joined, first title kept, both intros kept, a cover taken over when missing', () => {
    const merged = mergeWithNext(start(), 0);
    expect(shape(merged)).toEqual(['p1: 10-22 10-23 10-24 talk1', 'p3: 10-25']);
    expect(merged[0]).toMatchObject({ title: 'Getting there', intro: 'Seoul → Tel Aviv', coverPhotoId: 'ph1' });
    const second = mergeWithNext(start(), 1);
    expect(second[1]).toMatchObject({ id: 'p2', intro: 'Posters', coverPhotoId: 'ph1' });
    // The last part has no next one: nothing changes.
    expect(shape(mergeWithNext(start(), 2))).toEqual(shape(start()));
  });

  it('splits a part before a section into a new part right after it', () => {
    const split = splitPart(start(), 1, 1, 'new');
    expect(shape(split)).toEqual(['p1: 10-22 10-23', 'p2: 10-24', 'new: talk1', 'p3: 10-25']);
    expect(split[2]).toMatchObject({ title: '', intro: '' });
    // Splitting before the first section (or past the end) would leave an empty part.
    expect(shape(splitPart(start(), 1, 0))).toEqual(shape(start()));
    expect(shape(splitPart(start(), 1, 2))).toEqual(shape(start()));
  });

  it('moves a section within a part (sortable semantics) and across parts (before the section dropped on)', () => {
    expect(shape(moveSection(start(), 'day:2022-10-22', { part: 0, index: 1 }))).toEqual(['p1: 10-23 10-22', 'p2: 10-24 talk1', 'p3: 10-25']);
    expect(shape(moveSection(start(), 'day:2022-10-23', { part: 1, index: 1 }))).toEqual(['p1: 10-22', 'p2: 10-24 10-23 talk1', 'p3: 10-25']);
    // An index past the end appends; null takes the section out of every part.
    expect(shape(moveSection(start(), 'entry:talk1', { part: 2, index: 99 }))).toEqual(['p1: 10-22 10-23', 'p2: 10-24', 'p3: 10-25 talk1']);
    expect(shape(moveSection(start(), 'entry:talk1', null))).toEqual(['p1: 10-22 10-23', 'p2: 10-24', 'p3: 10-25']);
    // A section from "not in any part" is added where it is dropped.
    expect(shape(moveSection(start(), 'entry:meal1', { part: 0, index: 0 }))).toEqual(['p1: meal1 10-22 10-23', 'p2: 10-24 talk1', 'p3: 10-25']);
    // Unknown keys and parts change nothing.
    expect(shape(moveSection(start(), 'nonsense', { part: 0, index: 0 }))).toEqual(shape(start()));
    expect(shape(moveSection(start(), 'day:2022-10-22', { part: 9, index: 0 }))).toEqual(shape(start()));
  });

  it('nudges a section up and down, crossing into the neighbouring part at an edge', () => {
    expect(shape(nudgeSection(start(), 'day:2022-10-23', -1))).toEqual(['p1: 10-23 10-22', 'p2: 10-24 talk1', 'p3: 10-25']);
    expect(shape(nudgeSection(start(), 'day:2022-10-23', 1))).toEqual(['p1: 10-22', 'p2: 10-23 10-24 talk1', 'p3: 10-25']);
    expect(shape(nudgeSection(start(), 'day:2022-10-24', -1))).toEqual(['p1: 10-22 10-23 10-24', 'p2: talk1', 'p3: 10-25']);
    expect(shape(nudgeSection(start(), 'day:2022-10-22', -1))).toEqual(shape(start()));
    expect(shape(nudgeSection(start(), 'day:2022-10-25', 1))).toEqual(shape(start()));
  });

  it('adds, removes and reorders parts; a removed part leaves its sections unplaced, not moved', () => {
    const added = addPart(start());
    expect(added).toHaveLength(4);
    expect(isDraftId(added[3]!.id)).toBe(true);
    expect(added[3]).toMatchObject({ title: '', intro: '', sections: [] });
    expect(addPart(start(), 0, 'first')[0]!.id).toBe('first');
    expect(shape(removePart(start(), 1))).toEqual(['p1: 10-22 10-23', 'p3: 10-25']);
    expect(shape(movePart(start(), 2, 0))).toEqual(['p3: 10-25', 'p1: 10-22 10-23', 'p2: 10-24 talk1']);
    expect(shape(movePart(start(), 0, 5))).toEqual(shape(start()));
  });

  it('renames, sets the intro and the cover; null clears the cover', () => {
    const renamed = updatePart(start(), 2, { title: '포스터의 날', intro: 'Q&A' });
    expect(renamed[2]).toMatchObject({ title: '포스터의 날', intro: 'Q&A' });
    expect('coverPhotoId' in updatePart(start(), 1, { coverPhotoId: null })[1]!).toBe(false);
    expect(updatePart(start(), 0, { coverPhotoId: 'ph9' })[0]!.coverPhotoId).toBe('ph9');
  });

  it('sends new parts without an id and no cover as null, as series.update expects', () => {
    const inputs = toPartInputs(addPart(start()));
    expect(inputs[0]).toEqual({ id: 'p1', title: 'Getting there', intro: 'Seoul → Tel Aviv', outro: '', coverPhotoId: null, sections: start()[0]!.sections });
    expect(inputs[1]!.coverPhotoId).toBe('ph1');
    expect('id' in inputs[3]!).toBe(false);
  });

  it('finds where a drop lands: a section, an empty part, or "not in any part"', () => {
    const parts = [...start(), part('empty', [])];
    expect(dropTarget(parts, 'entry:talk1')).toEqual({ part: 1, index: 1 });
    expect(dropTarget(parts, 'part:empty')).toEqual({ part: 3, index: 0 });
    expect(dropTarget(parts, 'part:p1')).toEqual({ part: 0, index: 2 });
    expect(dropTarget(parts, 'unplaced')).toBeNull();
    // An item of "not in any part" (no part holds it).
    expect(dropTarget(parts, 'entry:meal1')).toBeNull();
    expect(dropTarget(parts, 'part:gone')).toBeUndefined();
    expect(dropTarget(parts, 'whatever')).toBeUndefined();
  });

  it('names a part without a title "<series title> N"', () => {
    expect(defaultPartTitle('텔 아비브와 ECCV 2022 여행기', 0)).toBe('텔 아비브와 ECCV 2022 여행기 1');
    expect(partTitle('Trip', start(), 0)).toBe('Getting there');
    expect(partTitle('Trip', start(), 2)).toBe('Trip 3');
  });
});
