/**
 * Pandoc's dollar rule, applied to the writer's Markdown before remark-math
 * sees it: an opening `$` must be followed by a non-space, the closing `$`
 * (the next unescaped one) preceded by a non-space and not followed by a digit.
 * `$$…$$` is display math. Every other `$` is prose (a price: "시간당 $2, 총
 * $40") and is backslash-escaped here, so remark-math, which pairs any two
 * dollars, never reads it as math.
 */

/** [start, end) source ranges where `$` means nothing (code, raw HTML, autolinks). */
export type Range = readonly [number, number];

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Index of the next unescaped `$` (or `$$` when `double`) from `from`, stopping at a blank line; -1 when none. */
function findCloser(s: string, from: number, double: boolean): number {
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '\n' && /^\n[ \t]*(\n|$)/.test(s.slice(j, j + 80))) return -1;
    if (c === '$') {
      if (!double) return j;
      if (s[j + 1] === '$') return j;
    }
  }
  return -1;
}

export function escapeProseDollars(source: string, skip: readonly Range[] = []): string {
  let out = '';
  let i = 0;
  let r = 0;
  while (i < source.length) {
    while (r < skip.length && skip[r]![1] <= i) r++;
    const range = skip[r];
    if (range && range[0] <= i) {
      out += source.slice(i, range[1]);
      i = range[1];
      continue;
    }
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (source[i + 1] === '$') {
      const j = findCloser(source, i + 2, true);
      if (j > i + 2) {
        out += source.slice(i, j + 2);
        i = j + 2;
      } else {
        out += '\\$\\$';
        i += 2;
      }
      continue;
    }
    if (!isSpace(source[i + 1])) {
      const j = findCloser(source, i + 1, false);
      if (j > i + 1 && !isSpace(source[j - 1]) && !isDigit(source[j + 1]) && source[j + 1] !== '$') {
        out += source.slice(i, j + 1);
        i = j + 1;
        continue;
      }
    }
    out += '\\$';
    i++;
  }
  return out;
}
