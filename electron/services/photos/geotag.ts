import type { Photo } from '../../shared/schemas/photo';
import type { Library } from '../library/library';
import { AppError } from '../util/errors';

/**
 * Places for photos whose camera has no GPS: borrowed from the phone's photos
 * taken within a few minutes (interpolated between the one before and the one
 * after), or from a GPX track the user recorded. Such places are marked
 * estimated (`gpsEstimated`), shown as such, and can be cleared; a photo the
 * user cleared is not estimated again. A file's own GPS is never replaced.
 */

export interface TrackPoint {
  t: number;
  lat: number;
  lng: number;
}

/** How far in time a known place may be from a photo to lend it its place. */
export const WINDOW_MS = 5 * 60_000;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The place at `t`: interpolated between the points around it, or the nearest one within the window. */
export function placeAt(points: TrackPoint[], t: number, windowMs = WINDOW_MS): { lat: number; lng: number } | null {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  const before = points[lo - 1];
  const after = points[lo];
  const near = (p: TrackPoint | undefined) => !!p && Math.abs(p.t - t) <= windowMs;
  if (near(before) && near(after) && after!.t > before!.t) {
    const f = (t - before!.t) / (after!.t - before!.t);
    return { lat: round6(before!.lat + f * (after!.lat - before!.lat)), lng: round6(before!.lng + f * (after!.lng - before!.lng)) };
  }
  const nearest = [before, after].filter(near).sort((a, b) => Math.abs(a!.t - t) - Math.abs(b!.t - t))[0];
  return nearest ? { lat: nearest.lat, lng: nearest.lng } : null;
}

/** Track points of a GPX file (trkpt, rtept and wpt with a time). */
export function parseGpx(text: string): TrackPoint[] {
  const points: TrackPoint[] = [];
  const re = /<(trkpt|rtept|wpt)\b([^>]*)>([\s\S]*?)<\/\1>/g;
  for (const m of text.matchAll(re)) {
    const lat = Number(/\blat\s*=\s*["']([^"']+)["']/.exec(m[2]!)?.[1]);
    const lng = Number(/\blon\s*=\s*["']([^"']+)["']/.exec(m[2]!)?.[1]);
    const time = Date.parse(/<time>\s*([^<]+?)\s*<\/time>/.exec(m[3]!)?.[1] ?? '');
    if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && Number.isFinite(time)) {
      points.push({ t: time, lat, lng });
    }
  }
  if (points.length === 0) throw new AppError('invalid-input', 'Invalid input — the GPX file has no track points with a time (<trkpt lat lon><time>).');
  return points.sort((a, b) => a.t - b.t);
}

const ownGps = (p: Photo) => !!p.gps && !p.gpsEstimated;

/** Estimates places in the trip's document; answers the photos that changed. */
export function estimatePlaces(photos: Photo[], track?: TrackPoint[]): Photo[] {
  const points = track ?? photos.filter(ownGps).map((p) => ({ t: Date.parse(p.takenAt), lat: p.gps!.lat, lng: p.gps!.lng })).sort((a, b) => a.t - b.t);
  const changed: Photo[] = [];
  for (const photo of photos) {
    if (ownGps(photo) || photo.placeCleared) continue;
    if (!track && photo.gpsEstimated === 'gpx') continue; // a track the user gave beats the phone's neighbours
    const place = placeAt(points, Date.parse(photo.takenAt));
    if (!place) continue;
    if (photo.gps?.lat === place.lat && photo.gps?.lng === place.lng) continue;
    photo.gps = place;
    photo.gpsEstimated = track ? 'gpx' : 'phone';
    changed.push(photo);
  }
  return changed;
}

export async function geotagPhotos(library: Library, tripId: string, gpx?: string): Promise<{ changed: Photo[] }> {
  const track = gpx === undefined ? undefined : parseGpx(gpx);
  const changed = await library.mutate(tripId, (doc) => estimatePlaces(doc.photos, track));
  return { changed };
}

/** Removes estimated places (a file's own GPS stays) and keeps them from coming back. */
export async function clearPlaces(library: Library, tripId: string, photoIds: string[]): Promise<Photo[]> {
  return library.mutate(tripId, (doc) => {
    const changed: Photo[] = [];
    for (const id of new Set(photoIds)) {
      const photo = doc.photos.find((p) => p.id === id);
      if (!photo) throw new AppError('not-found', `There is no photo "${id}" in this trip.`);
      if (!photo.gpsEstimated) continue;
      delete photo.gps;
      delete photo.gpsEstimated;
      photo.placeCleared = true;
      changed.push(photo);
    }
    return changed;
  });
}
