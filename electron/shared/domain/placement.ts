import type { TripDocument } from '../schemas/document';
import type { Entry } from '../schemas/entry';
import type { Photo } from '../schemas/photo';
import type { Part } from '../schemas/series';
import { entryDay, tripDays } from './days';
import { byEntryTime, inTimeOrder } from './order';

/**
 * What a series shows where. The service answers every series request with
 * "not in any part" from here, and the renderer computes the same at once after
 * a change, before that answer arrives; the export reads each day section's
 * entries from here too.
 */

/** The parts of a trip a series reads. */
export type PlacementDoc = Pick<TripDocument, 'trip' | 'entries' | 'photos'>;

/**
 * Every day that can be placed: the trip's days plus any other day that has
 * an entry or a photo (a note written the week before), in order.
 */
export function placeableDays(doc: PlacementDoc): string[] {
  const days = new Set(tripDays(doc.trip).map((d) => d.date));
  for (const e of doc.entries) days.add(entryDay(doc, e));
  for (const p of doc.photos) days.add(p.day);
  return [...days].sort();
}

export interface Placement {
  /** entry id → id of the part that shows it (via its own section or its day's). */
  entryPart: Map<string, string>;
  /** day → id of the part whose day section it is. */
  dayPart: Map<string, string>;
  /** entry ids placed on their own with an entry section. */
  ownSection: Set<string>;
}

/** Where each day and entry of the trip ends up in one series' parts. */
export function placement(doc: Pick<TripDocument, 'trip' | 'entries'>, parts: readonly Part[]): Placement {
  const dayPart = new Map<string, string>();
  const ownSection = new Set<string>();
  const entryPart = new Map<string, string>();
  for (const part of parts) {
    for (const s of part.sections) {
      if (s.type === 'day') dayPart.set(s.date, part.id);
      else {
        ownSection.add(s.entryId);
        entryPart.set(s.entryId, part.id);
      }
    }
  }
  for (const e of doc.entries) {
    if (entryPart.has(e.id)) continue;
    const part = dayPart.get(entryDay(doc, e));
    if (part) entryPart.set(e.id, part);
  }
  return { entryPart, dayPart, ownSection };
}

export interface Unplaced {
  /** Entries no part shows, in time order. */
  entryIds: string[];
  /** Days (with something in them) that no part has as a day section. */
  days: string[];
}

/** What the arrangement leaves out, so the UI can show "not in any part" (nothing is ever lost). */
export function unplaced(doc: PlacementDoc, parts: readonly Part[]): Unplaced {
  const p = placement(doc, parts);
  const entryIds = inTimeOrder(doc.entries)
    .filter((e) => !p.entryPart.has(e.id))
    .map((e) => e.id);
  const busy = new Set([...doc.entries.map((e) => entryDay(doc, e)), ...doc.photos.map((ph) => ph.day)]);
  const days = placeableDays(doc).filter((d) => !p.dayPart.has(d) && busy.has(d));
  return { entryIds, days };
}

/** Entries a day section stands for, in time order: that day's entries not placed on their own in this series. */
export function entriesOfDaySection(doc: Pick<TripDocument, 'trip' | 'entries'>, parts: readonly Part[], date: string): Entry[] {
  const { ownSection } = placement(doc, parts);
  return doc.entries.filter((e) => !ownSection.has(e.id) && entryDay(doc, e) === date).sort(byEntryTime);
}

/** Photos a part can take its cover from, by wall-clock time: those its sections publish (not the ones excluded from export). */
export function photosOfPart(doc: PlacementDoc, parts: readonly Part[], index: number): Photo[] {
  const part = parts[index];
  if (!part) return [];
  const { ownSection } = placement(doc, parts);
  const entryIds = new Set<string>();
  const days = new Set<string>();
  for (const s of part.sections) {
    if (s.type === 'entry') entryIds.add(s.entryId);
    else days.add(s.date);
  }
  for (const e of doc.entries) if (days.has(entryDay(doc, e)) && !ownSection.has(e.id)) entryIds.add(e.id);
  return doc.photos
    .filter((p) => !p.excludeFromExport && (p.entryId ? entryIds.has(p.entryId) : days.has(p.day)))
    .sort((a, b) => (a.localTime < b.localTime ? -1 : a.localTime > b.localTime ? 1 : 0));
}
