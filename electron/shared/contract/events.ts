import { z } from 'zod';
import { COMMAND_IDS } from '../commands';
import { Photo } from '../schemas/photo';
import { ImportCounts, ImportFileResult, ImportPhase } from './photos';

/** Messages the main process pushes to the renderer (the only other direction of the bridge). */
export const eventContract = {
  /** A menu item asks the UI to run one command of the table in electron/shared/commands.ts. */
  'menu:command': z.object({
    command: z.enum(COMMAND_IDS),
  }),
  /** The window is about to close: save pending edits, then call app.flushed. */
  'app:flush-request': z.object({}),
  /** A background save failed; the data is still in memory and will be retried. */
  'library:save-error': z.object({ message: z.string() }),
  /**
   * An import (or media rebuild) job moved on; sent at most ~10 times a second.
   * `files` and `photos` hold only what is new since the previous event
   * (`photos`: records just added to the trip, so their thumbnails can show at once;
   * `updated`: records whose thumbnail/display file became ready or changed).
   * The full file list is available from photos.importStatus.
   */
  'photos:progress': ImportCounts.extend({
    jobId: z.string(),
    tripId: z.string(),
    phase: ImportPhase,
    finished: z.boolean(),
    files: z.array(ImportFileResult),
    photos: z.array(Photo),
    updated: z.array(Photo),
  }),
  /** Photos prepared for a series export (the slow part of publishing). */
  'series:export-progress': z.object({ tripId: z.string(), seriesId: z.string(), done: z.number(), total: z.number() }),
} as const;

export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.infer<(typeof eventContract)[E]>;
export const EVENT_NAMES = Object.keys(eventContract) as EventName[];
