import type { Paper } from '../../shared/schemas/paper';
import { splitName } from './names';

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'in', 'to', 'and', 'with', 'towards', 'toward', 'is', 'are', 'how', 'what', 'why', 'do', 'does', 'via', 'from', 'by', 'at']);

/** ASCII letters and digits of a word: "Müller" → "muller"; Hangul has none. */
const ascii = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** "teed2020raft": first author's family name, year, first word of the title that says something. */
export function baseKey(paper: Paper): string {
  const first = paper.authors[0] ? splitName(paper.authors[0]) : null;
  const family = first ? ascii('family' in first ? first.family : first.literal) : '';
  const word = paper.title.split(/[\s\-–—:/]+/).map(ascii).find((w) => /^[a-z]/.test(w) && !STOP_WORDS.has(w)) ?? '';
  // A name with no Latin letters (조준우) gives none to the key: "paper" stands in, "anon" when there is no author.
  return `${family || (paper.authors.length ? 'paper' : 'anon')}${paper.year ?? ''}${word}`;
}

/**
 * A citation key for every paper of the trip, unique and stable: papers are
 * taken in the order they were recorded, so a paper added later gets the
 * suffixed key ("teed2020raftb") and the keys already cited never change.
 * Computed over all papers, so a starred-only export uses the same keys.
 */
export function citationKeys(papers: Paper[]): Map<string, string> {
  const ordered = [...papers].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const paper of ordered) {
    const base = baseKey(paper);
    let key = base;
    for (let n = 1; used.has(key); n++) key = `${base}${suffix(n)}`;
    used.add(key);
    keys.set(paper.id, key);
  }
  return keys;
}

/** 1 → "b", 25 → "z", 26 → "ba"…: the first paper keeps the bare key. */
function suffix(n: number): string {
  let s = '';
  let x = n;
  do {
    s = String.fromCharCode(97 + (x % 26)) + s;
    x = Math.floor(x / 26);
  } while (x > 0);
  return s;
}
