import type { SeriesView } from '../../../electron/shared/contract/series';
import { dayOfLocalTime, tripDays } from '../../../electron/shared/domain/days';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';
import type { Part } from '../../../electron/shared/schemas/series';

/**
 * What a series shows where, read from the open trip. The service computes
 * the same "not in any part" for every answer; this copy lets the UI show the
 * result of a change at once, before that answer arrives.
 */

export type Unplaced = SeriesView['unplaced'];
/** The parts of the open trip a series reads. */
export type Doc = Pick<TripDocument, 'trip' | 'entries' | 'photos'>;

/** The trip day an entry belongs to (after-midnight entries count for the evening before). */
export const entryDay = (doc: Doc, entry: Entry): string => dayOfLocalTime(entry.start, doc.trip.dayStartHour);

function placedSets(parts: readonly Part[]) {
  const days = new Set<string>();
  const ownEntries = new Set<string>();
  for (const part of parts) {
    for (const s of part.sections) {
      if (s.type === 'day') days.add(s.date);
      else ownEntries.add(s.entryId);
    }
  }
  return { days, ownEntries };
}

/** Entries no part shows (in time order) and busy days that are no part's day section. */
export function computeUnplaced(doc: Doc, parts: readonly Part[]): Unplaced {
  const { days, ownEntries } = placedSets(parts);
  const entryIds = [...doc.entries]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .filter((e) => !ownEntries.has(e.id) && !days.has(entryDay(doc, e)))
    .map((e) => e.id);
  const busy = new Set([...doc.entries.map((e) => entryDay(doc, e)), ...doc.photos.map((p) => p.day)]);
  const all = new Set([...tripDays(doc.trip).map((d) => d.date), ...busy]);
  const unplacedDays = [...all].sort().filter((d) => busy.has(d) && !days.has(d));
  return { entryIds, days: unplacedDays };
}

/** Entries a day section stands for: that day's entries not placed on their own in this series. */
export function entriesOfDaySection(doc: Doc, parts: readonly Part[], date: string): Entry[] {
  const { ownEntries } = placedSets(parts);
  return doc.entries.filter((e) => entryDay(doc, e) === date && !ownEntries.has(e.id)).sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** Photos a part can take its cover from: those its sections publish (not the ones excluded from export). */
export function photosOfPart(doc: Doc, parts: readonly Part[], index: number): Photo[] {
  const part = parts[index];
  if (!part) return [];
  const { ownEntries } = placedSets(parts);
  const entryIds = new Set<string>();
  const days = new Set<string>();
  for (const s of part.sections) {
    if (s.type === 'entry') entryIds.add(s.entryId);
    else days.add(s.date);
  }
  for (const e of doc.entries) if (days.has(entryDay(doc, e)) && !ownEntries.has(e.id)) entryIds.add(e.id);
  return doc.photos
    .filter((p) => !p.excludeFromExport && (p.entryId ? entryIds.has(p.entryId) : days.has(p.day)))
    .sort((a, b) => (a.localTime < b.localTime ? -1 : 1));
}
