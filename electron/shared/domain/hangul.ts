/**
 * Hangul-aware text matching. Text is compared in NFC and lower case (a
 * macOS file name or a pasted PDF title may carry decomposed jamo). A query
 * of initial consonants only ("ㅂㅍ") matches syllables starting with them
 * ("발표"), the common Korean shorthand; and the last syllable of a query is
 * matched as a prefix, because the IME shows "바" while "발" or "밥" is being
 * typed, and "발" on the way to "바로".
 */
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Compatibility jamo of the 19 initial consonants, in Unicode syllable order. */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Final consonants (index 1..27) as they would read as the next syllable's initial; '' when they cannot. */
const FINAL_AS_INITIAL = ['', 'ㄱ', 'ㄲ', '', 'ㄴ', '', '', 'ㄷ', 'ㄹ', '', '', '', '', '', '', '', 'ㅁ', 'ㅂ', '', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

export function normalizeText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase();
}

interface Syllable {
  initial: number;
  medial: number;
  final: number;
}

function syllable(ch: string): Syllable | null {
  const code = ch.codePointAt(0) ?? 0;
  if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return null;
  const offset = code - SYLLABLE_FIRST;
  return { initial: Math.floor(offset / 588), medial: Math.floor((offset % 588) / 28), final: offset % 28 };
}

function isInitialJamo(ch: string): boolean {
  return INITIALS.includes(ch);
}

/** Does query character `q` match text character `t`? `last` allows the IME's partial syllable. */
function charMatches(q: string, t: string, last: boolean, next: string | undefined): boolean {
  if (q === t) return true;
  if (isInitialJamo(q)) {
    const s = syllable(t);
    return Boolean(s && INITIALS[s.initial] === q);
  }
  if (!last) return false;
  const qs = syllable(q);
  const ts = syllable(t);
  if (!qs || !ts || qs.initial !== ts.initial || qs.medial !== ts.medial) return false;
  if (qs.final === 0) return true; // "바" → 발, 밥, 바
  // "발" typed on the way to "바로": the final consonant becomes the next syllable's initial.
  const carried = FINAL_AS_INITIAL[qs.final];
  const ns = next ? syllable(next) : null;
  return ts.final === 0 && Boolean(carried) && Boolean(ns && INITIALS[ns.initial] === carried);
}

/** Index of the first match of `query` in `text` (both already normalised), or -1. */
export function findMatch(text: string, query: string): number {
  if (!query) return -1;
  const plain = text.indexOf(query);
  if (plain >= 0) return plain;
  const q = [...query];
  const t = [...text];
  // Only worth the slow path when the query has Hangul in it.
  if (!q.some((ch) => isInitialJamo(ch) || syllable(ch))) return -1;
  for (let i = 0; i + q.length <= t.length; i++) {
    let ok = true;
    for (let j = 0; j < q.length && ok; j++) ok = charMatches(q[j]!, t[i + j]!, j === q.length - 1, t[i + j + 1]);
    if (ok) return t.slice(0, i).join('').length;
  }
  return -1;
}

export function matches(text: string, query: string): boolean {
  return findMatch(normalizeText(text), normalizeText(query)) >= 0;
}
