import { z } from 'zod';
import { multiLine, singleLine } from './text';
import { Instant } from './time';

/**
 * How a paper is identified; `key` is the normalised identity ("arxiv:2007.10909").
 * `title` papers are recorded by their title alone ("title:streamable neural fields")
 * and gain a link later, when the writer finds one.
 */
export const PaperSource = z.enum(['arxiv', 'openreview', 'doi', 'url', 'title']);
export type PaperSource = z.infer<typeof PaperSource>;

/** Fields a lookup (arXiv, OpenReview, Crossref) may fill; see electron/services/paper-lookup/merge.ts. */
export const FetchableField = z.enum(['title', 'authors', 'abstract', 'venue', 'year', 'pdfUrl', 'url', 'doi', 'publicationType']);
export type FetchableField = z.infer<typeof FetchableField>;

/** What kind of publication it is, in CSL's words (drives the BibTeX entry type too). */
export const PublicationType = z.enum(['article', 'paper-conference', 'article-journal', 'book', 'chapter', 'other']);
export type PublicationType = z.infer<typeof PublicationType>;

/**
 * Where the paper's background lookup stands. `pending`: it could not be asked
 * (offline, service busy) and is retried later; `not-found`: the service said
 * so and it is not asked again; `found`: fields were filled.
 */
export const PaperLookup = z.looseObject({
  status: z.enum(['pending', 'found', 'not-found']),
  /** Why it is pending or not found, a sentence for people. */
  reason: z.string().max(500).optional(),
  /** arxiv | openreview | crossref: the service that answered (or will be asked). */
  service: z.string().max(40).optional(),
  at: Instant,
});
export type PaperLookup = z.infer<typeof PaperLookup>;

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
  // Optional, so trip files written before lookups existed load (and save) unchanged.
  abstract: multiLine(z.string().max(20_000)).optional(),
  year: z.number().int().min(1000).max(3000).optional(),
  pdfUrl: z.union([z.url(), z.literal('')]).optional(),
  doi: singleLine(z.string().max(300)).optional(),
  publicationType: PublicationType.optional(),
  lookup: PaperLookup.optional(),
  /**
   * Fields filled by a lookup, each with a fingerprint of the value written then:
   * a field whose value no longer matches was changed by the writer and is theirs.
   */
  fetched: z.partialRecord(FetchableField, z.string().max(40)).optional(),
});
export type Paper = z.infer<typeof Paper>;

export const PaperPatch = z
  .object({
    title: singleLine(z.string().max(500)),
    authors: z.array(singleLine(z.string().trim().min(1).max(200))).max(200),
    venue: singleLine(z.string().max(200)),
    starred: z.boolean(),
    // The fields a lookup fills can be written by hand too; written, they are the writer's.
    abstract: multiLine(z.string().max(20_000)),
    year: z.number().int().min(1000).max(3000),
    pdfUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
    doi: singleLine(z.string().max(300)),
  })
  .partial()
  .strict();
export type PaperPatch = z.infer<typeof PaperPatch>;
