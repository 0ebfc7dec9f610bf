import { httpGet, parseJson, type HttpOptions } from './http';
import { collapse, yearIn } from './text';
import { LookupFailure, type FetchedPaper } from './types';

/**
 * OpenReview's notes API: `GET /notes?id=…` answers `{"notes":[…]}`. API v2
 * (api2.openreview.net, venues since 2023) wraps every content field as
 * `{"value": …}`; API v1 (api.openreview.net, older venues) gives them plain.
 * A paper lives in one of the two, so v2 is asked first and v1 when v2 has none.
 */
type Field = unknown;
interface Note {
  id?: string;
  forum?: string;
  content?: Record<string, Field>;
  pdate?: number | null;
  odate?: number | null;
  cdate?: number | null;
  tcdate?: number | null;
}

/** A content field in either API version. */
function field(content: Record<string, Field>, name: string): unknown {
  const value = content[name];
  if (value && typeof value === 'object' && !Array.isArray(value) && 'value' in value) return (value as { value: unknown }).value;
  return value;
}
const text = (v: unknown): string => (typeof v === 'string' ? collapse(v) : '');

function yearOf(note: Note, venue: string): number | undefined {
  const fromVenue = yearIn(venue);
  if (fromVenue) return fromVenue;
  const ms = note.pdate ?? note.odate ?? note.cdate ?? note.tcdate;
  return typeof ms === 'number' ? new Date(ms).getUTCFullYear() : undefined;
}

export function noteToPaper(note: Note, id: string): FetchedPaper {
  const content = note.content ?? {};
  const venue = text(field(content, 'venue'));
  const authors = field(content, 'authors');
  const pdf = text(field(content, 'pdf'));
  const forum = note.forum || note.id || id;
  return {
    title: text(field(content, 'title')),
    authors: Array.isArray(authors) ? authors.map((a) => text(a)).filter(Boolean) : [],
    abstract: text(field(content, 'abstract')),
    venue,
    year: yearOf(note, venue),
    // content.pdf is a path ("/pdf/2c7f….pdf"); the site serves every paper at /pdf?id=.
    pdfUrl: pdf ? `https://openreview.net/pdf?id=${encodeURIComponent(forum)}` : '',
    url: `https://openreview.net/forum?id=${encodeURIComponent(forum)}`,
    doi: '',
    publicationType: /submitted to|under review/i.test(venue) || !venue ? 'article' : 'paper-conference',
  };
}

export class OpenReviewClient {
  constructor(
    private readonly baseUrl: string,
    private readonly baseUrlV1: string,
    private readonly http: HttpOptions = {},
  ) {}

  private async ask(base: string, id: string): Promise<Note | null> {
    const answer = await httpGet(`${base}/notes?id=${encodeURIComponent(id)}`, this.http);
    // v2 answers 404 (NotFoundError) for a note it does not have; v1 may answer 400 or 403 for v2-only notes.
    if (answer.status === 404 || answer.status === 400 || answer.status === 403) return null;
    if (answer.status !== 200) throw new LookupFailure('unavailable', `OpenReview answered HTTP ${answer.status}`);
    const doc = parseJson(answer.body, 'OpenReview') as { notes?: Note[] };
    if (!Array.isArray(doc.notes)) throw new LookupFailure('unavailable', 'OpenReview answered without a notes list');
    return doc.notes.find((n) => n.id === id) ?? doc.notes[0] ?? null;
  }

  async byId(id: string): Promise<FetchedPaper> {
    const note = (await this.ask(this.baseUrl, id)) ?? (await this.ask(this.baseUrlV1, id));
    if (!note) throw new LookupFailure('not-found', `OpenReview has no paper ${id}`);
    const paper = noteToPaper(note, id);
    if (!paper.title) throw new LookupFailure('not-found', `OpenReview's note ${id} is not a paper`);
    return paper;
  }
}
