import { XMLParser } from 'fast-xml-parser';
import { httpGet, type HttpOptions } from './http';
import { collapse, titleMatchKey, yearIn } from './text';
import { LookupFailure, type FetchedPaper } from './types';

/**
 * arXiv's export API (https://info.arxiv.org/help/api/user-manual.html): an Atom
 * feed. Traps it has: the feed's own <link>/<title> come before the entries; a
 * bad query answers HTTP 200 with one entry titled "Error" whose id is
 * http://arxiv.org/api/errors#…; an unknown id answers a feed with no entry;
 * titles and abstracts are hard-wrapped; ids in <id> carry a version.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // "2007.10909" must stay a string, not become the number 2007.10909.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

interface AtomText {
  '#text'?: string;
}
type Text = string | AtomText | undefined;
interface AtomEntry {
  id?: Text;
  title?: Text;
  summary?: Text;
  published?: Text;
  author?: { name?: Text }[];
  link?: { '@_href'?: string; '@_title'?: string; '@_rel'?: string; '@_type'?: string }[];
  'arxiv:doi'?: Text;
  'arxiv:journal_ref'?: Text;
}

const str = (t: Text): string => (typeof t === 'string' ? t : (t?.['#text'] ?? ''));

/** "http://arxiv.org/abs/2007.10909v2" → "2007.10909"; old style "hep-th/9901001v1" → "hep-th/9901001". */
export function arxivIdOf(entryId: string): string | null {
  const m = /\/abs\/(.+?)(v\d+)?$/.exec(entryId.trim());
  return m ? m[1]! : null;
}

function toPaper(entry: AtomEntry): FetchedPaper & { arxivId: string } {
  const arxivId = arxivIdOf(str(entry.id))!;
  const journalRef = collapse(str(entry['arxiv:journal_ref']));
  const doi = collapse(str(entry['arxiv:doi'])).toLowerCase();
  return {
    arxivId,
    title: collapse(str(entry.title)),
    authors: (entry.author ?? []).map((a) => collapse(str(a.name))).filter(Boolean),
    abstract: collapse(str(entry.summary)),
    // A preprint's venue is where it was published, when the authors said so; "arXiv" is no venue.
    venue: journalRef,
    year: yearIn(str(entry.published)),
    // The latest version, over https, whatever the feed's link says.
    pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
    url: `https://arxiv.org/abs/${arxivId}`,
    doi,
    publicationType: journalRef || doi ? 'article-journal' : 'article',
  };
}

/** The entries of a feed; throws for arXiv's in-band error entry. */
export function parseArxivFeed(xml: string): (FetchedPaper & { arxivId: string })[] {
  let doc: { feed?: { entry?: AtomEntry[] } };
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch {
    throw new LookupFailure('unavailable', 'arXiv answered something that is not an Atom feed');
  }
  if (!doc.feed) {
    // "Rate exceeded." arrives as a bare text body.
    throw new LookupFailure('unavailable', `arXiv did not answer with a feed${xml.length < 200 ? ` ("${collapse(xml)}")` : ''}`);
  }
  const entries = doc.feed.entry ?? [];
  const error = entries.find((e) => str(e.id).includes('/api/errors'));
  if (error) throw new LookupFailure('not-found', `arXiv refused the query: ${collapse(str(error.summary))}`);
  return entries.filter((e) => arxivIdOf(str(e.id)) && collapse(str(e.title))).map(toPaper);
}

export class ArxivClient {
  constructor(
    private readonly baseUrl: string,
    private readonly http: HttpOptions = {},
  ) {}

  async byId(id: string): Promise<FetchedPaper> {
    const answer = await httpGet(`${this.baseUrl}/query?id_list=${encodeURIComponent(id)}&max_results=1`, this.http);
    if (answer.status === 400 || answer.status === 404) throw new LookupFailure('not-found', `arXiv has no paper ${id}`);
    if (answer.status !== 200) throw new LookupFailure('unavailable', `arXiv answered HTTP ${answer.status}`);
    const found = parseArxivFeed(answer.body).find((p) => p.arxivId.toLowerCase() === id.toLowerCase());
    if (!found) throw new LookupFailure('not-found', `arXiv has no paper ${id}`);
    return found;
  }

  /** The paper whose title is this one (a search hit with another title is no match). */
  async byTitle(title: string): Promise<FetchedPaper> {
    // Quotes make it a phrase search; arXiv's query syntax has no escape for a quote inside one.
    const phrase = title.replace(/["]/g, ' ').replace(/\s+/g, ' ').trim();
    const query = `ti:"${phrase}"`;
    const answer = await httpGet(`${this.baseUrl}/query?search_query=${encodeURIComponent(query)}&max_results=5`, this.http);
    if (answer.status !== 200) throw new LookupFailure('unavailable', `arXiv answered HTTP ${answer.status}`);
    const key = titleMatchKey(title);
    const found = parseArxivFeed(answer.body).find((p) => titleMatchKey(p.title) === key);
    if (!found) throw new LookupFailure('not-found', `arXiv has no paper titled "${title}"`);
    return found;
  }
}
