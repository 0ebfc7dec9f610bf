/**
 * `![caption](photo:ID)`: how the writer places a library photo inside their
 * Markdown. Portable (no file path), resolved to the exported image at export
 * and to the library file in the previews. Shared by the editor (which inserts
 * it) and the export (which resolves it).
 */
export const PHOTO_REF = /!\[((?:[^\]\\]|\\.)*)\]\(photo:([A-Za-z0-9_-]{1,64})\)/g;

/** The reference for one photo, its caption as the alt text (brackets escaped, one line). */
export function photoRef(id: string, caption: string): string {
  return `![${caption.replace(/[[\]\\]/g, '\\$&').replace(/\s*\n\s*/g, ' ')}](photo:${id})`;
}

/**
 * Text with the reference inserted at `at` as a paragraph of its own (blank
 * lines around it), so it publishes as a figure between paragraphs.
 */
export function insertPhotoRef(text: string, at: number, ref: string): { text: string; caret: number } {
  const before = text.slice(0, at).replace(/[ \t]+$/, '');
  const after = text.slice(at).replace(/^[ \t]+/, '');
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const head = `${before}${lead}${ref}`;
  return { text: `${head}${tail}${after}`, caret: head.length };
}
