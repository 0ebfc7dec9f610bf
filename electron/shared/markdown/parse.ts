import type { Html, Link, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeProseDollars, type Range } from './dollars';
import { bareUrlLength, isSafeUrl } from './urls';

/**
 * The writer's Markdown as one syntax tree, read the same way for the editor
 * preview and every export: GFM, math by Pandoc's dollar rule, bare URLs ending
 * where the URL ends, raw HTML kept as the literal text it is, and links or
 * images with unsafe destinations reduced to their text. The HTML and the
 * Markdown renderers (to-html.ts, to-markdown.ts) only print this tree.
 */
const plain = unified().use(remarkParse).use(remarkGfm);
const withMath = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

type AnyNode = Nodes;
const offsets = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }): Range | null =>
  n.position?.start.offset !== undefined && n.position.end.offset !== undefined ? [n.position.start.offset, n.position.end.offset] : null;

/** Where a `$` is not prose: code, raw HTML and autolinks, from a parse without math. */
function literalRanges(source: string): Range[] {
  const ranges: Range[] = [];
  const walk = (node: AnyNode) => {
    const isAutolink = node.type === 'link' && !/^\[/.test(source.slice(offsets(node)?.[0] ?? 0));
    if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html' || isAutolink) {
      const r = offsets(node);
      if (r) ranges.push(r);
      return;
    }
    if ('children' in node) node.children.forEach((c) => walk(c as AnyNode));
  };
  walk(plain.parse(source));
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** An inline `$$…$$` (display math inside a line), as marked by clean(). */
export function isDisplayInline(node: Nodes): boolean {
  const className = node.type === 'inlineMath' ? node.data?.hProperties?.className : undefined;
  return Array.isArray(className) && className.includes('math-display');
}

const text = (value: string): Text => ({ type: 'text', value });

/** A GFM literal autolink (no `[`, no `<`) cut where the URL ends; the rest goes back to prose. */
function splitAutolink(link: Link, source: string): PhrasingContent[] {
  const start = offsets(link)?.[0];
  const first = link.children[0];
  if (start === undefined || /^[[<]/.test(source[start]!) || link.children.length !== 1 || first?.type !== 'text') return [link];
  const shown = first.value;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(shown) ? '' : link.url.slice(0, link.url.length - shown.length);
  const keep = bareUrlLength(shown);
  if (keep === shown.length) return [link];
  if (keep === 0) return [text(shown)];
  const url = scheme + shown.slice(0, keep);
  return [{ ...link, url, children: [text(shown.slice(0, keep))] }, text(shown.slice(keep))];
}

/** A `math` node as remark-math makes it (its hast shape travels in `data`, as mdast-util-math sets it). */
function displayMath(value: string): RootContent {
  const code = { type: 'element' as const, tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text' as const, value }] };
  return { type: 'math', value, data: { hName: 'pre', hChildren: [code] } };
}

/** Rewrites the children of `parent` in place (recursively) by the rules above. */
function clean(parent: Parent, source: string, definitions: Map<string, string>): void {
  const out: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    let node: RootContent = child;
    if (node.type === 'definition') continue;
    if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier);
      node = url === undefined ? text(source.slice(...(offsets(node) ?? [0, 0]))) : { type: 'link', url, children: node.children };
    }
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      node = url === undefined ? text(node.alt ?? '') : { type: 'image', url, alt: node.alt ?? '' };
    }
    if (node.type === 'html') {
      // Raw HTML is the writer's text, shown as typed; never markup.
      const literal = text((node as Html).value);
      node = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
        ? ({ type: 'paragraph', children: [literal] } satisfies Paragraph)
        : literal;
    }
    if (node.type === 'link' && !isSafeUrl(node.url, 'link')) {
      clean(node, source, definitions);
      out.push(...(node.children as RootContent[]));
      continue;
    }
    if (node.type === 'image' && !isSafeUrl(node.url, 'image')) node = text(node.alt ?? '');
    if (node.type === 'link') {
      const parts = splitAutolink(node, source);
      if (parts.length !== 1 || parts[0] !== node) {
        out.push(...(parts as RootContent[]));
        continue;
      }
    }
    if (node.type === 'inlineMath' && source.slice(offsets(node)?.[0] ?? 0).startsWith('$$')) {
      // `$$…$$` inside a line is display math (Pandoc); rehype-katex reads the class.
      node.data = { ...node.data, hProperties: { className: ['language-math', 'math-display'] } };
    }
    if ('children' in node) clean(node, source, definitions);
    out.push(node);
  }
  // A paragraph that is one `$$…$$` and nothing else is a display formula.
  parent.children = out.map((n) => {
    if (n.type !== 'paragraph') return n;
    const meaningful = n.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const only = meaningful[0];
    if (meaningful.length === 1 && only?.type === 'inlineMath' && isDisplayInline(only)) return displayMath(only.value);
    return n;
  }) as typeof parent.children;
}

export function parseUserMarkdown(source: string): Root {
  const normalised = source.replace(/\r\n?/g, '\n');
  const prepared = escapeProseDollars(normalised, literalRanges(normalised));
  const tree = withMath.parse(prepared);
  const definitions = new Map<string, string>();
  const collect = (node: AnyNode) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) node.children.forEach((c) => collect(c as AnyNode));
  };
  collect(tree);
  clean(tree, prepared, definitions);
  return tree;
}

/** True when the text holds math (the HTML export then ships KaTeX's CSS). */
export function hasMath(source: string): boolean {
  let found = false;
  const walk = (node: AnyNode) => {
    if (node.type === 'math' || node.type === 'inlineMath') found = true;
    else if ('children' in node) node.children.forEach((c) => walk(c as AnyNode));
  };
  walk(parseUserMarkdown(source));
  return found;
}
