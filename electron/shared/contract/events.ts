import { z } from 'zod';
import { COMMAND_IDS } from '../commands';
import { Paper } from '../schemas/paper';
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
  /** A background lookup filled (or marked pending / not found) one paper of a trip. */
  'paper:changed': z.object({ tripId: z.string(), paper: Paper }),
  /** Photos prepared for a series export (the slow part of publishing). */
  'series:export-progress': z.object({ tripId: z.string(), seriesId: z.string(), done: z.number(), total: z.number() }),
} as const;

export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.infer<(typeof eventContract)[E]>;
export const EVENT_NAMES = Object.keys(eventContract) as EventName[];

/**
 * The one IPC channel every event travels on, as `(name, payload)`: main sends
 * with `sendEvent`, the preload listens with `subscribeEvent`. Payloads are
 * typed by the table above but not parsed on arrival: main is their only
 * sender, and a parse of every import progress event would cost the import
 * time (tests parse them: test/unit/photos/contract-cli.test.ts).
 */
export const EVENT_CHANNEL = 'proceedings:event';

/** What carries events out of main (Electron's `webContents`), so this file needs no Electron import. */
export interface EventSender {
  send(channel: string, ...args: unknown[]): void;
}

/** What events arrive on in the preload (Electron's `ipcRenderer`). */
export interface EventReceiver {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  off(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function sendEvent<E extends EventName>(sender: EventSender, name: E, payload: EventPayload<E>): void {
  sender.send(EVENT_CHANNEL, name, payload);
}

/** Calls `listener` with every `name` event until the returned function is called; unknown names are refused. */
export function subscribeEvent<E extends EventName>(
  receiver: EventReceiver,
  name: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  if (!Object.prototype.hasOwnProperty.call(eventContract, name)) throw new Error(`Unknown event "${String(name)}".`);
  const route = (_event: unknown, ...args: unknown[]) => {
    if (args[0] === name) listener(args[1] as EventPayload<E>);
  };
  receiver.on(EVENT_CHANNEL, route);
  return () => {
    receiver.off(EVENT_CHANNEL, route);
  };
}
