import type { CameraView } from '../../shared/contract/photos';
import type { TripDocument } from '../../shared/schemas/document';
import { Camera, type Photo } from '../../shared/schemas/photo';
import { isIanaTimeZone } from '../../shared/schemas/time';
import type { Library } from '../library/library';
import { AppError, describeZodError } from '../util/errors';
import { nowIso } from '../util/ids';
import { correctedInstant, formatShift, localToInstant } from './capture-time';
import { refreshPhotos } from './records';

/**
 * Camera clocks: a camera left on home time (or on last trip's zone) shifts
 * all its photos at once — by an amount, by naming the zone it was set to, or
 * by example ("this photo was taken at 10:34"). Every change is undoable.
 */

export interface CameraChange {
  camera: CameraView;
  changed: Photo[];
}

export function cameraView(doc: TripDocument, camera: Camera): CameraView {
  const photos = doc.photos.filter((p) => p.cameraKey === camera.key);
  const times = photos.map((p) => p.localTime).sort();
  return {
    ...camera,
    photoCount: photos.length,
    localOnlyCount: photos.filter((p) => p.capture.source === 'exif-local').length,
    firstLocalTime: times[0] ?? null,
    lastLocalTime: times[times.length - 1] ?? null,
    canUndo: camera.history.length > 0,
  };
}

export async function listCameras(library: Library, tripId: string): Promise<CameraView[]> {
  const doc = await library.trip(tripId);
  return doc.cameras.map((c) => cameraView(doc, c)).sort((a, b) => b.photoCount - a.photoCount || a.label.localeCompare(b.label));
}

/** Finds a camera by key, by label ("SONY ILCE-7M3") or by a unique prefix, ignoring case. */
export function findCamera(doc: TripDocument, name: string): Camera {
  const lower = name.trim().toLowerCase();
  const exact = doc.cameras.find((c) => c.key === name) ?? doc.cameras.find((c) => c.key.toLowerCase() === lower);
  if (exact) return exact;
  for (const test of [(c: Camera) => c.label.toLowerCase() === lower, (c: Camera) => c.key.toLowerCase().startsWith(lower)]) {
    const found = doc.cameras.filter(test);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) throw new AppError('invalid-input', `"${name}" matches several cameras: ${found.map((c) => c.key).join(', ')}`);
  }
  const known = doc.cameras.map((c) => `"${c.key}"`).join(', ') || 'none yet';
  throw new AppError('not-found', `There is no camera "${name}" in this trip (cameras: ${known}).`);
}

function applySetting(doc: TripDocument, camera: Camera, next: { shiftMinutes: number; timeZone: string | undefined }): CameraChange {
  const candidate = Camera.safeParse({ ...camera, ...next });
  if (!candidate.success) throw new AppError('invalid-input', `Invalid input — ${describeZodError(candidate.error)}`);
  if (candidate.data.shiftMinutes === camera.shiftMinutes && candidate.data.timeZone === camera.timeZone) {
    return { camera: cameraView(doc, camera), changed: [] };
  }
  camera.history.push({ shiftMinutes: camera.shiftMinutes, ...(camera.timeZone ? { timeZone: camera.timeZone } : {}), at: nowIso() });
  camera.shiftMinutes = candidate.data.shiftMinutes;
  if (candidate.data.timeZone) camera.timeZone = candidate.data.timeZone;
  else delete camera.timeZone;
  const changed = refreshPhotos(doc, doc.photos.filter((p) => p.cameraKey === camera.key));
  return { camera: cameraView(doc, camera), changed };
}

export interface ShiftRequest {
  byMinutes?: number;
  shiftMinutes?: number;
  /** Zone the camera's clock was set to; null: the trip's own. */
  timeZone?: string | null;
}

export async function shiftCamera(library: Library, tripId: string, cameraName: string, request: ShiftRequest): Promise<CameraChange> {
  if (request.byMinutes !== undefined && request.shiftMinutes !== undefined) {
    throw new AppError('invalid-input', 'Invalid input — give byMinutes or shiftMinutes, not both');
  }
  if (request.timeZone && !isIanaTimeZone(request.timeZone)) {
    throw new AppError('invalid-input', `Invalid input — timeZone: "${request.timeZone}" is not an IANA time zone such as Asia/Seoul`);
  }
  return library.mutate(tripId, (doc) => {
    const camera = findCamera(doc, cameraName);
    const shiftMinutes = request.shiftMinutes ?? camera.shiftMinutes + (request.byMinutes ?? 0);
    const timeZone = request.timeZone === undefined ? camera.timeZone : (request.timeZone ?? undefined);
    return applySetting(doc, camera, { shiftMinutes, timeZone });
  });
}

/**
 * "This photo was taken at 10:34": the shift that moves the photo's reading
 * there, applied to its whole camera. Without seconds, the minute is matched
 * (the photo keeps its own seconds).
 */
export async function setCameraByExample(library: Library, tripId: string, photoId: string, localTime: string): Promise<CameraChange> {
  return library.mutate(tripId, (doc) => {
    const photo = doc.photos.find((p) => p.id === photoId);
    if (!photo) throw new AppError('not-found', `There is no photo "${photoId}" in this trip.`);
    if (!photo.cameraKey) throw new AppError('invalid-input', `Photo "${photo.originalName}" has no camera; set its own time instead.`);
    if (photo.capture.source === 'file-time') {
      throw new AppError('invalid-input', `Photo "${photo.originalName}" has no camera time in its file; set its own time instead.`);
    }
    const camera = findCamera(doc, photo.cameraKey);
    const wanted = localToInstant(localTime, doc.trip.timeZone).toMillis();
    let base = correctedInstant({ capture: photo.capture, manualTakenAt: null }, { ...camera, shiftMinutes: 0 }, doc.trip).toMillis();
    if (localTime.length === 16) base -= base % 60_000;
    const shiftMinutes = Math.round((wanted - base) / 60_000);
    if (Math.abs(shiftMinutes) > 48 * 60) {
      throw new AppError('invalid-input', `That would shift the camera by ${formatShift(shiftMinutes)}, more than 48 hours; check the date.`);
    }
    return applySetting(doc, camera, { shiftMinutes, timeZone: camera.timeZone });
  });
}

export async function undoCamera(library: Library, tripId: string, cameraName: string): Promise<CameraChange> {
  return library.mutate(tripId, (doc) => {
    const camera = findCamera(doc, cameraName);
    const previous = camera.history[camera.history.length - 1];
    if (!previous) throw new AppError('conflict', `Camera "${camera.label}" has no clock change to undo.`);
    camera.history.pop();
    camera.shiftMinutes = previous.shiftMinutes;
    if (previous.timeZone) camera.timeZone = previous.timeZone;
    else delete camera.timeZone;
    const changed = refreshPhotos(doc, doc.photos.filter((p) => p.cameraKey === camera.key));
    return { camera: cameraView(doc, camera), changed };
  });
}
