/**
 * Quick capture asks for the cursor in the new entry's title. The entry's
 * editor may mount before or after the request (it depends on when React
 * renders the store change), so the request is kept until that editor takes it.
 */
let pending: string | null = null;
const listeners = new Set<(entryId: string) => void>();

export function requestTitleFocus(entryId: string): void {
  pending = entryId;
  listeners.forEach((listener) => listener(entryId));
}

/** Called by the editor of `entryId`: runs `focus` now if asked, or when asked later. */
export function onTitleFocusRequest(entryId: string, focus: () => void): () => void {
  const take = (id: string) => {
    if (id !== entryId || pending !== entryId) return;
    pending = null;
    focus();
  };
  take(pending ?? '');
  listeners.add(take);
  return () => listeners.delete(take);
}
