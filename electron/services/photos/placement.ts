import { DateTime } from 'luxon';
import { addDays, dayOfLocalTime } from '../../shared/domain/days';
import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import type { Photo } from '../../shared/schemas/photo';
import type { Trip } from '../../shared/schemas/trip';

/**
 * Which entry a photo belongs to: the entry whose time window contains its
 * capture instant. Windows are compared as instants, so an entry in another
 * zone (a flight) still matches. An entry without an end covers until the
 * next entry starts, but never past the end of its trip day.
 */

export interface EntryWindow {
  entryId: string;
  start: number;
  end: number;
}

// Parsing a wall-clock time in a zone with luxon costs ~0.2–0.7 ms; an edit
// re-places photos against every entry of the trip, so remember the answers
// (entries rarely change, and the map is bounded).
const instants = new Map<string, number>();
function instantMs(local: string, zone: string): number {
  const key = `${zone}|${local}`;
  let t = instants.get(key);
  if (t === undefined) {
    if (instants.size > 50_000) instants.clear();
    t = DateTime.fromISO(local, { zone }).toMillis();
    instants.set(key, t);
  }
  return t;
}

export function entryWindows(entries: Entry[], trip: Pick<Trip, 'timeZone' | 'dayStartHour'>): EntryWindow[] {
  const starts = entries
    .map((e) => ({ e, start: instantMs(e.start, e.timeZone ?? trip.timeZone) }))
    .filter((x) => Number.isFinite(x.start))
    .sort((a, b) => a.start - b.start);
  return starts.map(({ e, start }, i) => {
    if (e.end) return { entryId: e.id, start, end: instantMs(e.end, e.timeZone ?? trip.timeZone) };
    const next = starts.slice(i + 1).find((x) => x.start > start);
    const day = dayOfLocalTime(e.start, trip.dayStartHour);
    const hour = String(trip.dayStartHour).padStart(2, '0');
    const dayEnd = instantMs(`${addDays(day, 1)}T${hour}:00`, trip.timeZone);
    return { entryId: e.id, start, end: Math.min(next?.start ?? Infinity, dayEnd) };
  });
}

/** The most specific window containing `t` (latest start; then shortest), or null for the day's tray. */
export function matchEntry(windows: EntryWindow[], t: number): string | null {
  let best: EntryWindow | null = null;
  for (const w of windows) {
    if (t < w.start || t >= w.end) continue;
    if (!best || w.start > best.start || (w.start === best.start && w.end < best.end)) best = w;
  }
  return best?.entryId ?? null;
}

let memo: { signature: string; windows: EntryWindow[] } | null = null;

/** The import places photos one by one: parse the entries' times once, not per photo. */
function cachedWindows(doc: TripDocument): EntryWindow[] {
  const { timeZone, dayStartHour } = doc.trip;
  const signature = `${timeZone}|${dayStartHour}|${doc.entries.map((e) => `${e.id},${e.start},${e.end ?? ''},${e.timeZone ?? ''}`).join(';')}`;
  if (memo?.signature !== signature) memo = { signature, windows: entryWindows(doc.entries, doc.trip) };
  return memo.windows;
}

/**
 * Re-places every automatically placed photo; photos the user moved
 * (`placement: 'manual'`) are left alone. Returns the photos that changed.
 */
export function autoPlace(doc: TripDocument, only?: Photo[]): Photo[] {
  const windows = cachedWindows(doc);
  const changed: Photo[] = [];
  for (const photo of only ?? doc.photos) {
    if (photo.placement === 'manual') continue;
    const entryId = matchEntry(windows, Date.parse(photo.takenAt));
    if (photo.entryId !== entryId) {
      photo.entryId = entryId;
      changed.push(photo);
    }
  }
  return changed;
}
