import type { Paper } from '../../shared/schemas/paper';
import { arxivIdOf, doiOf, publicationTypeOf } from './entry-type';
import { fullFamily, splitName } from './names';

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '$': '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  '_': '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/**
 * Text as a BibTeX field value reads it back: TeX's specials escaped in one pass
 * (so the braces of `\textbackslash{}` are not escaped again), braces always
 * balanced, line breaks as spaces. Hangul and other non-ASCII text stay UTF-8:
 * biber and pandoc read it as it is.
 */
export function escapeTex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}$&%#_^~]/g, (c) => TEX_SPECIALS[c]!);
}

/**
 * `url` and `doi` are verbatim fields (biblatex, the url package, pandoc): no
 * escapes there, only the characters that would end the field or break braces
 * are percent-encoded — harmless in a URL.
 */
export function verbatimValue(value: string): string {
  return value.trim().replace(/[{}\\\s"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function authorField(authors: string[]): string {
  return authors
    .map((raw) => {
      const name = splitName(raw);
      // Braced family names stay whole: unbraced, BibTeX reads "van der" as a von part (a dropping
      // particle); braced, readers see a non-dropping one, as the CSL-JSON export says.
      // A one-word name is braced so it is one name, not a family name without a given one.
      if ('literal' in name) return `{${escapeTex(name.literal)}}`;
      const family = fullFamily(name);
      return `${family.includes(' ') ? `{${escapeTex(family)}}` : escapeTex(family)}, ${escapeTex(name.given)}`;
    })
    .join(' and ');
}

const ENTRY_TYPES = { 'paper-conference': 'inproceedings', 'article-journal': 'article', book: 'book', chapter: 'incollection', article: 'misc', other: 'misc' } as const;

/** One BibTeX entry. Titles are double-braced: the case the authors chose is kept ("RAFT", not "Raft"). */
export function bibtexEntry(paper: Paper, key: string): string {
  const type = publicationTypeOf(paper);
  const fields: [string, string][] = [];
  if (paper.title) fields.push(['title', `{${escapeTex(paper.title)}}`]);
  if (paper.authors.length) fields.push(['author', authorField(paper.authors)]);
  if (paper.venue) {
    const venueField = type === 'article-journal' ? 'journal' : type === 'paper-conference' || type === 'chapter' ? 'booktitle' : type === 'book' ? 'publisher' : 'note';
    // A venue is a name: its case is protected like the title's.
    fields.push([venueField, `{${escapeTex(paper.venue)}}`]);
  }
  if (paper.year) fields.push(['year', String(paper.year)]);
  const arxiv = arxivIdOf(paper);
  if (arxiv) fields.push(['eprint', verbatimValue(arxiv)], ['archiveprefix', 'arXiv']);
  const doi = doiOf(paper);
  if (doi) fields.push(['doi', verbatimValue(doi)]);
  if (paper.url) fields.push(['url', verbatimValue(paper.url)]);
  if (paper.abstract) fields.push(['abstract', escapeTex(paper.abstract)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${ENTRY_TYPES[type]}{${key},\n${body}\n}\n`;
}

export function toBibtex(papers: Paper[], keys: Map<string, string>): string {
  return papers.map((p) => bibtexEntry(p, keys.get(p.id)!)).join('\n');
}
