import type { ProgrammeSession } from '../schemas/programme';
import { findMatch, normalizeText } from './hangul';

/**
 * Searching a programme at every keystroke (3,000 sessions, abstracts
 * included) with search's Hangul-aware rules. Each session's text is
 * normalised once; a query becomes a native regular expression that every hit
 * of `findMatch` satisfies, so most sessions are skipped without the slow
 * syllable-by-syllable path, which then decides for the rest.
 */

const texts = new WeakMap<ProgrammeSession, string>();

/** Title, speakers, room, track and abstract, normalised; computed once per session object. */
export function sessionSearchText(s: ProgrammeSession): string {
  let text = texts.get(s);
  if (text === undefined) {
    text = normalizeText([s.title, s.speakers.join(' '), s.room, s.track, s.abstract].join('\n'));
    texts.set(s, text);
  }
  return text;
}

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const SYLLABLES = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const escapeRe = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const range = (from: number, count: number) => `[${String.fromCharCode(from)}-${String.fromCharCode(from + count - 1)}]`;

/**
 * A necessary condition for `findMatch(text, query)` as a regular expression:
 * an initial consonant stands for itself or its 588 syllables, the last
 * syllable for its 28 finals (the IME's partial syllable), anything else for itself.
 */
function prefilter(query: string): RegExp {
  const chars = [...query];
  const parts = chars.map((ch, i) => {
    const jamo = INITIALS.indexOf(ch);
    if (jamo >= 0) return `(?:${escapeRe(ch)}|${range(SYLLABLES + jamo * 588, 588)})`;
    const code = ch.codePointAt(0)! - SYLLABLES;
    if (i === chars.length - 1 && code >= 0 && code <= LAST_SYLLABLE - SYLLABLES) return range(SYLLABLES + code - (code % 28), 28);
    return escapeRe(ch);
  });
  return new RegExp(parts.join(''), 'u');
}

/** A predicate for one query (built once per keystroke); an empty query matches everything. */
export function sessionMatcher(query: string): (s: ProgrammeSession) => boolean {
  const q = normalizeText(query.trim());
  if (!q) return () => true;
  const mustMatch = prefilter(q);
  return (s) => {
    const text = sessionSearchText(s);
    return mustMatch.test(text) && findMatch(text, q) >= 0;
  };
}
