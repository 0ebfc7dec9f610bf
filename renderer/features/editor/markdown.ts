import DOMPurify from 'dompurify';
import { markdownToHtml } from '../../../electron/shared/markdown/to-html';

/**
 * Markdown with $math$ → safe HTML for the preview, by the same pipeline as
 * the HTML export (dollar rule, link ends, raw HTML as text, sanitised);
 * DOMPurify cleans the result again as a second line of defence.
 */
export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(markdownToHtml(markdown), { ADD_ATTR: ['target'] });
}
