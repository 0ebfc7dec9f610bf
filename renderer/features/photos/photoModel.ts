import { dayOfLocalTime, entriesOfDay, tripDays } from '../../../electron/shared/domain/days';
import { byEntryTime } from '../../../electron/shared/domain/order';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';

/** Pure helpers of the photos feature (no React, no store): grouping, ordering, merging. */

/** Capture order, as the services sort (ties by id, so the order is stable). */
export function byCaptureTime(a: Photo, b: Photo): number {
  return a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Replaces photos by id and appends new ones, keeping the list's order (2,000 photos: one pass, no n²). */
export function mergePhotos(current: Photo[], incoming: Photo[]): Photo[] {
  if (incoming.length === 0) return current;
  const byId = new Map(incoming.map((p) => [p.id, p]));
  const merged = current.map((p) => {
    const next = byId.get(p.id);
    if (next) byId.delete(p.id);
    return next ?? p;
  });
  return byId.size ? [...merged, ...byId.values()] : merged;
}

/** One group of the grid: an entry's photos, or the day's unsorted tray (`entry: null`). */
export interface PhotoSection {
  key: string;
  entry: Entry | null;
  photos: Photo[];
}

export const TRAY_KEY = 'tray';

/**
 * The day's photos grouped by entry, entries in time order (empty ones too:
 * they are drop targets), then the unsorted tray. A photo placed on an entry
 * of another day (a flight across midnight) still shows on its own day, under
 * that entry; a photo whose entry is gone falls into the tray.
 */
export function groupDayByEntry(doc: TripDocument, day: string): PhotoSection[] {
  const entries = entriesOfDay(doc, day);
  const known = new Map(doc.entries.map((e) => [e.id, e]));
  const groups = new Map<string, Photo[]>(entries.map((e) => [e.id, []]));
  const tray: Photo[] = [];
  for (const photo of doc.photos) {
    if (photo.day !== day) continue;
    const entry = photo.entryId ? known.get(photo.entryId) : undefined;
    if (!entry) {
      tray.push(photo);
      continue;
    }
    if (!groups.has(entry.id)) {
      groups.set(entry.id, []);
      entries.push(entry);
    }
    groups.get(entry.id)!.push(photo);
  }
  entries.sort(byEntryTime);
  const sections: PhotoSection[] = entries.map((entry) => ({ key: entry.id, entry, photos: groups.get(entry.id)!.sort(byCaptureTime) }));
  sections.push({ key: TRAY_KEY, entry: null, photos: tray.sort(byCaptureTime) });
  return sections;
}

/** Days to offer: every trip day plus any day photos landed on outside it (a camera on the wrong date). */
export function photoDays(doc: TripDocument): { date: string; inTrip: boolean; photos: number; flagged: number }[] {
  const counts = new Map<string, { photos: number; flagged: number }>();
  for (const p of doc.photos) {
    const c = counts.get(p.day) ?? { photos: 0, flagged: 0 };
    c.photos++;
    if (p.flagged) c.flagged++;
    counts.set(p.day, c);
  }
  const inTrip = new Set(tripDays(doc.trip).map((d) => d.date));
  const all = new Set([...inTrip, ...counts.keys()]);
  return [...all].sort().map((date) => ({ date, inTrip: inTrip.has(date), photos: counts.get(date)?.photos ?? 0, flagged: counts.get(date)?.flagged ?? 0 }));
}

/** A point on the map: a photo with GPS or an entry with a place. */
export interface MapPoint {
  kind: 'photo' | 'entry';
  id: string;
  lat: number;
  lng: number;
  /** Wall clock in the trip's zone, for ordering the route. */
  localTime: string;
}

/**
 * The day's (or, with `day: null`, the whole trip's) points in time order:
 * the route is drawn through them. Entries count at their start time; both are
 * wall-clock strings in the trip's zone, so plain string order is time order.
 */
export function routePoints(doc: TripDocument, day: string | null): MapPoint[] {
  const points: MapPoint[] = [];
  for (const p of doc.photos) {
    if (!p.gps || (day !== null && p.day !== day)) continue;
    points.push({ kind: 'photo', id: p.id, lat: p.gps.lat, lng: p.gps.lng, localTime: p.localTime });
  }
  for (const e of doc.entries) {
    const lat = e.place?.lat;
    const lng = e.place?.lng;
    if (lat === undefined || lng === undefined) continue;
    if (day !== null && dayOfLocalTime(e.start, doc.trip.dayStartHour) !== day) continue;
    points.push({ kind: 'entry', id: e.id, lat, lng, localTime: e.start });
  }
  return points.sort((a, b) => (a.localTime < b.localTime ? -1 : a.localTime > b.localTime ? 1 : a.id < b.id ? -1 : 1));
}

/** The polyline: consecutive points at the same spot (ten photos at one table) collapse into one. */
export function routeLine(points: MapPoint[]): [number, number][] {
  const line: [number, number][] = [];
  for (const p of points) {
    const last = line[line.length - 1];
    if (last && Math.abs(last[0] - p.lat) < 1e-6 && Math.abs(last[1] - p.lng) < 1e-6) continue;
    line.push([p.lat, p.lng]);
  }
  return line;
}

/** Which `source.*` string describes where a photo's time came from (the viewer shows it beside the time). */
export function timeSourceKey(photo: Pick<Photo, 'manualTakenAt' | 'capture'>): string {
  if (photo.manualTakenAt) return 'manual';
  const { from, source } = photo.capture;
  if (source !== 'file-time' && (from === 'xmp' || from === 'iptc')) return `${from}-${source === 'exif-offset' ? 'offset' : 'local'}`;
  return source;
}
