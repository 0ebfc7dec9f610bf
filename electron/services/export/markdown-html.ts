/**
 * The HTML side of the export uses the one Markdown pipeline the editor
 * preview uses (electron/shared/markdown): same dollar rule, link rule and
 * sanitising everywhere.
 */
import { markdownToHtml as renderMarkdown } from '../../shared/markdown/to-html';
import { markdownCache } from './preview-cache';

/** Cached (preview-cache.ts): a preview or re-export renders only the Markdown that changed. */
export const markdownToHtml = (source: string): string => markdownCache.render(source, renderMarkdown);
export { hasMath } from '../../shared/markdown/parse';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
