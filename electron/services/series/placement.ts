import { dayOfLocalTime, tripDays } from '../../shared/domain/days';
import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import type { Series } from '../../shared/schemas/series';

/** The trip day an entry belongs to (after-midnight entries count for the evening before). */
export function entryDay(doc: TripDocument, entry: Entry): string {
  return dayOfLocalTime(entry.start, doc.trip.dayStartHour);
}

/**
 * Every day that can be placed: the trip's days plus any other day that has
 * an entry or a photo (a note written the week before), in order.
 */
export function placeableDays(doc: TripDocument): string[] {
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

/** Where each day and entry of the trip ends up in one series. */
export function placement(doc: TripDocument, series: Series): Placement {
  const dayPart = new Map<string, string>();
  const ownSection = new Set<string>();
  const entryPart = new Map<string, string>();
  for (const part of series.parts) {
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

/** What the arrangement leaves out, so the UI can show "not in any part". */
export function unplaced(doc: TripDocument, series: Series): Unplaced {
  const p = placement(doc, series);
  const entryIds = [...doc.entries]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .filter((e) => !p.entryPart.has(e.id))
    .map((e) => e.id);
  const busy = new Set([...doc.entries.map((e) => entryDay(doc, e)), ...doc.photos.map((ph) => ph.day)]);
  const days = placeableDays(doc).filter((d) => !p.dayPart.has(d) && busy.has(d));
  return { entryIds, days };
}
