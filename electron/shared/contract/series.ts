import { z } from 'zod';
import { Id } from '../schemas/ids';
import { ExportFormat, ExportLanguage, PartInput, Series, SeriesStyle, SeriesView } from '../schemas/series';
import type { ContractTable } from './types';

export { SeriesView };

export const ExportRequest = z
  .object({
    tripId: Id,
    seriesId: Id,
    format: ExportFormat,
    /** Absolute folder chosen by the user (main's dialog); created when missing. */
    outDir: z.string().min(1).max(4096),
    /** Write into a folder that is not empty and not a previous export of this series. */
    overwrite: z.boolean().default(false),
    longEdge: z.number().int().min(320).max(8192).default(1600),
    /** Keep the capture date in the images (GPS and camera data are always removed). */
    keepCaptureDate: z.boolean().default(false),
    /** Add the "papers I saw" post after the parts. */
    digest: z.boolean().default(false),
    /** Absent: the series' own language and style. */
    language: ExportLanguage.optional(),
    style: SeriesStyle.optional(),
    /** Leave empty parts out of the export. */
    skipEmpty: z.boolean().default(false),
  })
  .strict();

export const ExportReport = z.object({
  outDir: z.string(),
  format: ExportFormat,
  pages: z.array(z.object({ title: z.string(), file: z.string() })),
  /** File to open first, relative to outDir. */
  start: z.string(),
  /** `written` counts pages and photos; `support` the styles and math fonts shipped beside them. */
  files: z.object({ written: z.number(), support: z.number(), unchanged: z.number(), removed: z.number() }),
  photos: z.object({
    exported: z.number(),
    converted: z.number(),
    missing: z.array(z.object({ photoId: z.string(), file: z.string(), reason: z.string() })),
  }),
  seconds: z.number(),
  /** Empty parts and the like, in plain words; shown to the writer. */
  warnings: z.array(z.string()).default([]),
});
export type ExportReport = z.infer<typeof ExportReport>;

/** Series arrangement, preview and export. */
export const seriesContract = {
  'series.list': {
    request: z.object({ tripId: Id }).strict(),
    response: z.array(SeriesView),
  },
  /** The suggested split (travel before · each conference day · travel after), NOT stored. */
  'series.suggest': {
    request: z.object({ tripId: Id, title: z.string().max(300).optional() }).strict(),
    response: SeriesView,
  },
  /** Stores a new series: from `parts` if given, else the suggestion (or empty with start: 'empty'). */
  'series.create': {
    request: z
      .object({
        tripId: Id,
        title: z.string().max(300).optional(),
        start: z.enum(['suggestion', 'empty']).default('suggestion'),
        parts: z.array(PartInput).max(200).optional(),
      })
      .strict(),
    response: SeriesView,
  },
  /**
   * Renames the series and/or replaces its whole arrangement: send every part
   * in order (keep ids of existing parts; omit the id of a new one). Merging,
   * splitting, reordering and moving days or entries are all this call.
   */
  'series.update': {
    request: z
      .object({
        tripId: Id,
        seriesId: Id,
        title: z.string().max(300).optional(),
        intro: z.string().max(50_000).optional(),
        style: SeriesStyle.optional(),
        language: ExportLanguage.optional(),
        parts: z.array(PartInput).max(200).optional(),
      })
      .strict(),
    response: SeriesView,
  },
  /** Removes the series (entries are untouched); returns it for undo via series.create { parts }. */
  'series.delete': {
    request: z.object({ tripId: Id, seriesId: Id }).strict(),
    response: z.object({ series: Series }),
  },
  /** One part (or partId "digest") as a standalone HTML document for a sandboxed iframe's srcdoc. */
  'series.preview': {
    request: z
      .object({
        tripId: Id,
        seriesId: Id,
        partId: z.string().min(1).max(64),
        digest: z.boolean().default(false),
        /** Absent: the series' own language and style (a live preview of a setting may pass them). */
        language: ExportLanguage.optional(),
        style: SeriesStyle.optional(),
      })
      .strict(),
    response: z.object({ title: z.string(), html: z.string() }),
  },
  'series.export': { request: ExportRequest, response: ExportReport },
} satisfies ContractTable;
