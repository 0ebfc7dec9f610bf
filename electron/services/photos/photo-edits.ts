import type { TripDocument } from '../../shared/schemas/document';
import { Photo } from '../../shared/schemas/photo';
import type { Library } from '../library/library';
import { AppError, describeZodError } from '../util/errors';
import { isoUtc, localToInstant } from './capture-time';
import { autoPlace } from './placement';
import { refreshPhotos } from './records';

/** Everything the user does to photos after the import: captions, times, moves, covers, removal. */

export interface PhotoFilter {
  day?: string;
  /** null: only photos in a day's unsorted tray. */
  entryId?: string | null;
  flagged?: boolean;
}

export function byCaptureTime(a: Photo, b: Photo): number {
  return a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.id < b.id ? -1 : 1;
}

export async function listPhotos(library: Library, tripId: string, filter: PhotoFilter = {}): Promise<Photo[]> {
  const doc = await library.trip(tripId);
  return doc.photos
    .filter(
      (p) =>
        (filter.day === undefined || p.day === filter.day) &&
        (filter.entryId === undefined || p.entryId === filter.entryId) &&
        (filter.flagged === undefined || p.flagged === filter.flagged),
    )
    .sort(byCaptureTime);
}

function findPhoto(doc: TripDocument, photoId: string): Photo {
  const photo = doc.photos.find((p) => p.id === photoId);
  if (!photo) throw new AppError('not-found', `There is no photo "${photoId}" in this trip.`);
  return photo;
}

function checked(candidate: Photo): Photo {
  const parsed = Photo.safeParse(candidate);
  if (!parsed.success) throw new AppError('invalid-input', `Invalid input — ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export async function updatePhoto(
  library: Library,
  tripId: string,
  photoId: string,
  patch: { caption?: string; excludeFromExport?: boolean; flagged?: boolean },
): Promise<Photo> {
  return library.mutate(tripId, (doc) => {
    const photo = findPhoto(doc, photoId);
    const next = checked({ ...photo, ...patch });
    Object.assign(photo, next);
    return photo;
  });
}

/** A time typed by the user for one photo (trip-zone wall clock); null returns to the file's/camera's time. */
export async function setPhotoTime(library: Library, tripId: string, photoId: string, localTime: string | null): Promise<Photo> {
  return library.mutate(tripId, (doc) => {
    const photo = findPhoto(doc, photoId);
    // Throws on a time that does not exist before anything changes.
    const manual = localTime === null ? null : isoUtc(localToInstant(localTime, doc.trip.timeZone));
    photo.manualTakenAt = manual;
    // A time the user set is no longer a guess; going back to a file time is.
    photo.flagged = manual ? false : photo.capture.source === 'file-time';
    refreshPhotos(doc, [photo]);
    return photo;
  });
}

export type MoveTarget = { entryId: string | null } | { auto: true };

/** Drag and drop: a manual placement, never overwritten by automatic matching (unless moved back to auto). */
export async function movePhotos(library: Library, tripId: string, photoIds: string[], to: MoveTarget): Promise<Photo[]> {
  return library.mutate(tripId, (doc) => {
    const photos = photoIds.map((id) => findPhoto(doc, id));
    if ('entryId' in to && to.entryId !== null && !doc.entries.some((e) => e.id === to.entryId)) {
      throw new AppError('not-found', `There is no entry "${to.entryId}" in this trip.`);
    }
    for (const photo of photos) {
      if ('auto' in to) photo.placement = 'auto';
      else {
        photo.placement = 'manual';
        photo.entryId = to.entryId;
      }
    }
    if ('auto' in to) autoPlace(doc, photos);
    return photos;
  });
}

export type CoverTarget = { entryId: string } | { day: string };

export async function setCover(library: Library, tripId: string, target: CoverTarget, photoId: string | null): Promise<{ photoId: string | null }> {
  return library.mutate(tripId, (doc) => {
    if (photoId !== null) findPhoto(doc, photoId);
    if ('entryId' in target) {
      const entry = doc.entries.find((e) => e.id === target.entryId);
      if (!entry) throw new AppError('not-found', `There is no entry "${target.entryId}" in this trip.`);
      if (photoId === null) delete entry.coverPhotoId;
      else entry.coverPhotoId = photoId;
    } else {
      const meta = doc.trip.days[target.day] ?? { title: '', intro: '' };
      if (photoId === null) delete meta.coverPhotoId;
      else meta.coverPhotoId = photoId;
      doc.trip.days[target.day] = meta;
    }
    return { photoId };
  });
}

/** Removes photos from the trip (and from covers). Originals stay in the library: another trip may use them. */
export async function removePhotos(library: Library, tripId: string, photoIds: string[]): Promise<{ removed: Photo[] }> {
  return library.mutate(tripId, (doc) => {
    const removed = photoIds.map((id) => findPhoto(doc, id));
    const gone = new Set(photoIds);
    doc.photos = doc.photos.filter((p) => !gone.has(p.id));
    for (const e of doc.entries) if (e.coverPhotoId && gone.has(e.coverPhotoId)) delete e.coverPhotoId;
    for (const d of Object.values(doc.trip.days)) if (d.coverPhotoId && gone.has(d.coverPhotoId)) delete d.coverPhotoId;
    return { removed };
  });
}

/** Undo of removePhotos: the records come back as they were (times recomputed, entries re-checked). */
export async function restorePhotos(library: Library, tripId: string, photos: unknown[]): Promise<Photo[]> {
  const records = photos.map((p) => checked(p as Photo));
  return library.mutate(tripId, (doc) => {
    const clash = records.find((r) => doc.photos.some((p) => p.id === r.id || p.sha256 === r.sha256));
    if (clash) throw new AppError('conflict', `Photo "${clash.id}" (${clash.originalName}) is already in this trip.`);
    for (const r of records) {
      if (r.entryId && !doc.entries.some((e) => e.id === r.entryId)) {
        r.entryId = null;
        r.placement = 'auto';
      }
      if (r.cameraKey && !doc.cameras.some((c) => c.key === r.cameraKey)) doc.cameras.push({ key: r.cameraKey, label: r.cameraKey, shiftMinutes: 0, history: [] });
    }
    doc.photos.push(...records);
    refreshPhotos(doc, records);
    return records;
  });
}

/** After entries or the trip's zone / day-start changed: times and automatic placements again. */
export async function rematchPhotos(library: Library, tripId: string): Promise<{ changed: Photo[] }> {
  return library.mutate(tripId, (doc) => ({ changed: refreshPhotos(doc) }));
}
