import type { List, ListItem, Nodes, Root, Table } from 'mdast';
import { bracketDestination, codeFence, codeSpan, escapeText, htmlEntities, type MarkdownTarget } from './escape';
import { isDisplayInline, parseUserMarkdown } from './parse';

/**
 * The writer's Markdown re-written for one engine from the tree of
 * parseUserMarkdown, so every format reads it the way the preview does. Each
 * text character goes through escapeText; structure is written explicitly
 * (links as `[text](url)`, so no engine autolinks past the URL). Math:
 * - hugo, jekyll: `\(…\)` and `\[…\]` with every TeX character escaped, so
 *   Goldmark's typographer, kramdown's own `$$` math and the shortcode/Liquid
 *   lexers leave it alone, and the site's math script (MathJax's and KaTeX
 *   auto-render's default delimiters) gets the TeX exactly as written; prose
 *   `$` can never pair up as math in the built page.
 * - markdown: `$…$` / `$$…$$` as GitHub renders them; prose `$` is `\$`.
 * Code that contains `{{` or `{%` cannot be a plain code span in Hugo or
 * Jekyll (both read the raw file first): Hugo gets code spans split between
 * the braces (an HTML comment joins them, invisible) and fenced blocks in the
 * `proceedings-literal` language, which the shipped render hook decodes;
 * Jekyll gets `<code>`/`<pre>` with every character as a reference.
 */
export const HUGO_LITERAL_LANGUAGE = 'proceedings-literal';

const hasTag = (value: string) => /\{[{%]/.test(value);
const indent = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line ? rest + line : line))
    .join('\n');

function inlineCode(value: string, t: MarkdownTarget): string {
  if (t === 'markdown' || !hasTag(value)) return codeSpan(value);
  if (t === 'jekyll') return `<code>${htmlEntities(value)}</code>`;
  return value
    .split(/(?<=\{)(?=\{)/)
    .map(codeSpan)
    .join('<!---->');
}

function codeBlock(value: string, lang: string, t: MarkdownTarget): string {
  const info = lang.replace(/[^\w+#.-]/g, '');
  if (t === 'markdown' || !hasTag(value)) return codeFence(value, info);
  if (t === 'jekyll') return `<pre><code${info ? ` class="language-${info}"` : ''}>${htmlEntities(value)}</code></pre>`;
  const encoded = value.replace(/&/g, '&amp;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
  // The language travels as a fence attribute, which the render hook turns back into the usual class.
  return codeFence(encoded, `${HUGO_LITERAL_LANGUAGE}${info ? ` {data-lang="${info}"}` : ''}`);
}

type MathMode = 'inline' | 'inline-display' | 'block';

function tex(value: string, t: MarkdownTarget, mode: MathMode): string {
  if (t === 'markdown') return mode === 'block' ? `$$\n${value}\n$$` : mode === 'inline-display' ? `$$${value}$$` : `$${value}$`;
  // A blank line would end the paragraph that holds the formula.
  const body = escapeText(value.replace(/\n\s*\n/g, '\n'), t);
  return mode === 'inline' ? `\\\\(${body}\\\\)` : `\\\\[${body}\\\\]`;
}

function table(node: Table, t: MarkdownTarget): string {
  const rows = node.children.map((row) => `| ${row.children.map((cell) => inlines(cell.children, t).replace(/\n/g, ' ')).join(' | ')} |`);
  const align = (node.align ?? []).map((a) => (a === 'center' ? ':-:' : a === 'left' ? ':--' : a === 'right' ? '--:' : '---'));
  while (align.length < (node.children[0]?.children.length ?? 0)) align.push('---');
  return [rows[0], `| ${align.join(' | ')} |`, ...rows.slice(1)].join('\n');
}

function listItem(item: ListItem, marker: string, tight: boolean, t: MarkdownTarget): string {
  const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
  const body = item.children.map((c) => block(c, t)).join(tight ? '\n' : '\n\n');
  return indent(check + body, marker, ' '.repeat(marker.length));
}

function list(node: List, t: MarkdownTarget): string {
  const tight = !node.spread && node.children.every((c) => !c.spread);
  const start = node.start ?? 1;
  return node.children.map((item, i) => listItem(item, node.ordered ? `${start + i}. ` : '- ', tight, t)).join(tight ? '\n' : '\n\n');
}

function inline(node: Nodes, t: MarkdownTarget): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value, t);
    case 'emphasis':
      return `*${inlines(node.children, t)}*`;
    case 'strong':
      return `**${inlines(node.children, t)}**`;
    case 'delete':
      return t === 'jekyll' ? `<del>${inlines(node.children, t)}</del>` : `~~${inlines(node.children, t)}~~`;
    case 'inlineCode':
      return inlineCode(node.value, t);
    case 'inlineMath':
      return tex(node.value, t, isDisplayInline(node) ? 'inline-display' : 'inline');
    case 'break':
      return '  \n';
    case 'link':
      return `[${inlines(node.children, t)}](${bracketDestination(node.url)})`;
    case 'image':
      return `![${escapeText(node.alt ?? '', t)}](${bracketDestination(node.url)})`;
    case 'footnoteReference':
      return escapeText(`[^${node.label ?? node.identifier}]`, t);
    default:
      return 'children' in node ? inlines(node.children as Nodes[], t) : 'value' in node ? escapeText(String(node.value), t) : '';
  }
}

function inlines(nodes: Nodes[], t: MarkdownTarget): string {
  return nodes.map((n) => inline(n, t)).join('');
}

function block(node: Nodes, t: MarkdownTarget): string {
  switch (node.type) {
    case 'paragraph':
      return inlines(node.children, t);
    case 'heading':
      return `${'#'.repeat(node.depth)} ${inlines(node.children, t)}`;
    case 'thematicBreak':
      return '***';
    case 'blockquote':
      return indent(node.children.map((c) => block(c, t)).join('\n\n'), '> ', '> ').replace(/^$/gm, '>');
    case 'list':
      return list(node, t);
    case 'code':
      return codeBlock(node.value, node.lang ?? '', t);
    case 'math':
      return tex(node.value, t, 'block');
    case 'table':
      return table(node, t);
    case 'footnoteDefinition':
      return `${escapeText(`[^${node.label ?? node.identifier}]:`, t)} ${node.children.map((c) => block(c, t)).join('\n\n')}`;
    default:
      return inline(node, t);
  }
}

export function rootToMarkdown(root: Root, t: MarkdownTarget): string {
  return root.children
    .map((c) => block(c, t))
    .filter((s) => s !== '')
    .join('\n\n');
}

/** The writer's Markdown as the given engine must read it to show what the preview shows. */
export function userMarkdownFor(source: string, t: MarkdownTarget): string {
  return rootToMarkdown(parseUserMarkdown(source), t);
}
