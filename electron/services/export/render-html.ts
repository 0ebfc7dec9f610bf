import type { Block, Figure, Inline, Page, Publication } from './blocks';
import type { Labels } from './labels';
import { escapeHtml, markdownToHtml } from './markdown-html';
import { replacePhotoRefs, splitAtLineRefs } from './photo-refs';
import type { LinkResolver } from './render-markdown';
import { isSafeUrl } from '../../shared/markdown/urls';

/**
 * Styles are written inline on the article's elements (not only in a
 * stylesheet) because blog editors (Tistory, Naver) keep inline styles of
 * pasted HTML and drop everything else: a copied article keeps its layout.
 */
const S = {
  article: 'max-width:760px;margin:0 auto;line-height:1.75;font-size:17px;color:#222;word-break:keep-all;overflow-wrap:break-word;',
  h1: 'font-size:1.9em;line-height:1.3;margin:0.4em 0 0.6em;',
  h2: 'font-size:1.45em;margin:2em 0 0.6em;padding-bottom:0.2em;border-bottom:2px solid #e5e5e5;',
  h3: 'font-size:1.15em;margin:1.6em 0 0.3em;',
  a: 'color:#1a5fb4;text-decoration:underline;',
  meta: 'margin:0 0 0.8em;color:#666;font-size:0.92em;font-style:italic;',
  nav: 'margin:1em 0 2em;padding:0.8em 1.2em;border:1px solid #ddd;border-radius:6px;background:#fafafa;font-size:0.95em;',
  navTitle: 'margin:0 0 0.4em;font-weight:bold;',
  navList: 'margin:0;padding-left:1.6em;',
  figure: 'margin:1.4em 0;text-align:center;',
  img: 'max-width:100%;height:auto;border-radius:4px;',
  figcaption: 'margin-top:0.4em;color:#666;font-size:0.9em;',
  qa: 'margin:1em 0;padding:0.6em 1em;border-left:4px solid #c8d7ee;background:#f6f9fd;',
  q: 'margin:0.2em 0;font-weight:bold;',
  answer: 'margin:0.2em 0 0.8em;',
  exchange: 'margin:1em 0;padding:0.2em 1em;border-left:3px solid #ddd;',
  exchangeQ: 'margin:0.3em 0;font-weight:bold;',
  exchangeA: 'margin:0.1em 0 0.8em;',
  prevNext: 'display:flex;justify-content:space-between;gap:1em;margin:2.5em 0 1em;padding-top:1em;border-top:1px solid #ddd;',
} as const;

/** A link the export makes (pages, papers); an unsafe destination (javascript:, data:) leaves the text alone. */
const a = (text: string, href: string, extra = '') =>
  isSafeUrl(href, 'link') ? `<a href="${escapeHtml(href)}" style="${S.a}"${extra}>${escapeHtml(text)}</a>` : escapeHtml(text);

/** Markdown rendered as HTML with inline styles on the elements editors care about. */
function markdownHtml(source: string): string {
  return markdownToHtml(source).replace(/<a href=/g, `<a style="${S.a}" href=`);
}

/** Where the writer's words are rendered: their `![caption](photo:ID)` resolve against the page. */
interface Where {
  links: LinkResolver;
  from: number;
  page: Page;
}

/**
 * The writer's Markdown as HTML. A photo reference on a line of its own
 * becomes a figure with its caption between the paragraphs; one inside a
 * sentence becomes a plain image; one to a photo left out of the export, nothing.
 */
function userHtml(source: string, w?: Where): string {
  if (!w) return markdownHtml(source);
  const resolve = (id: string) => w.page.inlinePhotos.get(id);
  return splitAtLineRefs(source)
    .map((seg) => {
      if ('photoId' in seg) {
        const f = resolve(seg.photoId);
        return f ? figure({ ...f, alt: f.caption || seg.alt || f.alt, caption: f.caption || seg.alt }, w.links, w.from) : '';
      }
      const text = replacePhotoRefs(seg.text, (id, alt) => {
        const f = resolve(id);
        const src = f && w.links.image(f, w.from);
        return src ? `![${alt.replace(/[[\]\\]/g, '\\$&')}](<${src}>)` : '';
      });
      return text.trim() ? markdownHtml(text) : '';
    })
    .filter(Boolean)
    .join('\n');
}

function inline(item: Inline, links: LinkResolver, from: number): string {
  if (item.page !== undefined) return a(item.text, `${links.page(item.page, from)}${item.anchor ? `#${item.anchor}` : ''}`);
  if (item.href) return a(item.text, item.href);
  return escapeHtml(item.text);
}

function figure(f: Figure, links: LinkResolver, from: number): string {
  const src = links.image(f, from);
  if (!src) return '';
  const caption = f.caption ? `<figcaption style="${S.figcaption}">${escapeHtml(f.caption)}</figcaption>` : '';
  return `<figure style="${S.figure}"><img src="${escapeHtml(src)}" alt="${escapeHtml(f.alt)}" loading="lazy" style="${S.img}">${caption}</figure>`;
}

const unwrapP = (html: string) => html.replace(/^<p>|<\/p>$/g, '');

function block(b: Block, w: Where, labels: Labels): string {
  const { links, from } = w;
  switch (b.t) {
    case 'heading': {
      const style = b.level === 2 ? S.h2 : S.h3;
      const text = b.href ? a(b.text, b.href) : escapeHtml(b.text);
      const id = b.anchor ? ` id="${escapeHtml(b.anchor)}"` : '';
      return `<h${b.level}${id} style="${style}">${text}</h${b.level}>`;
    }
    case 'anchor':
      return `<a id="${escapeHtml(b.id)}"></a>`;
    case 'meta':
      return `<p class="meta" style="${S.meta}">${b.label ? `${escapeHtml(b.label)} ` : ''}${b.items.map((i) => inline(i, links, from)).join(' · ')}</p>`;
    case 'markdown':
      return `<div class="notes">${userHtml(b.source, w)}</div>`;
    case 'qa':
      if (b.form === 'exchange') {
        return `<div class="qa exchange" style="${S.exchange}">${b.items
          .map((q) => {
            const who = q.who ? ` <span style="font-weight:normal;color:#666">(${escapeHtml(labels.askedBy(q.who))})</span>` : '';
            const answer = q.answer.trim() ? `<p style="${S.exchangeA}">— ${unwrapP(userHtml(q.answer))}</p>` : '';
            return `<p style="${S.exchangeQ}">${unwrapP(userHtml(q.question))}${who}</p>${answer}`;
          })
          .join('')}</div>`;
      }
      return `<div class="qa" style="${S.qa}">${b.items
        .map((q) => {
          const who = q.who ? ` (${escapeHtml(q.who)})` : '';
          return (
            `<div style="${S.q}">${labels.question}${who}. ${userHtml(q.question).replace(/^<p>|<\/p>$/g, '')}</div>` +
            `<div style="${S.answer}">${labels.answer}. ${userHtml(q.answer).replace(/^<p>|<\/p>$/g, '')}</div>`
          );
        })
        .join('')}</div>`;
    case 'figure':
      return figure(b.figure, links, from);
  }
}

export function navigationHtml(pub: Publication, current: number, links: LinkResolver, labels: Labels): string {
  const items = pub.pages.map((p, i) => {
    const link = a(p.title, links.page(i, current), i === current ? ' aria-current="page"' : '');
    return i === current ? `<li><strong>${link}</strong> ← ${labels.thisPost}</li>` : `<li>${link}</li>`;
  });
  return (
    `<nav class="series-nav" style="${S.nav}"><p style="${S.navTitle}">${escapeHtml(pub.seriesTitle)}</p>` +
    `<ol style="${S.navList}">${items.join('')}</ol></nav>`
  );
}

function prevNextHtml(pub: Publication, current: number, links: LinkResolver, labels: Labels): string {
  const prev = pub.pages[current - 1];
  const next = pub.pages[current + 1];
  if (!prev && !next) return '';
  const left = prev ? `<span>← ${labels.previous}: ${a(prev.title, links.page(prev.index, current), ' rel="prev"')}</span>` : '<span></span>';
  const right = next ? `<span>${labels.next}: ${a(next.title, links.page(next.index, current), ' rel="next"')} →</span>` : '<span></span>';
  return `<nav class="series-prevnext" style="${S.prevNext}">${left}${right}</nav>`;
}

/** The <article> of one page: everything a reader sees, ready to copy into a blog editor. */
export function articleHtml(pub: Publication, page: Page, links: LinkResolver, labels: Labels): string {
  const out: string[] = [`<article class="proceedings-post" lang="${pub.language}" style="${S.article}">`];
  out.push(`<h1 style="${S.h1}">${escapeHtml(page.title)}</h1>`);
  out.push(navigationHtml(pub, page.index, links, labels));
  const w: Where = { links, from: page.index, page };
  if (page.cover) out.push(figure(page.cover, links, page.index));
  // The writer's words open the page before any heading, as a post does.
  if (page.seriesIntro.trim()) out.push(`<div class="series-intro">${userHtml(page.seriesIntro, w)}</div>`);
  if (page.intro.trim()) out.push(`<div class="intro">${userHtml(page.intro, w)}</div>`);
  for (const b of page.blocks) out.push(block(b, w, labels));
  if (page.outro.trim()) out.push(`<div class="outro">${userHtml(page.outro, w)}</div>`);
  out.push(prevNextHtml(pub, page.index, links, labels));
  out.push('</article>');
  return out.filter(Boolean).join('\n');
}

export interface DocumentParts {
  title: string;
  language: string;
  /** <link>/<style> elements for the head. */
  head: string;
  body: string;
}

export function htmlDocument(d: DocumentParts): string {
  return (
    `<!doctype html>\n<html lang="${d.language}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(d.title)}</title>\n${d.head}\n</head>\n` +
    `<body>\n<main>\n${d.body}\n</main>\n</body>\n</html>\n`
  );
}

/** Page chrome around the article (the article itself carries its own inline styles). */
export const SITE_CSS = `body{margin:0;padding:2rem 1rem;background:#fff;font-family:"Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",system-ui,sans-serif}
main{max-width:820px;margin:0 auto}
.katex-display{overflow-x:auto;overflow-y:hidden}
.notes img{max-width:100%}
.notes table{border-collapse:collapse}.notes td,.notes th{border:1px solid #ddd;padding:0.3em 0.6em}
.notes pre{background:#f5f5f5;padding:0.8em;overflow-x:auto}
@media (prefers-color-scheme: dark){body{background:#fff}}
`;
