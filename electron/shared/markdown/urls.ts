/**
 * Where a bare URL in prose ends, and which link targets may be published.
 * GFM's autolink literal runs until whitespace, so `(https://twitter.com/x)의`
 * would link `x)의`. A URL here ends at the first character a URL cannot hold
 * (anything outside RFC 3986's ASCII set, e.g. Hangul), at a closing
 * parenthesis with no opening one before it, and drops trailing punctuation
 * that ends the sentence rather than the URL (as GFM does).
 */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

export function bareUrlLength(text: string): number {
  let depth = 0;
  let end = 0;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (!URL_CHAR.test(c)) break;
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  while (end > 0 && /[.,:;!?'"*_~]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The HTML export's rule for every format: http(s), mailto and relative
 * destinations (no scheme) are kept; javascript:, data:, vbscript: and any other
 * scheme are dropped. `photo:` references the journal's own photos (images only).
 */
export function isSafeUrl(url: string, kind: 'link' | 'image'): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(compact)?.[1]?.toLowerCase();
  // No scheme: a relative path, a fragment, or protocol-relative (//host, served as http(s)).
  if (scheme === undefined) return true;
  if (scheme === 'http' || scheme === 'https') return true;
  if (scheme === 'mailto') return kind === 'link';
  return scheme === 'photo' && kind === 'image';
}
