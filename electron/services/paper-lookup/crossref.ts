import { httpGet, parseJson, type HttpOptions } from './http';
import { markupText, titleMatchKey } from './text';
import { LookupFailure, type FetchedPaper } from './types';
import type { PublicationType } from '../../shared/schemas/paper';

/**
 * Crossref's REST API (https://api.crossref.org): `GET /works/{doi}` answers
 * `{"status":"ok","message-type":"work","message":{…}}` and a plain-text 404
 * ("Resource not found.") for an unknown DOI; `GET /works?query.bibliographic=`
 * answers `message-type: work-list` with `message.items`. Titles and container
 * titles are arrays; authors `{given, family}` (or `name` for organisations);
 * dates `{"date-parts": [[2022, 10, 23]]}`; abstracts are JATS markup.
 */
interface Work {
  DOI?: string;
  URL?: string;
  type?: string;
  title?: string[];
  'container-title'?: string[];
  author?: { given?: string; family?: string; name?: string }[];
  abstract?: string;
  issued?: { 'date-parts'?: (number | null)[][] };
  published?: { 'date-parts'?: (number | null)[][] };
  link?: { URL?: string; 'content-type'?: string }[];
}

const TYPES: Record<string, PublicationType> = {
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'posted-content': 'article',
  'book': 'book',
  'monograph': 'book',
  'book-chapter': 'chapter',
};

export function workToPaper(work: Work): FetchedPaper {
  const doi = (work.DOI ?? '').toLowerCase();
  const year = (work.issued ?? work.published)?.['date-parts']?.[0]?.[0];
  const pdf = (work.link ?? []).find((l) => l['content-type'] === 'application/pdf' && l.URL?.startsWith('http'));
  return {
    title: markupText(work.title?.[0] ?? ''),
    authors: (work.author ?? []).map((a) => (a.name ? a.name : [a.given, a.family].filter(Boolean).join(' ')).trim()).filter(Boolean),
    abstract: work.abstract ? markupText(work.abstract) : '',
    venue: markupText(work['container-title']?.[0] ?? ''),
    year: typeof year === 'number' ? year : undefined,
    pdfUrl: pdf?.URL ?? '',
    url: doi ? `https://doi.org/${doi}` : (work.URL ?? ''),
    doi,
    publicationType: TYPES[work.type ?? ''] ?? 'other',
  };
}

export class CrossrefClient {
  constructor(
    private readonly baseUrl: string,
    private readonly http: HttpOptions = {},
    /** Crossref's "polite pool": a contact address sent with every request. */
    private readonly mailto = '',
  ) {}

  private url(path: string, params: Record<string, string> = {}): string {
    const query = new URLSearchParams({ ...params, ...(this.mailto ? { mailto: this.mailto } : {}) }).toString();
    return `${this.baseUrl}${path}${query ? `?${query}` : ''}`;
  }

  async byDoi(doi: string): Promise<FetchedPaper> {
    // The DOI's slash stays a slash (the API's path is /works/10.1145/3292500.3330701); the rest is encoded.
    const answer = await httpGet(this.url(`/works/${doi.split('/').map(encodeURIComponent).join('/')}`), this.http);
    if (answer.status === 404) throw new LookupFailure('not-found', `Crossref has no DOI ${doi}`);
    if (answer.status !== 200) throw new LookupFailure('unavailable', `Crossref answered HTTP ${answer.status}`);
    const doc = parseJson(answer.body, 'Crossref') as { status?: string; message?: Work };
    if (doc.status !== 'ok' || !doc.message) throw new LookupFailure('unavailable', 'Crossref answered without a work');
    return workToPaper(doc.message);
  }

  async byTitle(title: string): Promise<FetchedPaper> {
    const answer = await httpGet(this.url('/works', { 'query.bibliographic': title, rows: '5', select: 'DOI,URL,type,title,container-title,author,abstract,issued,published,link' }), this.http);
    if (answer.status !== 200) throw new LookupFailure('unavailable', `Crossref answered HTTP ${answer.status}`);
    const doc = parseJson(answer.body, 'Crossref') as { status?: string; message?: { items?: Work[] } };
    if (doc.status !== 'ok' || !Array.isArray(doc.message?.items)) throw new LookupFailure('unavailable', 'Crossref answered without a work list');
    // The search ranks near misses too; only the same title is this paper.
    const key = titleMatchKey(title);
    const work = doc.message.items.find((w) => titleMatchKey(markupText(w.title?.[0] ?? '')) === key);
    if (!work) throw new LookupFailure('not-found', `Crossref has no paper titled "${title}"`);
    return workToPaper(work);
  }
}
