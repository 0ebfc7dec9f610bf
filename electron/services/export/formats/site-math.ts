import katex from 'katex';
import { HUGO_LITERAL_LANGUAGE } from '../../../shared/markdown/to-markdown';
import type { ExtraFile } from './layout';

/**
 * What a Hugo or Jekyll site needs to show an exported series as the preview
 * does. Math is written as `\(…\)` / `\[…\]` (the default delimiters of both
 * MathJax and KaTeX's auto-render, which never pair a price's `$`); this
 * snippet renders them with the same KaTeX version the app uses. A site
 * that already loads MathJax or KaTeX auto-render with its defaults needs
 * nothing more; otherwise include the snippet in the page's <head>:
 * Hugo `{{ partial "proceedings-math.html" . }}`, Jekyll
 * `{% include proceedings-math.html %}`.
 */
export function mathSnippet(): string {
  const cdn = `https://cdn.jsdelivr.net/npm/katex@${katex.version}/dist`;
  return [
    '<!-- Added by Proceedings: renders the \\( \\) and \\[ \\] math of exported posts with KaTeX. -->',
    `<link rel="stylesheet" href="${cdn}/katex.min.css">`,
    `<script defer src="${cdn}/katex.min.js"></script>`,
    `<script defer src="${cdn}/contrib/auto-render.min.js"></script>`,
    '<script>',
    "document.addEventListener('DOMContentLoaded', function () {",
    '  if (!window.renderMathInElement) return;',
    '  renderMathInElement(document.body, {',
    "    delimiters: [{ left: '\\\\[', right: '\\\\]', display: true }, { left: '\\\\(', right: '\\\\)', display: false }],",
    '    throwOnError: false',
    '  });',
    '});',
    '</script>',
    '',
  ].join('\n');
}

/**
 * Code from the writer that contains `{{` cannot be a plain fenced block in
 * Hugo (shortcodes are read first, even in code); it is exported in the
 * `proceedings-literal` language with its braces and ampersands as character
 * references, and this render hook turns them back into the exact text.
 */
const LITERAL_CODE_HOOK = '<pre><code{{ with index .Attributes "data-lang" }} class="language-{{ . }}"{{ end }}>{{ .Inner | htmlUnescape }}</code></pre>\n';

export function hugoExtras(): ExtraFile[] {
  return [
    { rel: 'layouts/partials/proceedings-math.html', text: mathSnippet() },
    { rel: `layouts/_default/_markup/render-codeblock-${HUGO_LITERAL_LANGUAGE}.html`, text: LITERAL_CODE_HOOK },
  ];
}

export function jekyllExtras(): ExtraFile[] {
  return [{ rel: '_includes/proceedings-math.html', text: mathSnippet() }];
}
