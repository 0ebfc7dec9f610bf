import { FetchableField, Paper } from '../../shared/schemas/paper';
import { fingerprint, isFetched } from '../../shared/domain/paper-fetched';
import type { FetchedPaper, LookupTarget } from './types';

// Pure, shared with the renderer (which shows what was fetched); re-exported for the services' callers.
export { fingerprint, isFetched };

/** Which service can tell about this paper: its link decides; a paper known by its title is searched. */
export function targetFor(paper: Paper): LookupTarget | null {
  const id = paper.key.slice(paper.key.indexOf(':') + 1);
  switch (paper.source) {
    case 'arxiv':
      return { kind: 'arxiv', id };
    case 'openreview':
      return { kind: 'openreview', id };
    case 'doi':
      return { kind: 'doi', doi: id };
    case 'title':
      return paper.title.trim() ? { kind: 'title', title: paper.title.trim() } : null;
    default:
      // Any other web page: no service to ask.
      return null;
  }
}

/** The cache's name for what is asked: one answer per identifier or per title. */
export function targetKey(target: LookupTarget): string {
  switch (target.kind) {
    case 'arxiv':
      return `arxiv:${target.id}`;
    case 'openreview':
      return `openreview:${target.id}`;
    case 'doi':
      return `doi:${target.doi}`;
    case 'title':
      return `title:${target.title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
  }
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Big collaborations list thousands of authors; the record keeps the first 200 rather than none. */
function clamp(field: FetchableField, value: unknown): unknown {
  // Links from a service are shown as links: only web ones are taken (never javascript: or file:).
  if ((field === 'url' || field === 'pdfUrl') && (typeof value !== 'string' || !/^https?:\/\/[^\s]+$/i.test(value))) return undefined;
  if (field === 'authors' && Array.isArray(value)) return value.slice(0, 200).map((a: string) => a.slice(0, 200));
  if (field === 'abstract' && typeof value === 'string') return value.slice(0, 20_000);
  if (field === 'title' && typeof value === 'string') return value.slice(0, 500);
  return value;
}

/**
 * Puts fetched values into the paper. What the writer typed always wins: a value
 * fills a field only when it is empty or still holds what an earlier lookup put
 * there (its fingerprint matches), so a re-lookup refreshes fetched fields and
 * never a typed one. Returns the fields that changed.
 */
export function mergeFetched(paper: Paper, fetched: FetchedPaper): FetchableField[] {
  const changed: FetchableField[] = [];
  const marks = { ...(paper.fetched ?? {}) };
  for (const field of FetchableField.options) {
    const value = clamp(field, fetched[field]);
    if (isEmpty(value)) continue;
    const current = paper[field];
    if (!isEmpty(current) && !isFetched(paper, field)) continue;
    // Through the schema, so a fetched value obeys the same limits (one line, length) as a typed one.
    const probe = Paper.shape[field].safeParse(value);
    if (!probe.success || isEmpty(probe.data)) continue;
    if (fingerprint(current) !== fingerprint(probe.data)) changed.push(field);
    Object.assign(paper, { [field]: probe.data });
    marks[field] = fingerprint(probe.data);
  }
  paper.fetched = marks;
  return changed;
}
