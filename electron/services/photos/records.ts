import path from 'node:path';
import { DateTime } from 'luxon';
import type { TripDocument } from '../../shared/schemas/document';
import { Camera, Photo } from '../../shared/schemas/photo';
import { AppError, describeZodError } from '../util/errors';
import { newId, nowIso } from '../util/ids';
import { cameraIdentity, isoUtc, photoTimes, readingInstant } from './capture-time';
import type { IngestedFile } from './ingest';
import { autoPlace } from './placement';

/**
 * Turns an ingested file into the journal's Photo record (and its Camera
 * when first seen), and recomputes photos' times when a clock setting changes.
 */

function captureOf(ing: IngestedFile, tripZone: string): Photo['capture'] {
  const reading = ing.meta.capture;
  if (!reading) return { source: 'file-time', raw: '', originalInstant: isoUtc(DateTime.fromISO(ing.fileTime, { zone: 'utc' })) };
  const capture: Photo['capture'] = {
    source: reading.offset ? 'exif-offset' : 'exif-local',
    raw: reading.raw,
    wallClock: reading.wallClock,
    from: reading.from,
    // exif-local readings are placed in the trip's zone until the user says the camera was elsewhere.
    originalInstant: isoUtc(readingInstant(reading, tripZone)),
  };
  if (reading.subSecondMs !== undefined) capture.subSecondMs = reading.subSecondMs;
  if (reading.offset) capture.offset = reading.offset;
  return capture;
}

/** Builds and validates the record without touching the document. */
export function buildPhoto(ing: IngestedFile, doc: TripDocument): { photo: Photo; newCamera: Camera | null } {
  const identity = cameraIdentity(ing.meta);
  const existing = identity ? doc.cameras.find((c) => c.key === identity.key) : undefined;
  const newCamera = identity && !existing ? Camera.parse({ key: identity.key, label: identity.label }) : null;
  const camera = existing ?? newCamera ?? undefined;
  const capture = captureOf(ing, doc.trip.timeZone);
  const times = photoTimes({ capture, manualTakenAt: null }, camera, doc.trip);
  // Chromium would apply the file's own orientation tag to a camera that had turned the pixels already.
  const displayable = (ing.format === 'jpeg' || ing.format === 'png' || ing.format === 'webp') && !ing.pixelsTurned;
  const candidate = {
    id: newId(),
    sha256: ing.sha256,
    file: ing.file,
    thumb: ing.embeddedThumb,
    display: displayable ? ing.file : null,
    originalName: path.basename(ing.path).slice(0, 1000),
    format: ing.format,
    mime: ing.mime,
    bytes: ing.bytes,
    width: ing.header.width,
    height: ing.header.height,
    orientation: ing.header.orientation,
    ...(ing.pixelsTurned ? { pixelsTurned: true } : {}),
    turns: 0,
    cameraKey: identity?.key ?? null,
    capture,
    manualTakenAt: null,
    ...times,
    gps: ing.meta.gps,
    entryId: null,
    placement: 'auto',
    caption: '',
    excludeFromExport: false,
    // No capture time in the file: the file's own time is a guess the user should check.
    flagged: capture.source === 'file-time',
    importedAt: nowIso(),
  };
  const parsed = Photo.safeParse(candidate);
  if (!parsed.success) throw new AppError('invalid-input', `The photo record is not valid: ${describeZodError(parsed.error)}`);
  return { photo: parsed.data, newCamera };
}

/** Adds a validated record (and its new camera) and places it in an entry or the day's tray. */
export function addPhoto(doc: TripDocument, photo: Photo, newCamera: Camera | null): Photo {
  if (newCamera && !doc.cameras.some((c) => c.key === newCamera.key)) doc.cameras.push(newCamera);
  if (!newCamera && photo.cameraKey && !doc.cameras.some((c) => c.key === photo.cameraKey)) {
    throw new AppError('conflict', `Camera "${photo.cameraKey}" is missing from the trip.`);
  }
  doc.photos.push(photo);
  autoPlace(doc, [photo]);
  return photo;
}

/**
 * Recomputes times (and automatic placement) of the given photos from their
 * readings and their cameras' current settings. Returns the photos that changed.
 */
export function refreshPhotos(doc: TripDocument, photos: Photo[] = doc.photos): Photo[] {
  const cameras = new Map(doc.cameras.map((c) => [c.key, c]));
  const changed = new Set<Photo>();
  for (const photo of photos) {
    const times = photoTimes(photo, photo.cameraKey ? cameras.get(photo.cameraKey) : undefined, doc.trip);
    if (times.takenAt !== photo.takenAt || times.localTime !== photo.localTime || times.day !== photo.day) {
      Object.assign(photo, times);
      changed.add(photo);
    }
  }
  for (const p of autoPlace(doc, photos)) changed.add(p);
  return [...changed];
}
