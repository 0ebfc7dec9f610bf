import DOMPurify from 'dompurify';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in the Markdown is dropped by remark-rehype (no allowDangerousHtml);
// DOMPurify then cleans what the pipeline produced, as a second line of defence.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'ignore' })
  .use(rehypeStringify);

/** Markdown with $math$ → safe HTML for the preview. */
export function renderMarkdown(markdown: string): string {
  const html = String(processor.processSync(markdown));
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target'] });
}
