import { readFile } from 'node:fs/promises';
import exifr from 'exifr';
import { readFallbackCapture } from './fallback-dates';
import type { PhotoFormat } from '../../shared/schemas/photo';
import { walkJpegSegments } from './formats';

/**
 * Reads the few EXIF tags the journal needs with exifr. `reviveValues: false`
 * is essential: exifr's revived Dates are built in the *computer's* time zone
 * and drop OffsetTimeOriginal, so the capture time is kept as the camera's
 * text here and turned into an instant by capture-time.ts, never by Date.
 */

export interface CaptureReading {
  /** Exactly as written: "2022:10:24 10:34:12". */
  raw: string;
  /** ISO wall clock without zone: "2022-10-24T10:34:12". */
  wallClock: string;
  subSecondMs?: number;
  /** "+09:00" when the device recorded its UTC offset (phones do; most cameras do not). */
  offset?: string;
  offsetMinutes?: number;
  /** Where the time was read: EXIF (most photos), XMP or IPTC (scans, edited and agency files). */
  from: CaptureFrom;
}

export type CaptureFrom = 'exif' | 'xmp' | 'iptc';

export interface PhotoMetadata {
  make?: string;
  model?: string;
  serial?: string;
  orientation?: number;
  /** EXIF's PixelXDimension × PixelYDimension: the camera's idea of the picture's size (see orientation.ts). */
  exifSize?: { width: number; height: number };
  capture?: CaptureReading;
  gps?: { lat: number; lng: number; alt?: number };
}

const PICK = [
  'Make', 'Model', 'Orientation', 'DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal', 'OffsetTimeDigitized',
  'OffsetTime', 'SubSecTimeOriginal', 'SubSecTimeDigitized', 'SerialNumber', 'BodySerialNumber',
  'GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef', 'GPSAltitude', 'GPSAltitudeRef',
  'ExifImageWidth', 'ExifImageHeight',
];

const OPTIONS = {
  pick: PICK,
  reviveValues: false,
  translateValues: false,
  translateKeys: true,
  mergeOutput: true,
  silentErrors: true,
  tiff: true,
  exif: true,
  gps: true,
  ifd1: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  interop: false,
  makerNote: false,
  userComment: false,
} as const;

type Tags = Record<string, unknown>;

// One options object per mode, made once. exifr keeps its parsed options in a module-level Map keyed
// by the object passed: a fresh object per call rebuilt them for every photo (half of exifr's time)
// and added one Map entry per photo that was never freed.
const CHUNKED = { ...OPTIONS, chunked: true };
const WHOLE = { ...OPTIONS, chunked: false };

async function parseTags(input: string | Uint8Array, chunked: boolean): Promise<Tags | undefined> {
  try {
    const source = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    return ((await exifr.parse(source, (chunked ? CHUNKED : WHOLE) as never)) as Tags | undefined) ?? undefined;
  } catch {
    return undefined; // no readable metadata is not an error: the photo falls back to its file time
  }
}

/**
 * Reads a file's tags by path with exifr's chunked reader (fast: a few KB
 * per file). Its chunked reader misses EXIF stored after a large IPTC or
 * Photoshop block, so a file where it finds nothing is read again whole.
 */
export async function readMetadataFromFile(file: string): Promise<PhotoMetadata> {
  let tags = await parseTags(file, true);
  if (!hasExif(tags)) tags = (await parseTags(file, false)) ?? tags;
  const meta = interpret(tags ?? {});
  if (!meta.capture) {
    const fallback = await readFallbackCapture(await readFile(file));
    if (fallback) meta.capture = fallback;
  }
  return meta;
}

/** Reads the tags from bytes already in memory (the import reads each file once, to hash it). */
export async function readMetadataFromBuffer(buf: Buffer, format: PhotoFormat): Promise<PhotoMetadata> {
  // exifr does not read WebP containers; their EXIF chunk is a plain TIFF block it does read.
  const source = format === 'webp' ? webpExifChunk(buf) : buf;
  if (!source) return {};
  const meta = interpret((await parseTags(source, false)) ?? {});
  if (!meta.capture && format !== 'webp') {
    const fallback = await readFallbackCapture(source);
    if (fallback) meta.capture = fallback;
  }
  return meta;
}

/**
 * Whether a JPEG's EXIF block links a second IFD, where cameras keep their
 * preview. Asking exifr for the preview parses the EXIF block again (~0.4 ms
 * per photo, measured) and phones write none, so this walk looks first. It
 * answers true whenever it is unsure, leaving the decision to exifr.
 */
export function mayHaveExifPreview(buf: Buffer): boolean {
  const answer = walkJpegSegments(buf, (marker, at, length) => {
    if (marker !== 0xe1 || buf.toString('latin1', at + 4, at + 10) !== 'Exif\0\0') return undefined;
    const tiff = at + 10;
    const end = Math.min(buf.length, at + 2 + length);
    if (tiff + 8 > end) return true;
    const le = buf.toString('latin1', tiff, tiff + 2) === 'II';
    const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
    const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
    const ifd0 = tiff + u32(tiff + 4);
    if (ifd0 + 2 > end) return true;
    const next = ifd0 + 2 + 12 * u16(ifd0);
    return next + 4 > end || u32(next) !== 0;
  });
  if (typeof answer === 'boolean') return answer;
  return answer === 'broken'; // 'scan': the image data began with no EXIF block, so no preview; 'broken': exifr decides
}

/** The JPEG preview most cameras embed (IFD1), shown until the real thumbnail is made. */
export async function readEmbeddedThumbnail(buf: Buffer): Promise<Buffer | undefined> {
  if (!mayHaveExifPreview(buf)) return undefined;
  try {
    const thumb = (await exifr.thumbnail(buf)) as Uint8Array | undefined;
    if (!thumb || thumb.length < 100 || thumb[0] !== 0xff || thumb[1] !== 0xd8) return undefined;
    return Buffer.from(thumb);
  } catch {
    return undefined;
  }
}

function hasExif(tags: Tags | undefined): boolean {
  return Boolean(tags && (tags.DateTimeOriginal || tags.CreateDate || tags.Make || tags.Model));
}

function webpExifChunk(buf: Buffer): Buffer | undefined {
  let at = 12;
  while (at + 8 <= buf.length) {
    const type = buf.toString('latin1', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (type === 'EXIF') {
      const body = buf.subarray(at + 8, Math.min(buf.length, at + 8 + size));
      return body.toString('latin1', 0, 6) === 'Exif\0\0' ? body.subarray(6) : body;
    }
    at += 8 + size + (size % 2);
  }
  return undefined;
}

const text = (v: unknown): string | undefined => {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\u0000+$/g, '').trim();
  return t || undefined;
};

/** Longest make, model or serial kept: real ones are under 40 characters; longer ones are junk or free text. */
export const MAX_CAMERA_TEXT = 48;

/**
 * A camera's make/model/serial as people read it. EXIF strings end at the
 * first NUL; some cameras leave junk after it ('ION230\0F', 'MAVICA\03ghx7y'),
 * others write control characters or a long label.
 */
export function cameraText(v: unknown): string | undefined {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : undefined;
  if (s === undefined) return undefined;
  const t = s.split('\u0000')[0]!.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > MAX_CAMERA_TEXT ? `${t.slice(0, MAX_CAMERA_TEXT - 1).trimEnd()}…` : t;
}

const DATE_RE = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const OFFSET_RE = /^([+-])(\d{2}):?(\d{2})$/;

export function parseOffset(value: string | undefined): { offset: string; minutes: number } | undefined {
  if (!value) return undefined;
  if (value === 'Z') return { offset: '+00:00', minutes: 0 };
  const m = OFFSET_RE.exec(value.trim());
  if (!m) return undefined;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  if (Math.abs(minutes) > 14 * 60 || Number(m[3]) >= 60) return undefined;
  return { offset: `${m[1]}${m[2]}:${m[3]}`, minutes };
}

function subSecondMs(digits: string | undefined): number | undefined {
  const d = digits?.replace(/\D/g, '');
  if (!d) return undefined;
  return Math.min(999, Math.round(Number(`0.${d}`) * 1000));
}

/** Turns "2022:10:24 10:34:12" (+ offset, sub-seconds) into a reading; refuses "0000:00:00" and blanks. */
export function parseCaptureReading(raw: string | undefined, offsetTag?: string, subSecTag?: string): CaptureReading | undefined {
  if (!raw) return undefined;
  const m = DATE_RE.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number) as number[];
  if (y! < 1900 || mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return undefined;
  const wallClock = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  const offset = parseOffset(offsetTag) ?? parseOffset(m[8]);
  const reading: CaptureReading = { raw: raw.trim(), wallClock, from: 'exif' };
  const ms = subSecondMs(subSecTag) ?? subSecondMs(m[7]);
  if (ms !== undefined) reading.subSecondMs = ms;
  if (offset) {
    reading.offset = offset.offset;
    reading.offsetMinutes = offset.minutes;
  }
  return reading;
}

function coordinate(value: unknown, ref: unknown, negative: string): number | undefined {
  const parts = Array.isArray(value) ? value.map(Number) : typeof value === 'number' ? [value] : [];
  if (!parts.length || parts.some((n) => !Number.isFinite(n))) return undefined;
  const deg = (parts[0] ?? 0) + (parts[1] ?? 0) / 60 + (parts[2] ?? 0) / 3600;
  return text(ref)?.toUpperCase().startsWith(negative) ? -deg : deg;
}

function interpret(tags: Tags): PhotoMetadata {
  const meta: PhotoMetadata = {};
  const make = cameraText(tags.Make);
  const model = cameraText(tags.Model);
  const serial = cameraText(tags.BodySerialNumber) ?? cameraText(tags.SerialNumber);
  if (make) meta.make = make;
  if (model) meta.model = model;
  if (serial) meta.serial = serial;
  const orientation = Number(tags.Orientation);
  if (Number.isInteger(orientation) && orientation >= 1 && orientation <= 8) meta.orientation = orientation;
  const exifWidth = Number(tags.ExifImageWidth);
  const exifHeight = Number(tags.ExifImageHeight);
  if (Number.isInteger(exifWidth) && Number.isInteger(exifHeight) && exifWidth > 0 && exifHeight > 0) meta.exifSize = { width: exifWidth, height: exifHeight };
  const capture =
    parseCaptureReading(text(tags.DateTimeOriginal), text(tags.OffsetTimeOriginal) ?? text(tags.OffsetTime), text(tags.SubSecTimeOriginal)) ??
    parseCaptureReading(text(tags.CreateDate), text(tags.OffsetTimeDigitized) ?? text(tags.OffsetTime), text(tags.SubSecTimeDigitized));
  if (capture) meta.capture = capture;
  const lat = coordinate(tags.GPSLatitude, tags.GPSLatitudeRef, 'S');
  const lng = coordinate(tags.GPSLongitude, tags.GPSLongitudeRef, 'W');
  if (lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0)) {
    meta.gps = { lat: round6(lat), lng: round6(lng) };
    const alt = Number(tags.GPSAltitude);
    if (Number.isFinite(alt)) meta.gps.alt = Number(tags.GPSAltitudeRef) === 1 ? -alt : alt;
  }
  return meta;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
