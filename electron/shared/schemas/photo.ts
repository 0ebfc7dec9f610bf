import { z } from 'zod';
import { Instant, LocalDate, LocalDateTime, TimeZone } from './time';

/**
 * Where a photo's capture time came from. `exif-offset` is exact (phones);
 * `exif-local` is a wall-clock reading interpreted in the camera's zone
 * (most cameras); `file-time` is the file's mtime and is flagged for review.
 */
export const CaptureSource = z.enum(['exif-offset', 'exif-local', 'file-time']);
export type CaptureSource = z.infer<typeof CaptureSource>;

/** Image formats the import accepts (by content, not by file name). */
export const PhotoFormat = z.enum(['jpeg', 'heic', 'png', 'tiff', 'webp', 'avif', 'gif']);
export type PhotoFormat = z.infer<typeof PhotoFormat>;

/** A wall-clock reading with seconds, as written by the device: 2022-10-24T10:34:12. */
const WallClock = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'must be a time like 2022-10-24T10:34:12');

export const Photo = z.looseObject({
  id: z.string().min(1),
  /** SHA-256 of the original's bytes: the library stores each original once. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Path of the original inside the library, relative, with forward slashes. */
  file: z.string().min(1),
  /**
   * Library-relative paths the renderer shows (proceedings-media://library/<path>).
   * `thumb` is the embedded EXIF preview until the 400 px thumbnail is made;
   * `display` is the original for JPEG/PNG/WebP and a derived JPEG for HEIC/TIFF.
   * Null/absent while still being made (HEIC is decoded in the background).
   * Optional so records written before these fields existed stay valid.
   */
  thumb: z.string().nullable().optional(),
  display: z.string().nullable().optional(),
  /** Set when the thumbnail or display file could not be made (the original is kept). */
  mediaError: z.string().max(500).optional(),
  originalName: z.string().max(1000),
  format: PhotoFormat.optional(),
  mime: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Pixel size as displayed (orientation applied). */
  width: z.number().int().nonnegative().default(0),
  height: z.number().int().nonnegative().default(0),
  /**
   * The EXIF orientation applied to the stored pixels: the file's tag, or 1
   * when the camera had turned the pixels already (`pixelsTurned`).
   */
  orientation: z.number().int().min(1).max(8).default(1),
  pixelsTurned: z.boolean().optional(),
  /** Quarter turns clockwise the user added by hand (the original is never changed). */
  turns: z.number().int().min(0).max(3).default(0),
  /** Camera identity "make model [#serial]"; null for screenshots and the like. */
  cameraKey: z.string().nullable().default(null),
  capture: z.object({
    source: CaptureSource,
    /** The EXIF wall-clock reading as written by the device, e.g. "2022:10:24 10:34:12". */
    raw: z.string().default(''),
    /** The same reading as an ISO wall-clock (no zone); absent for file-time. */
    wallClock: WallClock.optional(),
    /** Milliseconds from SubSecTimeOriginal. */
    subSecondMs: z.number().int().min(0).max(999).optional(),
    offset: z.string().optional(),
    /**
     * Where in the file the reading was found: EXIF (absent in records made
     * before this field), or XMP / IPTC for scans and edited files whose EXIF
     * has no time. The photo panel shows it beside the time.
     */
    from: z.enum(['exif', 'xmp', 'iptc']).optional(),
    /** The instant before any camera clock correction (exif-local: read in the trip's zone). */
    originalInstant: Instant,
  }),
  /** A time the user typed for this one photo; wins over everything else. */
  manualTakenAt: Instant.nullable().optional(),
  /** Corrected capture instant (camera shift applied). */
  takenAt: Instant,
  /** Wall-clock time in the trip's zone, and the trip day it belongs to. */
  localTime: LocalDateTime,
  day: LocalDate,
  gps: z.object({ lat: z.number(), lng: z.number(), alt: z.number().optional() }).optional(),
  /** The place is an estimate: from the phone's photos taken around the same time, or from a GPX track. */
  gpsEstimated: z.enum(['phone', 'gpx']).optional(),
  /** The user cleared an estimated place: it is not estimated again. */
  placeCleared: z.boolean().optional(),
  entryId: z.string().nullable().default(null),
  /** `manual` placements are never overwritten by automatic matching. */
  placement: z.enum(['auto', 'manual']).default('auto'),
  caption: z.string().max(2000).default(''),
  excludeFromExport: z.boolean().default(false),
  /** Needs the user's attention (e.g. no capture time in the file). */
  flagged: z.boolean().default(false),
  importedAt: Instant,
});
export type Photo = z.infer<typeof Photo>;

export const CameraHistoryItem = z.object({
  shiftMinutes: z.number().int(),
  timeZone: TimeZone.optional(),
  at: Instant,
});

export const Camera = z.looseObject({
  key: z.string().min(1),
  label: z.string().max(300),
  /** Correction added to the camera's readings, in minutes. */
  shiftMinutes: z.number().int().min(-48 * 60).max(48 * 60).default(0),
  /** Zone the camera's clock was set to, for photos without an offset; defaults to the trip's zone. */
  timeZone: TimeZone.optional(),
  /** Previous settings, newest last, so a correction can be undone. */
  history: z.array(CameraHistoryItem).default([]),
});
export type Camera = z.infer<typeof Camera>;
