import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

const parser = unified().use(remarkParse).use(remarkMath);

/**
 * Hugo's Markdown (Goldmark, before the passthrough extension of 0.122) reads
 * `\|`, `\\` and `_…_` inside `$…$` as Markdown and eats the backslashes, so
 * the page's MathJax/KaTeX would get broken LaTeX. Inside math only, Markdown
 * punctuation is backslash-escaped: Goldmark then emits the LaTeX exactly as
 * written, still between `$…$` / `$$…$$`. Text outside math is untouched.
 */
export function escapeMathForGoldmark(markdown: string): string {
  const spans: [number, number][] = [];
  const walk = (node: MdNode) => {
    if ((node.type === 'math' || node.type === 'inlineMath') && node.position?.start.offset !== undefined) {
      spans.push([node.position.start.offset, node.position.end.offset!]);
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(markdown) as MdNode);
  let out = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    const text = markdown.slice(start, end);
    const open = /^\$+/.exec(text)![0].length;
    const close = /\$+$/.exec(text)?.[0].length ?? 0;
    const inner = text.slice(open, text.length - close).replace(/[\\_*[\]<>`~]/g, '\\$&');
    out += markdown.slice(at, start) + text.slice(0, open) + inner + text.slice(text.length - close);
    at = end;
  }
  return out + markdown.slice(at);
}
