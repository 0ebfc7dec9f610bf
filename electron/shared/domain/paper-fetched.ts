import type { FetchableField, Paper } from '../schemas/paper';

/** A short fingerprint of a value (FNV-1a over its JSON), enough to tell "still what we wrote". */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(value ?? null);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Whether a field still holds the value a lookup put there (so the writer has not made it theirs).
 * Pure, so the services decide what a lookup may refresh and the renderer shows which values are fetched.
 */
export function isFetched(paper: Paper, field: FetchableField): boolean {
  const mark = paper.fetched?.[field];
  return mark !== undefined && mark === fingerprint(paper[field]);
}
