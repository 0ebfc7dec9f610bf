import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page, Publication } from '../blocks';
import type { Labels } from '../labels';
import { escapeHtml, markdownToHtml } from '../markdown-html';
import { replacePhotoRefs } from '../photo-refs';
import { articleHtml, htmlDocument, navigationHtml, SITE_CSS } from '../render-html';
import { fileLinks, pad2, relativeLink, type ExtraFile, type FormatLayout, type ImageNames } from './layout';

/** KaTeX's stylesheet and fonts, shipped with the export so math renders offline. */
export function katexDist(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('katex/package.json')), 'dist');
}

async function katexFiles(): Promise<ExtraFile[]> {
  const dist = katexDist();
  const fonts = (await readdir(path.join(dist, 'fonts'))).sort();
  return [
    { rel: 'assets/katex/katex.min.css', source: path.join(dist, 'katex.min.css') },
    ...fonts.map((f) => ({ rel: `assets/katex/fonts/${f}`, source: path.join(dist, 'fonts', f) })),
  ];
}

/**
 * A self-contained folder readable offline: index.html, one NN-<slug>.html
 * per page, images/, assets/ (site CSS and KaTeX). Every link is relative.
 */
export function htmlLayout(pub: Publication, images: ImageNames): FormatLayout {
  const pageFile = (page: Page) => `${pad2(page.index + 1)}-${page.slug}.html`;
  const imageFile = (_page: Page, name: string) => `images/${name}`;
  const links = fileLinks({ pageFile, imageFile }, pub, images);
  const head = (file: string) =>
    [`assets/katex/katex.min.css`, `assets/style.css`]
      .map((css) => `<link rel="stylesheet" href="${escapeHtml(relativeLink(file, css))}">`)
      .join('\n');
  return {
    pageFile,
    imageFile,
    render: (p, page, labels) =>
      htmlDocument({ title: page.title, language: p.language, head: head(pageFile(page)), body: articleHtml(p, page, links, labels) }),
    extras: async (p: Publication, labels: Labels) => {
      // The index links every page: it is the series' navigation with no page marked.
      const indexLinks = { ...links, page: (to: number) => pageFile(p.pages[to]!) };
      const nav = navigationHtml(p, -1, indexLinks, labels);
      const intro = p.seriesIntro.trim() ? `<div class="series-intro">${markdownToHtml(replacePhotoRefs(p.seriesIntro, () => ''))}</div>\n` : '';
      const body = `<article class="proceedings-index" lang="${p.language}"><h1>${escapeHtml(p.seriesTitle)}</h1>\n${intro}${nav}\n</article>`;
      return [
        { rel: 'index.html', text: htmlDocument({ title: p.seriesTitle, language: p.language, head: head('index.html'), body }) },
        { rel: 'assets/style.css', text: SITE_CSS },
        ...(await katexFiles()),
      ];
    },
  };
}
