import type { TripDocument } from '../../shared/schemas/document';
import { toBibtex } from './bibtex';
import { toCslJson } from './csl-json';
import { citationKeys } from './keys';

export type CitationFormat = 'bibtex' | 'csl-json';
export const CITATION_FORMATS: CitationFormat[] = ['bibtex', 'csl-json'];

export interface CitationExport {
  format: CitationFormat;
  text: string;
  /** How many papers it holds, and their keys in order (paper id → key). */
  count: number;
  keys: { paperId: string; key: string }[];
}

/**
 * The papers seen on a trip (all, or the starred ones) as BibTeX or CSL-JSON,
 * in citation-key order so the same trip always exports the same text.
 */
export function exportCitations(doc: TripDocument, format: CitationFormat, options: { starred?: boolean } = {}): CitationExport {
  const keys = citationKeys(doc.papers);
  const papers = doc.papers
    .filter((p) => !options.starred || p.starred)
    .sort((a, b) => (keys.get(a.id)! < keys.get(b.id)! ? -1 : 1));
  const text = format === 'bibtex' ? toBibtex(papers, keys) : toCslJson(papers, keys);
  return { format, text, count: papers.length, keys: papers.map((p) => ({ paperId: p.id, key: keys.get(p.id)! })) };
}
