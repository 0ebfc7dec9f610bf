import type { ProgrammeSession } from '../schemas/programme';

/**
 * Re-importing a programme: the conference moved a talk, swapped rooms,
 * cancelled one. Sessions are matched by the file's own uid/guid, then by title
 * and start, then by a title that is unique on both sides (a spreadsheet has no
 * uid and a moved talk changes its start); a match keeps its id and its star.
 */

export const COMPARED_FIELDS = ['title', 'start', 'end', 'allDay', 'room', 'track', 'speakers', 'url', 'abstract', 'cancelled'] as const;
/** The fields an entry made from a session copies and follows (never notes, Q&A or photos). */
export const SCHEDULED_FIELDS = ['start', 'end', 'room'] as const;

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface MergeResult {
  sessions: ProgrammeSession[];
  added: ProgrammeSession[];
  changed: { session: ProgrammeSession; before: ProgrammeSession; changes: FieldChange[] }[];
  removed: { session: ProgrammeSession; kept: boolean }[];
  cancelled: ProgrammeSession[];
}

export const titleKey = (title: string) => title.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Map of key → the one item having it; keys held by several items are left out (ambiguous). */
function uniqueBy<T>(items: T[], key: (t: T) => string): Map<string, T> {
  const seen = new Map<string, T | null>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    seen.set(k, seen.has(k) ? null : item);
  }
  const out = new Map<string, T>();
  for (const [k, v] of seen) if (v) out.set(k, v);
  return out;
}

/**
 * `incoming` are the file's sessions with ids derived from their source keys;
 * `keep(id)` tells whether a session that left the programme must stay (an
 * entry or a star points to it).
 */
export function mergeProgramme(
  existing: ProgrammeSession[],
  incoming: ProgrammeSession[],
  keep: (session: ProgrammeSession) => boolean,
): MergeResult {
  const pairs = new Map<ProgrammeSession, ProgrammeSession>(); // incoming → existing
  const taken = new Set<ProgrammeSession>();
  const strategies: ((s: ProgrammeSession) => string)[] = [
    (s) => s.sourceUid,
    (s) => `${titleKey(s.title)}|${s.startAt}`,
    (s) => titleKey(s.title),
  ];
  for (const key of strategies) {
    const olds = uniqueBy(existing.filter((s) => !taken.has(s)), key);
    const news = uniqueBy(incoming.filter((s) => !pairs.has(s)), key);
    for (const [k, fresh] of news) {
      const old = olds.get(k);
      if (!old) continue;
      pairs.set(fresh, old);
      taken.add(old);
    }
  }

  const result: MergeResult = { sessions: [], added: [], changed: [], removed: [], cancelled: [] };
  const used = new Set<string>();
  for (const old of existing) if (taken.has(old)) used.add(old.id);
  for (const fresh of incoming) {
    const old = pairs.get(fresh);
    if (old) {
      const merged: ProgrammeSession = { ...fresh, id: old.id, starred: old.starred, removed: false };
      const changes: FieldChange[] = COMPARED_FIELDS.filter((f) => !same(old[f], merged[f])).map((f) => ({ field: f, from: old[f], to: merged[f] }));
      if (old.removed) changes.push({ field: 'removed', from: true, to: false });
      if (changes.length) result.changed.push({ session: merged, before: old, changes });
      if (merged.cancelled && !old.cancelled) result.cancelled.push(merged);
      result.sessions.push(merged);
    } else {
      const session = { ...fresh, id: uniqueId(fresh.id, used) };
      used.add(session.id);
      result.added.push(session);
      if (session.cancelled) result.cancelled.push(session);
      result.sessions.push(session);
    }
  }
  for (const old of existing) {
    if (taken.has(old)) continue;
    const kept = keep(old);
    if (kept) result.sessions.push({ ...old, removed: true });
    if (!old.removed) result.removed.push({ session: old, kept });
  }
  result.sessions.sort(bySchedule);
  return result;
}

export function bySchedule(a: ProgrammeSession, b: ProgrammeSession): number {
  return a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.room < b.room ? -1 : a.room > b.room ? 1 : a.title < b.title ? -1 : 1;
}

function uniqueId(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * A short id from a session's source key (uid, or title and start): the same
 * session gets the same id in every import, and ids are easy to type in the CLI.
 * cyrb53 — a fast non-cryptographic 53-bit hash; collisions are resolved by uniqueId.
 */
export function sessionIdFor(sourceKey: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < sourceKey.length; i++) {
    const ch = sourceKey.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `s${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Ids of sessions made unique within one file (two sessions may share a uid, as some exporters write). */
export function dedupeIds(sessions: ProgrammeSession[]): void {
  const used = new Set<string>();
  for (const s of sessions) {
    s.id = uniqueId(s.id, used);
    used.add(s.id);
  }
}
