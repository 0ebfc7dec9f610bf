import type { TripDocument } from '../schemas/document';
import type { Entry } from '../schemas/entry';
import type { Photo } from '../schemas/photo';
import type { Trip } from '../schemas/trip';
import { byEntryTime } from './order';

/** Pure calendar helpers shared by every process (no I/O, no host time zone). */

export function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export type DayKind = 'travel-before' | 'conference' | 'travel-after';
export interface TripDay {
  date: string;
  /** 1-based position in the whole trip, travel days included. */
  index: number;
  /** "Day N" as people say it: conference days count from 1; 0 for travel days. */
  number: number;
  kind: DayKind;
}

/** Every day of the trip, travel days included, in order. */
export function tripDays(trip: Pick<Trip, 'start' | 'end' | 'travelDaysBefore' | 'travelDaysAfter'>): TripDay[] {
  const days: TripDay[] = [];
  const first = addDays(trip.start, -trip.travelDaysBefore);
  const last = addDays(trip.end, trip.travelDaysAfter);
  for (let d = first, i = 1; d <= last; d = addDays(d, 1), i++) {
    const kind: DayKind = d < trip.start ? 'travel-before' : d > trip.end ? 'travel-after' : 'conference';
    days.push({ date: d, index: i, number: kind === 'conference' ? i - trip.travelDaysBefore : 0, kind });
  }
  return days;
}

/**
 * The trip day a local wall-clock time belongs to: before `dayStartHour`
 * it still counts as the previous evening (01:30 dinner belongs to the day before).
 */
export function dayOfLocalTime(localDateTime: string, dayStartHour: number): string {
  const date = localDateTime.slice(0, 10);
  const hour = Number(localDateTime.slice(11, 13));
  return hour < dayStartHour ? addDays(date, -1) : date;
}

/** What the day helpers read of a trip document. */
export type DayDoc = { trip: Pick<Trip, 'dayStartHour'> } & Pick<TripDocument, 'entries'>;

/** The trip day an entry belongs to (after-midnight entries count for the evening before). */
export function entryDay(doc: { trip: Pick<Trip, 'dayStartHour'> }, entry: Pick<Entry, 'start'>): string {
  return dayOfLocalTime(entry.start, doc.trip.dayStartHour);
}

/** The entries of one trip day, in time order (see byEntryTime). */
export function entriesOfDay(doc: DayDoc, day: string): Entry[] {
  return doc.entries.filter((e) => entryDay(doc, e) === day).sort(byEntryTime);
}

/** A trip day (see tripDays) with how many entries and photos it has. */
export interface DayStats extends TripDay {
  entries: number;
  photos: number;
}

/**
 * The trip's entries grouped by trip day, each day in time order: built once,
 * then a day's entries are a lookup instead of a pass over the whole trip.
 * Fresh arrays every call — the services change entries in place, so any
 * caching belongs to a caller whose documents never change (the renderer's store).
 */
export function entriesByDay(doc: DayDoc): Map<string, Entry[]> {
  const byDay = new Map<string, Entry[]>();
  for (const e of doc.entries) {
    const day = entryDay(doc, e);
    const list = byDay.get(day);
    if (list) list.push(e);
    else byDay.set(day, [e]);
  }
  for (const list of byDay.values()) list.sort(byEntryTime);
  return byDay;
}

/** How many photos each trip day has. */
export function photoCountsByDay(photos: readonly Pick<Photo, 'day'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of photos) counts.set(p.day, (counts.get(p.day) ?? 0) + 1);
  return counts;
}

/** Every trip day with its counts, from an entry index and photo counts (see entriesByDay, photoCountsByDay). */
export function dayStatsFrom(
  trip: Pick<Trip, 'start' | 'end' | 'travelDaysBefore' | 'travelDaysAfter'>,
  entries: ReadonlyMap<string, readonly Entry[]>,
  photos: ReadonlyMap<string, number>,
): DayStats[] {
  return tripDays(trip).map((d) => ({ ...d, entries: entries.get(d.date)?.length ?? 0, photos: photos.get(d.date) ?? 0 }));
}

/** Every trip day with how many entries and photos it has. */
export function dayStats(doc: Pick<TripDocument, 'trip' | 'entries' | 'photos'>): DayStats[] {
  return dayStatsFrom(doc.trip, entriesByDay(doc), photoCountsByDay(doc.photos));
}
