import { DateTime, FixedOffsetZone } from 'luxon';
import { dayOfLocalTime } from '../../shared/domain/days';
import type { Camera, Photo } from '../../shared/schemas/photo';
import type { Trip } from '../../shared/schemas/trip';
import { AppError } from '../util/errors';
import type { CaptureReading, PhotoMetadata } from './metadata';

/**
 * Capture times, built only with explicit zones (luxon), so the computer's own
 * zone never enters: a reading with an offset is exact; one without is read in
 * the camera's zone (the trip's venue zone unless the user said otherwise).
 */

export function isoUtc(dt: DateTime): string {
  return dt.toUTC().toISO({ suppressMilliseconds: false, includeOffset: false }) + 'Z';
}

/** The instant a wall-clock reading means in `zone` (or at its own recorded offset). */
export function readingInstant(reading: Pick<CaptureReading, 'wallClock' | 'subSecondMs' | 'offsetMinutes'>, zone: string): DateTime {
  const z = reading.offsetMinutes !== undefined ? FixedOffsetZone.instance(reading.offsetMinutes) : zone;
  const dt = DateTime.fromISO(reading.wallClock, { zone: z }).plus({ milliseconds: reading.subSecondMs ?? 0 });
  if (!dt.isValid) throw new AppError('invalid-input', `"${reading.wallClock}" is not a valid time in ${String(zone)}`);
  return dt;
}

/** A wall-clock time typed by the user (trip zone) as an instant. */
export function localToInstant(localTime: string, zone: string): DateTime {
  const dt = DateTime.fromISO(localTime, { zone });
  if (!dt.isValid) throw new AppError('invalid-input', `"${localTime}" is not a valid time in ${zone}`);
  return dt;
}

export interface CameraIdentity {
  key: string;
  label: string;
}

/** "SONY ILCE-7M3", "Canon EOS R5" (no doubled make), plus "#serial" when the body has one. */
export function cameraIdentity(meta: Pick<PhotoMetadata, 'make' | 'model' | 'serial'>): CameraIdentity | null {
  const make = meta.make?.replace(/\s+/g, ' ').trim() ?? '';
  const model = meta.model?.replace(/\s+/g, ' ').trim() ?? '';
  if (!make && !model) return null;
  const label = model.toLowerCase().startsWith(make.toLowerCase()) ? model : `${make} ${model}`.trim();
  const key = meta.serial ? `${label} #${meta.serial}` : label;
  return { key: key.slice(0, 300), label: label.slice(0, 300) };
}

export interface PhotoTimes {
  takenAt: string;
  localTime: string;
  day: string;
}

type TimeInputs = Pick<Photo, 'capture' | 'manualTakenAt'>;

/**
 * The corrected instant of a photo: a manual time wins; a file time is never
 * shifted (it is not the camera's clock); otherwise the reading is placed in
 * the camera's zone (or at its own offset) and the camera's shift is added.
 */
export function correctedInstant(photo: TimeInputs, camera: Camera | undefined, trip: Pick<Trip, 'timeZone'>): DateTime {
  if (photo.manualTakenAt) return DateTime.fromISO(photo.manualTakenAt, { zone: 'utc' });
  const { capture } = photo;
  if (capture.source === 'file-time' || !capture.wallClock) return DateTime.fromISO(capture.originalInstant, { zone: 'utc' });
  const zone = camera?.timeZone ?? trip.timeZone;
  const offsetMinutes = capture.source === 'exif-offset' && capture.offset ? offsetToMinutes(capture.offset) : undefined;
  const base = readingInstant({ wallClock: capture.wallClock, subSecondMs: capture.subSecondMs, offsetMinutes }, zone);
  return base.plus({ minutes: camera?.shiftMinutes ?? 0 });
}

export function offsetToMinutes(offset: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const WALL = "yyyy-MM-dd'T'HH:mm:ss";

/**
 * Trip-zone wall clock "2022-10-24T10:34:12" and the trip day (day-start hour
 * applied). The day is that of the photo's own local time when the device
 * recorded its offset (a phone at 09:12 in Seoul on the first morning of the
 * trip belongs to that morning, though it is 03:12 at the venue); the venue's
 * zone decides only for photos without one.
 */
export function placeInTrip(instant: DateTime, trip: Pick<Trip, 'timeZone' | 'dayStartHour'>, ownOffsetMinutes?: number): PhotoTimes {
  const local = instant.setZone(trip.timeZone).toFormat(WALL);
  const own = ownOffsetMinutes === undefined ? local : instant.setZone(FixedOffsetZone.instance(ownOffsetMinutes)).toFormat(WALL);
  return { takenAt: isoUtc(instant), localTime: local, day: dayOfLocalTime(own, trip.dayStartHour) };
}

/** The offset of the place where the photo was taken, when the file says it (and the user set no time by hand). */
function ownOffset(photo: TimeInputs): number | undefined {
  if (photo.manualTakenAt || photo.capture.source !== 'exif-offset' || !photo.capture.offset) return undefined;
  return offsetToMinutes(photo.capture.offset);
}

export function photoTimes(photo: TimeInputs, camera: Camera | undefined, trip: Pick<Trip, 'timeZone' | 'dayStartHour'>): PhotoTimes {
  return placeInTrip(correctedInstant(photo, camera, trip), trip, ownOffset(photo));
}

/** "-06:00" / "+5:30" / "-90" (minutes) → minutes. */
export function parseShift(value: string): number {
  const v = value.trim();
  const hm = /^([+-])?(\d{1,2}):(\d{2})$/.exec(v);
  if (hm && Number(hm[3]) < 60) return (hm[1] === '-' ? -1 : 1) * (Number(hm[2]) * 60 + Number(hm[3]));
  const h = /^([+-])?(\d{1,2}(?:\.\d+)?)h$/i.exec(v);
  if (h) return Math.round((h[1] === '-' ? -1 : 1) * Number(h[2]) * 60);
  if (/^[+-]?\d{1,4}$/.test(v)) return Number(v);
  throw new AppError('invalid-input', `Invalid input — shift: "${value}" is not a shift like -06:00, +0:30, -6h or -360 (minutes)`);
}

export function formatShift(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
