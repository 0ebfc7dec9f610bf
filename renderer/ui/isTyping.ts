/**
 * Whether a key event lands in something the user types into. Single-key and
 * Ctrl+Z shortcuts step aside there, so the field keeps its own keys (arrows,
 * undo) — the one definition for the whole renderer.
 */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}
