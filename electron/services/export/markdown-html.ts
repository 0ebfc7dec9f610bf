/**
 * The HTML side of the export uses the one Markdown pipeline the editor
 * preview uses (electron/shared/markdown): same dollar rule, link rule and
 * sanitising everywhere.
 */
export { markdownToHtml } from '../../shared/markdown/to-html';
export { hasMath } from '../../shared/markdown/parse';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
