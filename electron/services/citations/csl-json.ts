import type { Paper } from '../../shared/schemas/paper';
import { doiOf, publicationTypeOf } from './entry-type';
import { splitName, type PersonName } from './names';

/** One item of CSL-JSON (https://github.com/citation-style-language/schema, csl-data.json). */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: PersonName[];
  issued?: { 'date-parts': [[number]] };
  'container-title'?: string;
  URL?: string;
  DOI?: string;
  abstract?: string;
}

export function cslItem(paper: Paper, key: string): CslItem {
  const item: CslItem = { id: key, type: publicationTypeOf(paper) };
  if (paper.title) item.title = paper.title;
  if (paper.authors.length) item.author = paper.authors.map(splitName);
  if (paper.year) item.issued = { 'date-parts': [[paper.year]] };
  if (paper.venue) item['container-title'] = paper.venue;
  if (paper.url) item.URL = paper.url;
  const doi = doiOf(paper);
  if (doi) item.DOI = doi;
  if (paper.abstract) item.abstract = paper.abstract.replace(/\s+/g, ' ').trim();
  return item;
}

export function toCslJson(papers: Paper[], keys: Map<string, string>): string {
  return `${JSON.stringify(papers.map((p) => cslItem(p, keys.get(p.id)!)), null, 2)}\n`;
}
