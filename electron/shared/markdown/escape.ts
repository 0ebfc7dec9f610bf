/**
 * How the writer's characters are written into each Markdown dialect so that
 * the page shows exactly them and the site's engine does nothing with them:
 * - every ASCII punctuation mark Markdown could read as syntax is
 *   backslash-escaped (CommonMark, Goldmark and kramdown all honour these
 *   escapes, and escaped quotes, dots and dashes are left alone by Hugo's
 *   typographer and kramdown's smart quotes);
 * - `{` and `}` become character references in Hugo and Jekyll, so neither
 *   Hugo's shortcode lexer (`{{<`, `{{%`) nor Liquid (`{{`, `{%`), which both
 *   read the raw file before Markdown, ever sees a tag from the writer;
 * - `&` is written as `&amp;` (kramdown has no `\&`), `~` as `&#126;` in kramdown.
 */
export type MarkdownTarget = 'hugo' | 'jekyll' | 'markdown';

const BACKSLASHED = new Set('\\`*_[]<>()#+-.!|$:"\'='.split(''));
/** Only typographers (Hugo, kramdown) and kramdown's definition lists read these; GitHub shows them plainly. */
const TYPOGRAPHIC = new Set(':"\'='.split(''));

export function escapeText(value: string, target: MarkdownTarget): string {
  let out = '';
  for (const c of value) {
    if (c === '{' || c === '}') out += target === 'markdown' ? `\\${c}` : c === '{' ? '&#123;' : '&#125;';
    else if (c === '&') out += '&amp;';
    else if (c === '~') out += target === 'jekyll' ? '&#126;' : '\\~';
    else if (BACKSLASHED.has(c) && !(target === 'markdown' && TYPOGRAPHIC.has(c))) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** Plain text on one line (titles, captions, names): line breaks become spaces. */
export const escapeInline = (value: string, target: MarkdownTarget) => escapeText(value.replace(/\s*\r?\n\s*/g, ' '), target);

/** Every character that is not a letter, digit or space as a numeric reference: inert in any HTML context and to Liquid. */
export const htmlEntities = (value: string) => value.replace(/[^\p{L}\p{N} ]/gu, (c) => `&#${c.codePointAt(0)};`);

/** A code span whose fence no backtick run inside can close. */
export function codeSpan(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[ `]|[ `]$/.test(value) && value.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

export function codeFence(value: string, info = ''): string {
  const longest = Math.max(0, ...[...value.matchAll(/^ {0,3}(`{3,})/gm)].map((m) => m[1]!.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${value}\n${fence}`;
}

/**
 * Link destinations stay readable (Hangul as it is: CommonMark, Hugo, kramdown
 * and GitHub all accept it); characters that would end or break a destination
 * (spaces, parentheses, angle brackets, backslashes) or open a Hugo/Liquid tag
 * (braces) are percent-encoded.
 */
/**
 * A writer's link or image destination in angle brackets, so parentheses stay
 * exactly as typed (`https://example.org/a_(b)`); only what cannot stand inside
 * the brackets or would open a Hugo/Liquid tag is percent-encoded.
 */
export function bracketDestination(href: string): string {
  return `<${href.replace(/[\s<>\\{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

export function encodeDestination(href: string): string {
  return href.replace(/[\s()<>{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
