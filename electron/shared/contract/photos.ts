import { z } from 'zod';
import { Id } from '../schemas/ids';
import { Camera, Photo } from '../schemas/photo';
import { LocalDate, LocalDateTime, TimeZone } from '../schemas/time';
import type { ContractTable } from './types';

const CameraKey = z.string().min(1).max(300);
const Minutes = z.number().int().min(-48 * 60).max(48 * 60);

/** Why a file was not imported; stable codes the UI can translate. */
export const ImportFailure = z.enum([
  'empty',
  'truncated',
  'not-an-image',
  'unsupported',
  'unreadable',
  'too-large',
  'corrupt',
  'cancelled',
  /** Seen in a folder but not a photo (a video, a sidecar), or in a folder nested too deep: skipped, not failed. */
  'not-a-photo',
  'too-deep',
]);
export type ImportFailure = z.infer<typeof ImportFailure>;

/** The outcome of one file of an import (also what `cli photos import --json` prints). */
export const ImportFileResult = z.object({
  path: z.string(),
  /** `skipped`: a file in a dropped folder that is not a photo (videos, sidecars); reported, not counted as failed. */
  status: z.enum(['imported', 'duplicate', 'failed', 'skipped']),
  photoId: z.string().optional(),
  /** For duplicates: the photo already in the trip with the same bytes. */
  duplicateOf: z.string().optional(),
  reason: ImportFailure.optional(),
  message: z.string().optional(),
});
export type ImportFileResult = z.infer<typeof ImportFileResult>;

export const ImportPhase = z.enum(['scanning', 'importing', 'thumbnails', 'finished', 'cancelled']);
export type ImportPhase = z.infer<typeof ImportPhase>;

export const ImportCounts = z.object({
  /** Files handled so far (imported + duplicates + failed + skipped). */
  done: z.number().int(),
  total: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int().default(0),
  /** Thumbnails / HEIC display files still being made for imported photos. */
  mediaPending: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportReport = ImportCounts.extend({
  jobId: z.string(),
  tripId: z.string(),
  phase: ImportPhase,
  finished: z.boolean(),
  files: z.array(ImportFileResult),
  elapsedMs: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A camera as the UI lists it: its clock settings plus what it took. */
export const CameraView = Camera.extend({
  photoCount: z.number().int(),
  /** Photos whose time depends on this camera's zone (no offset in the file). */
  localOnlyCount: z.number().int(),
  firstLocalTime: z.string().nullable(),
  lastLocalTime: z.string().nullable(),
  canUndo: z.boolean(),
});
export type CameraView = z.infer<typeof CameraView>;

/** Every camera-clock change answers with the camera and the photos whose time moved. */
const CameraChange = z.object({ camera: CameraView, changed: z.array(Photo) });

const PhotoPatch = z
  .object({ caption: z.string().max(2000), excludeFromExport: z.boolean(), flagged: z.boolean() })
  .partial()
  .strict();

/** Where photos are moved: an entry, the day's unsorted tray (`entryId: null`), or back to automatic. */
const MoveTarget = z.union([
  z.object({ entryId: Id.nullable() }).strict(),
  z.object({ auto: z.literal(true) }).strict(),
]);

const CoverTarget = z.union([z.object({ entryId: Id }).strict(), z.object({ day: LocalDate }).strict()]);

export const photosContract = {
  /**
   * Starts importing files and folders (absolute paths, folders recursively).
   * Answers at once with the job id; progress and the new photos arrive as
   * 'photos:progress' events. `jobId` may be chosen by the caller (so it can
   * cancel before the answer arrives).
   */
  'photos.import': {
    request: z.object({ tripId: Id, paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000), jobId: Id.optional() }).strict(),
    response: z.object({ jobId: z.string() }),
  },
  /** Stops a job: files not started are reported `cancelled`; half-copied files are removed. */
  'photos.cancelImport': {
    request: z.object({ jobId: Id }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** The full report of a running or recent job (every file's result). */
  'photos.importStatus': { request: z.object({ jobId: Id }).strict(), response: ImportReport },
  /** Photos of a trip in capture order; filters combine. `entryId: null` = the unsorted trays. */
  'photos.list': {
    request: z
      .object({ tripId: Id, day: LocalDate.optional(), entryId: Id.nullable().optional(), flagged: z.boolean().optional() })
      .strict(),
    response: z.array(Photo),
  },
  'photos.update': {
    request: z.object({ tripId: Id, photoId: Id, patch: PhotoPatch }).strict(),
    response: Photo,
  },
  /** Sets one photo's time by hand (local time in the trip's zone); null gives it back to its file/camera. */
  'photos.setTime': {
    request: z.object({ tripId: Id, photoId: Id, localTime: LocalDateTime.nullable() }).strict(),
    response: Photo,
  },
  /** Drag and drop: moved photos become `manual` and are never re-matched, unless moved to `{auto:true}`. */
  'photos.move': {
    request: z.object({ tripId: Id, photoIds: z.array(Id).min(1).max(10_000), to: MoveTarget }).strict(),
    response: z.array(Photo),
  },
  /**
   * Turns photos by hand: `quarterTurns` clockwise (1 right, -1 left, 2 upside down). The originals stay
   * as they are; the new thumbnails are made before the answer, which carries the changed photos.
   */
  'photos.rotate': {
    request: z
      .object({ tripId: Id, photoIds: z.array(Id).min(1).max(1000), quarterTurns: z.number().int().min(-3).max(3) })
      .strict()
      .refine((r) => r.quarterTurns !== 0, 'quarterTurns must not be 0'),
    response: z.array(Photo),
  },
  /**
   * Estimates places for photos without GPS: from the phone's photos within 5 minutes, or from a GPX track
   * (`gpx`: the file's text). Estimated places are marked and never replace a file's own GPS.
   */
  'photos.geotag': {
    request: z.object({ tripId: Id, gpx: z.string().max(64 * 1024 * 1024).optional() }).strict(),
    response: z.object({ changed: z.array(Photo) }),
  },
  /**
   * "Import GPX track…": estimates places from the GPX file at `path`, which main reads only if its file
   * chooser (`app.chooseFiles` with purpose 'gpx') just returned it. Answers the photos that got a place and
   * the track's first and last time (UTC), so "no photo matched" can say when the track ran.
   */
  'photos.geotagFile': {
    request: z.object({ tripId: Id, path: z.string().min(1).max(4096) }).strict(),
    response: z.object({ changed: z.array(Photo), fileName: z.string(), trackStart: z.string(), trackEnd: z.string() }),
  },
  /** Clears estimated places (a file's own GPS stays); they are not estimated again. */
  'photos.clearPlace': {
    request: z.object({ tripId: Id, photoIds: z.array(Id).min(1).max(10_000) }).strict(),
    response: z.array(Photo),
  },
  /** Cover photo of an entry or a day; `photoId: null` clears it. */
  'photos.setCover': {
    request: z.object({ tripId: Id, target: CoverTarget, photoId: Id.nullable() }).strict(),
    response: z.object({ photoId: z.string().nullable() }),
  },
  /** Removes photos from the trip (the original stays in the library); answers them whole for undo. */
  'photos.remove': {
    request: z.object({ tripId: Id, photoIds: z.array(Id).min(1).max(10_000) }).strict(),
    response: z.object({ removed: z.array(Photo) }),
  },
  /** Undo of photos.remove. */
  'photos.restore': {
    request: z.object({ tripId: Id, photos: z.array(Photo).min(1).max(10_000) }).strict(),
    response: z.array(Photo),
  },
  /** Re-runs automatic placement (after entries' times changed); manual placements stay. */
  'photos.rematch': {
    request: z.object({ tripId: Id }).strict(),
    response: z.object({ changed: z.array(Photo) }),
  },
  /** Makes missing thumbnails / HEIC display files in the background (a job, like an import). */
  'photos.rebuildMedia': {
    request: z.object({ tripId: Id }).strict(),
    response: z.object({ jobId: z.string() }),
  },
  'cameras.list': { request: z.object({ tripId: Id }).strict(), response: z.array(CameraView) },
  /**
   * Corrects a camera's clock for all its photos: `byMinutes` adds to the
   * current shift, `shiftMinutes` sets it, `timeZone` names the zone its clock
   * was set to (null: the trip's). Undoable.
   */
  'cameras.shift': {
    request: z
      .object({
        tripId: Id,
        cameraKey: CameraKey,
        byMinutes: Minutes.optional(),
        shiftMinutes: Minutes.optional(),
        timeZone: TimeZone.nullable().optional(),
      })
      .strict()
      .refine((r) => r.byMinutes === undefined || r.shiftMinutes === undefined, 'give byMinutes or shiftMinutes, not both')
      .refine((r) => r.byMinutes !== undefined || r.shiftMinutes !== undefined || r.timeZone !== undefined, 'nothing to change'),
    response: CameraChange,
  },
  /** "This photo was taken at 10:34" (local time in the trip's zone): shifts its whole camera. */
  'cameras.setByExample': {
    request: z.object({ tripId: Id, photoId: Id, localTime: LocalDateTime }).strict(),
    response: CameraChange,
  },
  /** Puts the camera's previous clock setting back. */
  'cameras.undo': {
    request: z.object({ tripId: Id, cameraKey: CameraKey }).strict(),
    response: CameraChange,
  },
} satisfies ContractTable;
