import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseUserMarkdown } from './parse';

/**
 * The writer's Markdown as HTML, for the editor preview and the HTML export
 * alike. The tree from parseUserMarkdown has no raw HTML left; it is sanitised
 * (GitHub's schema: http(s)/mailto/relative links only) before KaTeX runs, so
 * only KaTeX's own markup, added afterwards, carries classes and styles.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // One className rule (a second one for the same attribute would be ignored): `$$…$$` inside a line keeps math-display.
    code: [
      ...(defaultSchema.attributes?.code ?? []).filter((a) => (Array.isArray(a) ? a[0] : a) !== 'className'),
      ['className', /^language-./, 'math-inline', 'math-display'] as [string, RegExp, string, string],
    ],
  },
};

const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeKatex, { throwOnError: false, strict: false })
  .use(rehypeStringify);

export function markdownToHtml(source: string): string {
  const hast = toHtml.runSync(parseUserMarkdown(source));
  return String(toHtml.stringify(hast)).trim();
}
