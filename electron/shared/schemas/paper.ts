import { z } from 'zod';
import { singleLine } from './text';
import { Instant } from './time';

/** How a paper is identified; `key` is the normalised identity ("arxiv:2007.10909"). */
export const PaperSource = z.enum(['arxiv', 'openreview', 'doi', 'url']);
export type PaperSource = z.infer<typeof PaperSource>;

export const Paper = z.looseObject({
  id: z.string().min(1),
  key: z.string().min(1),
  source: PaperSource,
  /** Canonical link to the paper's landing page. */
  url: z.url(),
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
