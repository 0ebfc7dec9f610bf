import { dayStatsFrom, entriesByDay, photoCountsByDay, type DayStats } from '../../../electron/shared/domain/days';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';

/**
 * The journal's per-day views of the open trip, built once per revision of
 * what they read. The store never changes a document in place — an edit
 * replaces the arrays it touches — so array identity is the revision: a
 * keystroke in one entry's notes replaces `entries` (one pass, 500 entries)
 * but leaves `photos` alone, and a day switch rebuilds nothing.
 */
const byEntries = new WeakMap<readonly Entry[], { dayStartHour: number; index: Map<string, Entry[]> }>();
const byPhotos = new WeakMap<readonly Photo[], Map<string, number>>();
const NO_ENTRIES: Entry[] = [];

type Doc = Pick<TripDocument, 'trip' | 'entries' | 'photos'>;

function entryIndex(doc: Pick<TripDocument, 'trip' | 'entries'>): Map<string, Entry[]> {
  const cached = byEntries.get(doc.entries);
  if (cached && cached.dayStartHour === doc.trip.dayStartHour) return cached.index;
  const index = entriesByDay(doc);
  byEntries.set(doc.entries, { dayStartHour: doc.trip.dayStartHour, index });
  return index;
}

function photoCounts(photos: readonly Photo[]): Map<string, number> {
  let counts = byPhotos.get(photos);
  if (!counts) {
    counts = photoCountsByDay(photos);
    byPhotos.set(photos, counts);
  }
  return counts;
}

/** One day's entries in time order; the same array until that trip's entries change. */
export function dayEntries(doc: Pick<TripDocument, 'trip' | 'entries'>, day: string): Entry[] {
  return entryIndex(doc).get(day) ?? NO_ENTRIES;
}

/** Every trip day with its entry and photo counts. */
export function journalDays(doc: Doc): DayStats[] {
  return dayStatsFrom(doc.trip, entryIndex(doc), photoCounts(doc.photos));
}
