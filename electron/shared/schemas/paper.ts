import { z } from 'zod';
import { singleLine } from './text';
import { Instant } from './time';

/**
 * How a paper is identified; `key` is the normalised identity ("arxiv:2007.10909").
 * `title` papers are recorded by their title alone ("title:streamable neural fields")
 * and gain a link later, when the writer finds one.
 */
export const PaperSource = z.enum(['arxiv', 'openreview', 'doi', 'url', 'title']);
export type PaperSource = z.infer<typeof PaperSource>;

export const Paper = z.looseObject({
  id: z.string().min(1),
  key: z.string().min(1),
  source: PaperSource,
  /** Canonical link to the paper's landing page; empty for a paper known by its title only. */
  url: z.union([z.url(), z.literal('')]).default(''),
  title: singleLine(z.string().max(500)).default(''),
  authors: z.array(singleLine(z.string().max(200))).max(200).default([]),
  venue: singleLine(z.string().max(200)).default(''),
  starred: z.boolean().default(false),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Paper = z.infer<typeof Paper>;

export const PaperPatch = z
  .object({
    title: singleLine(z.string().max(500)),
    authors: z.array(singleLine(z.string().trim().min(1).max(200))).max(200),
    venue: singleLine(z.string().max(200)),
    starred: z.boolean(),
  })
  .partial()
  .strict();
export type PaperPatch = z.infer<typeof PaperPatch>;
