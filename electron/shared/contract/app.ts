import { z } from 'zod';
import type { ContractTable } from './types';

/** Methods only the main process can serve (system browser, dialogs, app lifecycle). */
export const appContract = {
  'app.openExternal': {
    request: z.object({ url: z.string().max(4000) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** The renderer has flushed its pending edits; the window may close. */
  'app.flushed': { request: z.object({}).strict(), response: z.object({}) },
  'app.setPreferences': {
    request: z
      .object({ language: z.enum(['system', 'en', 'ko']), theme: z.enum(['system', 'light', 'dark']) })
      .partial()
      .strict(),
    response: z.object({}),
  },
  'app.getPreferences': {
    request: z.object({}).strict(),
    response: z.object({ language: z.enum(['system', 'en', 'ko']), theme: z.enum(['system', 'light', 'dark']), systemLanguage: z.string() }),
  },
  /** System file chooser; the renderer never sees the file system otherwise. */
  'app.chooseFiles': {
    request: z.object({ purpose: z.enum(['photos']) }).strict(),
    response: z.object({ paths: z.array(z.string()) }),
  },
  'app.chooseFolder': {
    request: z.object({ purpose: z.enum(['export', 'photos']) }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
} satisfies ContractTable;
