/**
 * Whether pasted text is a link to a paper (arXiv, OpenReview, DOI) rather than
 * a title. Deliberately narrower than the service's normaliser, which accepts any
 * web page: a pasted blog URL stays the title, a pasted arXiv link becomes the
 * entry's paper. The service still decides the paper's identity.
 */
const PAPER_LINK_PATTERNS: RegExp[] = [
  /^(?:https?:\/\/)?(?:www\.|export\.)?(?:arxiv|alphaxiv)\.org\/(?:abs|pdf|html|format)\/\S+$/i,
  /^arxiv\s*:\s*\S+$/i,
  /^\d{4}\.\d{4,5}(?:v\d+)?$/,
  /^(?:https?:\/\/)?(?:www\.)?openreview\.net\/(?:forum|pdf)\?\S*\b(?:id|noteId)=[\w-]{5,40}\S*$/i,
  /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/10\.\d{4,9}\/\S+$/i,
  /^doi\s*:\s*10\.\d{4,9}\/\S+$/i,
  /^10\.\d{4,9}\/\S+$/,
];

export function looksLikePaperLink(text: string): boolean {
  const value = text.trim();
  if (!value || /\s/.test(value.replace(/^(arxiv|doi)\s*:\s*/i, ''))) return false;
  return PAPER_LINK_PATTERNS.some((re) => re.test(value));
}
