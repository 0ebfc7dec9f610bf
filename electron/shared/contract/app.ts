import { z } from 'zod';
import type { ContractTable } from './types';

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Only https tile servers with the {z}/{x}/{y} placeholders. */
const TileUrl = z
  .string()
  .max(500)
  .refine((v) => /^https:\/\/[^\s]+$/.test(v) && ['{z}', '{x}', '{y}'].every((p) => v.includes(p)), 'must be an https URL with {z}, {x} and {y}');

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
      .object({
        language: z.enum(['system', 'en', 'ko']),
        theme: z.enum(['system', 'light', 'dark']),
        /** Map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
        tileUrl: TileUrl,
        tileAttribution: z.string().max(500),
        /** Paper lookups at arXiv, OpenReview and Crossref; off, nothing leaves the machine. */
        paperLookups: z.boolean(),
      })
      .partial()
      .strict(),
    response: z.object({}),
  },
  'app.getPreferences': {
    request: z.object({}).strict(),
    response: z.object({
      language: z.enum(['system', 'en', 'ko']),
      theme: z.enum(['system', 'light', 'dark']),
      tileUrl: z.string(),
      tileAttribution: z.string(),
      paperLookups: z.boolean(),
      systemLanguage: z.string(),
    }),
  },
  /** System file chooser; the renderer never sees the file system otherwise. */
  /** `gpx`: one GPX track, which main then reads for `photos.geotagFile`; `programme`: one file for `programme.import`. */
  'app.chooseFiles': {
    request: z.object({ purpose: z.enum(['photos', 'gpx', 'programme']) }).strict(),
    response: z.object({ paths: z.array(z.string()) }),
  },
  /** System "save as" chooser; `citations` names a BibTeX or CSL-JSON file that `papers.exportCitations` then writes. */
  'app.chooseSaveFile': {
    request: z.object({ purpose: z.literal('citations'), format: z.enum(['bibtex', 'csl-json']), name: z.string().max(200).default('') }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  'app.chooseFolder': {
    request: z.object({ purpose: z.enum(['export', 'photos']) }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  /**
   * Opens what an export wrote: `show` reveals `file` in the system file manager,
   * `open` opens it with its default program (index.html in the browser). Main
   * refuses any folder the user did not choose for an export in this session,
   * one without an export manifest, and any file outside that folder.
   */
  'app.openExport': {
    request: z.object({ outDir: z.string().min(1).max(4000), file: z.string().max(1000), how: z.enum(['open', 'show']) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} satisfies ContractTable;
