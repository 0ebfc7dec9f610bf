import type { PublicationType } from '../../shared/schemas/paper';

/** The services a paper can be looked up at. */
export type ServiceName = 'arxiv' | 'openreview' | 'crossref';

/** What one service tells about a paper, already in the journal's terms. */
export interface FetchedPaper {
  title: string;
  authors: string[];
  abstract: string;
  venue: string;
  year?: number;
  pdfUrl: string;
  /** Canonical landing page (https://arxiv.org/abs/…, https://openreview.net/forum?id=…, https://doi.org/…). */
  url: string;
  doi: string;
  publicationType?: PublicationType;
}

/** What to ask for: an identifier of one service, or a title to search. */
export type LookupTarget =
  | { kind: 'arxiv'; id: string }
  | { kind: 'openreview'; id: string }
  | { kind: 'doi'; doi: string }
  | { kind: 'title'; title: string };

/**
 * Why a lookup gave no paper. `not-found`: the service answered that it has no
 * such paper (not asked again); `unavailable`: offline, timed out, busy or an
 * answer that could not be read (asked again later).
 */
export class LookupFailure extends Error {
  constructor(
    readonly kind: 'not-found' | 'unavailable',
    message: string,
    /** Set when the service said it is busy (429/503), with the wait it asked for (Retry-After) if any. */
    readonly busy?: { retryAfterMs?: number },
  ) {
    super(message);
    this.name = 'LookupFailure';
  }
}

/** Base URLs of the services; the tests point them at a local server. */
export interface Endpoints {
  arxiv: string;
  openreview: string;
  openreviewV1: string;
  crossref: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  arxiv: 'https://export.arxiv.org/api',
  openreview: 'https://api2.openreview.net',
  openreviewV1: 'https://api.openreview.net',
  crossref: 'https://api.crossref.org',
};
