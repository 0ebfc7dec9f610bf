import type { Paper, PublicationType } from '../../shared/schemas/paper';

/**
 * The paper's kind: what a lookup said, else a conference paper when it has a
 * venue (the writer saw it at one) and a preprint ("article" in CSL) when not.
 */
export function publicationTypeOf(paper: Paper): PublicationType {
  return paper.publicationType ?? (paper.venue ? 'paper-conference' : 'article');
}

/** The arXiv id of a paper that has one (its link, or a DOI arXiv minted). */
export function arxivIdOf(paper: Paper): string | null {
  return paper.source === 'arxiv' ? paper.key.slice('arxiv:'.length) : null;
}

/** The DOI: the one it is known by, else one a lookup found. */
export function doiOf(paper: Paper): string {
  return paper.source === 'doi' ? paper.key.slice('doi:'.length) : (paper.doi ?? '');
}
