import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * The user's Markdown as HTML: GFM, `$…$`/`$$…$$` math rendered by KaTeX.
 * Raw HTML in notes is dropped (remark-rehype without allowDangerousHtml) and
 * the tree is sanitised before KaTeX runs, so user text can never inject
 * scripts or styles into an export or the preview; only KaTeX's own markup
 * (added after sanitising) carries classes and styles.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ['className', /^language-./, 'math-inline', 'math-display'] as [string, RegExp, string, string]],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeKatex, { throwOnError: false, strict: false })
  .use(rehypeStringify);

export function markdownToHtml(source: string): string {
  return String(processor.processSync(source)).trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** True when the text holds math KaTeX will render (the export then ships KaTeX's CSS). */
export function hasMath(source: string): boolean {
  return /\$[^$\n]+\$|\$\$/.test(source);
}
