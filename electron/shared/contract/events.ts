import { z } from 'zod';

/** Messages the main process pushes to the renderer (the only other direction of the bridge). */
export const eventContract = {
  /** A menu item or global shortcut asks the UI to do something. */
  'menu:command': z.object({
    command: z.enum([
      'quick-capture-talk',
      'quick-capture-poster',
      'quick-capture-meal',
      'quick-capture-note',
      'new-trip',
      'search',
      'undo-delete',
      'toggle-theme',
      'set-language-en',
      'set-language-ko',
    ]),
  }),
  /** The window is about to close: save pending edits, then call app.flushed. */
  'app:flush-request': z.object({}),
  /** A background save failed; the data is still in memory and will be retried. */
  'library:save-error': z.object({ message: z.string() }),
  'photos:progress': z.object({
    jobId: z.string(),
    done: z.number(),
    total: z.number(),
    imported: z.number(),
    duplicates: z.number(),
    failed: z.number(),
    finished: z.boolean(),
  }),
} as const;

export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.infer<(typeof eventContract)[E]>;
export const EVENT_NAMES = Object.keys(eventContract) as EventName[];
