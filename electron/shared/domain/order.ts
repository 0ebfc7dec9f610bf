import type { Entry } from '../schemas/entry';

/**
 * The one order of entries, everywhere (timeline, photos, search, series,
 * export, CLI): by start; at the same start, the one written first (the
 * journal's timeline rule); then by id, so the order is total and an export
 * of the same trip is byte-identical run to run.
 */
export function byEntryTime(a: Pick<Entry, 'start' | 'createdAt' | 'id'>, b: Pick<Entry, 'start' | 'createdAt' | 'id'>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy (the input is left as it is). */
export function inTimeOrder<E extends Pick<Entry, 'start' | 'createdAt' | 'id'>>(entries: readonly E[]): E[] {
  return [...entries].sort(byEntryTime);
}

/** Every entry about each paper (a talk and its poster), in time order: paper id → entries. */
export function paperEntries<E extends Pick<Entry, 'start' | 'createdAt' | 'id' | 'paperId'>>(entries: readonly E[]): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const entry of inTimeOrder(entries)) {
    if (!entry.paperId) continue;
    const list = map.get(entry.paperId);
    if (list) list.push(entry);
    else map.set(entry.paperId, [entry]);
  }
  return map;
}
