/**
 * Quick capture, the Add buttons and search ask for the cursor in an entry's
 * editor: in its title, or in the field that holds `text` (what search
 * matched). The editor may mount before or after the request (it depends on
 * when React renders the store change), so the request is kept until that
 * editor takes it.
 */
export interface FocusRequest {
  entryId: string;
  /** Focus the control whose value contains this text; the title when none does. */
  text?: string;
  /** Put the caret just before this text inside that control (what was searched for). */
  caretAt?: string;
}

let pending: FocusRequest | null = null;
const listeners = new Set<(request: FocusRequest) => void>();

export function requestEntryFocus(request: FocusRequest): void {
  pending = request;
  listeners.forEach((listener) => listener(request));
}

export function requestTitleFocus(entryId: string): void {
  requestEntryFocus({ entryId });
}

/** Called by the editor of `entryId`: runs `focus` now if asked, or when asked later. */
export function onEntryFocusRequest(entryId: string, focus: (request: FocusRequest) => void): () => void {
  const take = (request: FocusRequest) => {
    if (request.entryId !== entryId || pending !== request) return;
    pending = null;
    focus(request);
  };
  if (pending) take(pending);
  listeners.add(take);
  return () => listeners.delete(take);
}

/**
 * The control inside `root` to focus for `text`: the first text control (title
 * excluded) whose value contains it, else `fallback`. A search for a word of
 * the notes lands in the notes, for a Q&A answer in that answer.
 */
export function controlFor(root: HTMLElement | null, text: string | undefined, fallback: HTMLElement | null, caretAt = ''): HTMLElement | null {
  if (!root || !text) return fallback;
  const needle = text.trim().toLocaleLowerCase();
  const controls = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=checkbox]), textarea')];
  const hit = controls.find((el) => el !== fallback && needle && el.value.toLocaleLowerCase().includes(needle));
  if (hit && hit.type !== 'number') {
    // A collapsed caret, never a selection: the next keystroke must not replace the notes.
    const at = Math.max(0, hit.value.toLocaleLowerCase().indexOf(caretAt.trim().toLocaleLowerCase()));
    requestAnimationFrame(() => {
      try {
        hit.setSelectionRange(at, at);
      } catch {
        // Some input types cannot hold a selection; focus is enough there.
      }
    });
  }
  return hit ?? fallback;
}
