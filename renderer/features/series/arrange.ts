import type { Part, PartInput, Section } from '../../../electron/shared/schemas/series';

/**
 * Pure operations on a series' ordered parts. Each returns a new array (the
 * input is never changed), so the slice can apply one optimistically and
 * still hold the previous arrangement for a rollback.
 *
 * Parts made here have a draft id ("draft:…") until the service answers with
 * a real one: real ids never contain a colon, and `toPartInputs` leaves draft
 * ids out, which is how the contract asks for new parts.
 */

const DRAFT = 'draft:';
let draftCounter = 0;

export const newDraftId = (): string => `${DRAFT}${++draftCounter}`;
export const isDraftId = (id: string): boolean => id.startsWith(DRAFT);

/** A key unique within one series: a day or an entry is placed at most once. */
export type SectionKey = `day:${string}` | `entry:${string}`;

export function sectionKey(section: Section): SectionKey {
  return section.type === 'day' ? `day:${section.date}` : `entry:${section.entryId}`;
}

export function sectionOfKey(key: string): Section | null {
  if (key.startsWith('day:')) return { type: 'day', date: key.slice(4) };
  if (key.startsWith('entry:')) return { type: 'entry', entryId: key.slice(6) };
  return null;
}

/** Where a section sits: part index and position inside it; null when it is in no part. */
export function locateSection(parts: readonly Part[], key: string): { part: number; index: number } | null {
  for (let p = 0; p < parts.length; p++) {
    const index = parts[p]!.sections.findIndex((s) => sectionKey(s) === key);
    if (index >= 0) return { part: p, index };
  }
  return null;
}

export function emptyPart(id = newDraftId()): Part {
  return { id, title: '', intro: '', outro: '', sections: [] };
}

const inRange = (parts: readonly Part[], i: number) => Number.isInteger(i) && i >= 0 && i < parts.length;

/** Adds an empty part at `at` (default: the end). */
export function addPart(parts: readonly Part[], at = parts.length, id = newDraftId()): Part[] {
  const next = [...parts];
  next.splice(Math.max(0, Math.min(at, parts.length)), 0, emptyPart(id));
  return next;
}

/**
 * Removes a part. Its sections are not moved anywhere: they simply stop being
 * placed, so the service reports them under "not in any part" — nothing is lost.
 */
export function removePart(parts: readonly Part[], index: number): Part[] {
  if (!inRange(parts, index)) return [...parts];
  return parts.filter((_, i) => i !== index);
}

/** Moves a whole part to position `to` (its final index). */
export function movePart(parts: readonly Part[], from: number, to: number): Part[] {
  if (!inRange(parts, from) || !inRange(parts, to) || from === to) return [...parts];
  const next = [...parts];
  const [part] = next.splice(from, 1);
  next.splice(to, 0, part!);
  return next;
}

/**
 * Joins part `index` and the one after it. The first keeps its id, title and
 * intro (the second's intro is appended so no writing is lost) and its cover,
 * or takes the second's when it had none.
 */
export function mergeWithNext(parts: readonly Part[], index: number): Part[] {
  if (!inRange(parts, index) || !inRange(parts, index + 1)) return [...parts];
  const first = parts[index]!;
  const second = parts[index + 1]!;
  const intro = [first.intro.trim(), second.intro.trim()].filter(Boolean).join('\n\n');
  const merged: Part = { ...first, intro, sections: [...first.sections, ...second.sections] };
  const cover = first.coverPhotoId ?? second.coverPhotoId;
  if (cover) merged.coverPhotoId = cover;
  else delete merged.coverPhotoId;
  const next = [...parts];
  next.splice(index, 2, merged);
  return next;
}

/**
 * Splits part `index` before section `at`: that section and every one after it
 * move to a new part right after. Splitting before the first section (or past
 * the last) would leave an empty part, so it changes nothing.
 */
export function splitPart(parts: readonly Part[], index: number, at: number, id = newDraftId()): Part[] {
  const part = parts[index];
  if (!part || at <= 0 || at >= part.sections.length) return [...parts];
  const next = [...parts];
  next.splice(index, 1, { ...part, sections: part.sections.slice(0, at) }, { ...emptyPart(id), sections: part.sections.slice(at) });
  // The cover belongs to the part that still holds its photo; the form lets the user fix it otherwise.
  return next;
}

/** Where a section should go: a part and its final index there, or null for "not in any part". */
export type SectionTarget = { part: number; index: number } | null;

/**
 * Moves a section (found by key anywhere, or taken from "not in any part" when
 * no part holds it) to `target`. `target.index` is the position the section
 * ends at — for a drop on another section that is the other section's
 * current index, which gives the usual sortable-list behaviour in one part
 * and "insert before" across parts. An index past the end appends.
 */
export function moveSection(parts: readonly Part[], key: string, target: SectionTarget): Part[] {
  const section = sectionOfKey(key);
  if (!section) return [...parts];
  if (target && !inRange(parts, target.part)) return [...parts];
  const from = locateSection(parts, key);
  const next = parts.map((p, i) => (from && i === from.part ? { ...p, sections: p.sections.filter((_, j) => j !== from.index) } : p));
  if (!target) return next;
  const dest = next[target.part]!;
  const sections = [...dest.sections];
  sections.splice(Math.max(0, Math.min(target.index, sections.length)), 0, section);
  next[target.part] = { ...dest, sections };
  return next;
}

/** Moves a section one step up or down inside its part, crossing into the neighbouring part at an edge. */
export function nudgeSection(parts: readonly Part[], key: string, direction: -1 | 1): Part[] {
  const at = locateSection(parts, key);
  if (!at) return [...parts];
  const length = parts[at.part]!.sections.length;
  const index = at.index + direction;
  if (index >= 0 && index < length) return moveSection(parts, key, { part: at.part, index });
  const neighbour = at.part + direction;
  if (!inRange(parts, neighbour)) return [...parts];
  // Leaving through the top lands at the end of the part above; through the bottom, at the start of the next.
  return moveSection(parts, key, { part: neighbour, index: direction < 0 ? parts[neighbour]!.sections.length : 0 });
}

export type PartPatch = Partial<Pick<Part, 'title' | 'intro' | 'outro'>> & { coverPhotoId?: string | null };

export function updatePart(parts: readonly Part[], index: number, patch: PartPatch): Part[] {
  if (!inRange(parts, index)) return [...parts];
  const { coverPhotoId, ...rest } = patch;
  const part: Part = { ...parts[index]!, ...rest };
  if (coverPhotoId === null) delete part.coverPhotoId;
  else if (coverPhotoId !== undefined) part.coverPhotoId = coverPhotoId;
  return parts.map((p, i) => (i === index ? part : p));
}

/** The arrangement as series.update takes it: draft ids left out, no cover sent as null. */
export function toPartInputs(parts: readonly Part[]): PartInput[] {
  return parts.map((p) => ({
    ...(isDraftId(p.id) ? {} : { id: p.id }),
    title: p.title,
    intro: p.intro,
    outro: p.outro,
    coverPhotoId: p.coverPhotoId ?? null,
    sections: p.sections,
  }));
}

/** "<series title> N" — what a part without a title of its own is called (the export uses the same). */
export function defaultPartTitle(seriesTitle: string, index: number): string {
  return `${seriesTitle} ${index + 1}`;
}

export function partTitle(seriesTitle: string, parts: readonly Part[], index: number): string {
  return parts[index]?.title.trim() || defaultPartTitle(seriesTitle, index);
}

/**
 * Where a drag ends, from the id of what it was dropped on: a section of a
 * part (take its place), a part's empty list (its end), or "not in any part"
 * (the container or one of its items). Undefined when the id is unknown.
 */
export function dropTarget(parts: readonly Part[], overId: string, unplacedContainer = 'unplaced'): SectionTarget | undefined {
  if (overId === unplacedContainer) return null;
  if (overId.startsWith('part:')) {
    const part = parts.findIndex((p) => `part:${p.id}` === overId);
    return part >= 0 ? { part, index: parts[part]!.sections.length } : undefined;
  }
  if (!sectionOfKey(overId)) return undefined;
  return locateSection(parts, overId) ?? null;
}
