import { z } from 'zod';
import { multiLine, singleLine } from './text';
import { LocalDate } from './time';

/**
 * One piece of a part: a whole trip day, or a single entry. A day section
 * stands for every entry of that day that is not placed on its own elsewhere
 * in the same series, plus the day's loose photos — so "the posters of day 3"
 * can move to their own part while the rest of day 3 stays where it was.
 */
export const Section = z.discriminatedUnion('type', [
  z.object({ type: z.literal('day'), date: LocalDate }),
  z.object({ type: z.literal('entry'), entryId: z.string().min(1) }),
]);
export type Section = z.infer<typeof Section>;

export const Part = z.looseObject({
  id: z.string().min(1),
  /** Empty means the default "<series title> N". */
  title: singleLine(z.string().max(300)).default(''),
  /** The writer's own words before the first entry and after the last (Markdown). */
  intro: multiLine(z.string().max(50_000)).default(''),
  outro: multiLine(z.string().max(50_000)).default(''),
  coverPhotoId: z.string().optional(),
  sections: z.array(Section).default([]),
});
export type Part = z.infer<typeof Part>;

/**
 * How a series reads. `log`: clock times and kind labels ("10:30–10:50 · …",
 * "Oral · Session 1A"). `story`: a travelogue — no clock times or kind labels,
 * headings only for entries with a title, Q&A written as a short exchange.
 */
export const SERIES_STYLES = ['log', 'story'] as const;
export const SeriesStyle = z.enum(SERIES_STYLES);
export type SeriesStyle = z.infer<typeof SeriesStyle>;

/** Language of the few words the export adds itself ("Previous", "Oral", "Day 3"). */
export const ExportLanguage = z.enum(['en', 'ko']);
export type ExportLanguage = z.infer<typeof ExportLanguage>;

export const Series = z.looseObject({
  id: z.string().min(1),
  title: singleLine(z.string().trim().min(1).max(300)),
  /** Opens the series: shown on its first page and on the index of folder exports. */
  intro: multiLine(z.string().max(50_000)).default(''),
  style: SeriesStyle.default('log'),
  /** Remembered so every export and preview of the series speaks it; absent = English. */
  language: ExportLanguage.optional(),
  parts: z.array(Part).default([]),
});
export type Series = z.infer<typeof Series>;

/** A part as the UI sends it when rearranging: new parts have no id yet. */
export const PartInput = z
  .object({
    id: z.string().min(1).max(64).optional(),
    title: singleLine(z.string().max(300)).default(''),
    /** Omitted = keep the part's current words (rearranging never wipes them). */
    intro: multiLine(z.string().max(50_000)).optional(),
    outro: multiLine(z.string().max(50_000)).optional(),
    coverPhotoId: z.string().min(1).nullable().optional(),
    sections: z.array(Section).max(2000).default([]),
  })
  .strict();
export type PartInput = z.input<typeof PartInput>;

export const EXPORT_FORMATS = ['hugo', 'jekyll', 'markdown', 'html'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A series with what its arrangement leaves out ("not in any part"): what every series method answers. */
export const SeriesView = z.object({
  series: Series,
  unplaced: z.object({
    /** Entries no part shows, in time order. */
    entryIds: z.array(z.string()),
    /** Days with entries or photos that are no part's day section. */
    days: z.array(z.string()),
  }),
  /** Parts with nothing in them (no entry, photo or words): warned about before publishing. */
  emptyPartIds: z.array(z.string()).default([]),
});
export type SeriesView = z.infer<typeof SeriesView>;
