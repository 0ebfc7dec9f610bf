import { z } from 'zod';
import { Id } from '../schemas/ids';
import type { ContractTable } from './types';

export const CitationFormat = z.enum(['bibtex', 'csl-json']);

const LookupList = z.array(z.object({ id: z.string(), reason: z.string() }));

/** What one "look up" did, paper by paper (ids), as the services' LookupReport. */
export const LookupReport = z.object({
  lookedUp: z.array(z.string()),
  cached: z.array(z.string()),
  pending: LookupList,
  notFound: LookupList,
  skipped: LookupList,
  requests: z.object({ arxiv: z.number(), openreview: z.number(), crossref: z.number() }),
});

const CitationRequest = z.object({ tripId: Id, format: CitationFormat, starred: z.boolean().default(false) }).strict();

/** Paper lookups (arXiv, OpenReview, Crossref) and citations, served by the services in main. */
export const papersContract = {
  /** "Look up again": asks for the named papers now (from the library's cache when it holds the answer). */
  'papers.lookup': {
    request: z.object({ tripId: Id, paperIds: z.array(Id).min(1).max(500) }).strict(),
    response: LookupReport,
  },
  /** The machine is back online: papers never looked up or left pending are asked now (in the background). */
  'papers.retryPending': { request: z.object({}).strict(), response: z.object({}) },
  /** The citations as text (for "Copy BibTeX"). */
  'papers.citations': {
    request: CitationRequest,
    response: z.object({ text: z.string(), count: z.number(), keys: z.array(z.object({ paperId: z.string(), key: z.string() })) }),
  },
  /**
   * Writes the citations to `path`, which must be what main's save chooser
   * (`app.chooseSaveFile` with purpose `citations`) just returned: the renderer can name no other file.
   */
  'papers.exportCitations': {
    request: CitationRequest.extend({ path: z.string().min(1).max(4000) }).strict(),
    response: z.object({ file: z.string(), count: z.number() }),
  },
} satisfies ContractTable;
