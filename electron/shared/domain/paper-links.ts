import type { PaperSource } from '../schemas/paper';

/**
 * Paper links: the identity the journal gives a pasted link (normalizePaperLink,
 * any web page) and the narrower test the editor uses on a paste (looksLikePaperLink).
 */

export interface PaperRef {
  source: PaperSource;
  /** Identity used to match papers: "arxiv:2007.10909", "openreview:abc", "doi:10.1/x", "url:host/path". */
  key: string;
  /** Canonical landing page. */
  url: string;
  /** The bare identifier (arXiv id without version, OpenReview id, DOI, or normalised URL). */
  id: string;
}

// New-style arXiv ids (0704.0001 onwards, 4+4 or 4+5 digits) and old-style (hep-th/9901001).
const NEW_ARXIV = /(\d{4}\.\d{4,5})(v\d+)?/i;
const OLD_ARXIV = /([a-z-]+(?:\.[a-z]{2})?\/\d{7})(v\d+)?/i;
const DOI = /(10\.\d{4,9}\/[^\s"<>]+)/i;

const TRACKING_PARAMS = /^(utm_|fbclid$|gclid$|ref$|ref_src$)/i;

function arxiv(id: string): PaperRef {
  // Archive names are lower case and subject classes upper case ("math.GT/0309136"):
  // arxiv.org does not find "math.gt/0309136", so lower-casing everything broke old-style links.
  const bare = id.replace(/^([a-z-]+)(?:\.([a-z]{2}))?\//i, (_m, archive: string, subject?: string) =>
    `${archive.toLowerCase()}${subject ? `.${subject.toUpperCase()}` : ''}/`,
  ).replace(/v\d+$/i, '');
  return { source: 'arxiv', key: `arxiv:${bare}`, url: `https://arxiv.org/abs/${bare}`, id: bare };
}

function doi(id: string): PaperRef {
  const bare = decodeURIComponent(id).replace(/[.,;)]+$/, '').toLowerCase();
  // arXiv's own DOIs (10.48550/arXiv.2007.10909) name the same paper as the arXiv link.
  const arxivDoi = /^10\.48550\/arxiv\.(\d{4}\.\d{4,5})(v\d+)?$/.exec(bare);
  if (arxivDoi) return arxiv(arxivDoi[1]!);
  return { source: 'doi', key: `doi:${bare}`, url: `https://doi.org/${bare}`, id: bare };
}

/**
 * Turns whatever a user pastes into one identity per paper, so a talk and a
 * poster of the same paper meet at one record whichever link form was used:
 * `https://arxiv.org/abs/2007.10909v2`, `arxiv.org/pdf/2007.10909.pdf` and
 * `arXiv:2007.10909` are the same paper. Returns null for text that is no link.
 */
export function normalizePaperLink(input: string): PaperRef | null {
  const raw = input.trim();
  if (!raw) return null;

  // arXiv:2007.10909v2 / arxiv 2007.10909 / a bare new-style id
  const prefixed = /^arxiv\s*:?\s*(.+)$/i.exec(raw);
  if (prefixed) {
    const m = NEW_ARXIV.exec(prefixed[1]!) ?? OLD_ARXIV.exec(prefixed[1]!);
    if (m) return arxiv(m[1]!);
  }
  if (/^\d{4}\.\d{4,5}(v\d+)?$/.test(raw)) return arxiv(raw.replace(/v\d+$/, ''));

  const doiPrefixed = /^doi\s*:\s*(.+)$/i.exec(raw);
  if (doiPrefixed) {
    const m = DOI.exec(doiPrefixed[1]!);
    if (m) return doi(m[1]!);
  }
  if (/^10\.\d{4,9}\//.test(raw)) return doi(raw);

  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // "mailto:a@b.org" with https:// prepended parses as user "mailto" at b.org: no paper link has credentials.
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!host.includes('.')) return null;

  if (host === 'arxiv.org' || host.endsWith('.arxiv.org') || host === 'alphaxiv.org') {
    const path = url.pathname.replace(/\.pdf$/i, '');
    const m = NEW_ARXIV.exec(path) ?? OLD_ARXIV.exec(path.replace(/^\/(abs|pdf|html|format)\//, ''));
    if (m) return arxiv(m[1]!);
  }
  if (host === 'openreview.net') {
    const id = url.searchParams.get('id') ?? url.searchParams.get('noteId');
    if (id && /^[\w-]{5,40}$/.test(id)) {
      return { source: 'openreview', key: `openreview:${id}`, url: `https://openreview.net/forum?id=${id}`, id };
    }
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const m = DOI.exec(decodeURIComponent(url.pathname.slice(1)));
    if (m) return doi(m[1]!);
  }

  // Any other page: a normalised URL (no tracking parameters, fragment or trailing slash).
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  const path = url.pathname.replace(/\/+$/, '');
  const search = url.searchParams.toString();
  const id = `${host}${path}${search ? `?${search}` : ''}`;
  return { source: 'url', key: `url:${id}`, url: `https://${host}${path || '/'}${search ? `?${search}` : ''}`, id };
}

/**
 * Whether pasted text is a link to a paper (arXiv, OpenReview, DOI) rather than
 * a title. Deliberately narrower than normalizePaperLink, which accepts any web
 * page: a pasted blog URL stays the title, a pasted arXiv link becomes the
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
