import type { Block, Figure, Inline, Page, Publication } from './blocks';
import type { Labels } from './labels';
import { encodeDestination, escapeInline, htmlEntities, type MarkdownTarget } from '../../shared/markdown/escape';
import { userMarkdownFor } from '../../shared/markdown/to-markdown';
import { isSafeUrl } from '../../shared/markdown/urls';
import { replacePhotoRefs } from './photo-refs';

export { encodeDestination };

/** Where links of one page point; each format has its own layout. */
export interface LinkResolver {
  /** Relative link from page `from` to page `to`. */
  page(to: number, from: number): string;
  /** Relative link to an exported image, or null when the photo could not be exported. */
  image(figure: Figure, from: number): string | null;
}

export interface MarkdownStyle {
  /** Hugo's figure shortcode (a real <figure>), or an image followed by its caption in italics. */
  figure: 'hugo-shortcode' | 'image-caption';
  /** Start with "# title" (GitHub shows no front matter). */
  titleHeading: boolean;
  /** The engine that reads the file: decides how the writer's text is escaped (shared/markdown/escape.ts). */
  target: MarkdownTarget;
  /**
   * How an entry's anchor is written: a heading attribute `{#id}` (Hugo's
   * Goldmark and Jekyll's kramdown read it), or an empty `<a id>` before it
   * (GitHub, which shows `{#id}` as text).
   */
  anchors: 'attribute' | 'html';
}

/** What a block needs to know about where it is rendered. */
interface Where {
  links: LinkResolver;
  from: number;
  style: MarkdownStyle;
  labels: Labels;
  page: Page;
}

/** Plain text (titles, names, captions) written so the target shows exactly these characters. */
export function escapeMarkdown(text: string, target: MarkdownTarget = 'markdown'): string {
  return escapeInline(text, target);
}

/** A link the export makes (pages, papers); a destination the HTML export would drop (javascript:, data:) leaves the text alone. */
const link = (text: string, href: string, target: MarkdownTarget) =>
  isSafeUrl(href, 'link') ? `[${escapeMarkdown(text, target)}](${encodeDestination(href)})` : escapeMarkdown(text, target);

function inline(item: Inline, links: LinkResolver, from: number, t: MarkdownTarget): string {
  if (item.page !== undefined) return link(item.text, `${links.page(item.page, from)}${item.anchor ? `#${item.anchor}` : ''}`, t);
  if (item.href) return link(item.text, item.href, t);
  return escapeMarkdown(item.text, t);
}

/**
 * Hugo shortcode parameters in double quotes (the lexer honours `\"` there and
 * ignores `{{<` and `>}}` inside). The caption goes through Hugo's markdownify,
 * so it is written as character references (no Markdown, no braces, no quotes);
 * the alt attribute is written as plain text because Hugo escapes it itself.
 */
const quotedParam = (text: string) => `"${text.replace(/\s*\n\s*/g, ' ').replace(/\\/g, '\u29f5').replace(/"/g, '\\"')}"`;
const markdownifiedParam = (text: string) => `"${htmlEntities(text.replace(/\s*\n\s*/g, ' '))}"`;

function figure(f: Figure, links: LinkResolver, from: number, style: MarkdownStyle): string {
  const src = links.image(f, from);
  if (!src) return '';
  if (style.figure === 'hugo-shortcode') {
    const caption = f.caption ? ` caption=${markdownifiedParam(f.caption)}` : '';
    return `{{< figure src=${quotedParam(encodeDestination(src))} alt=${quotedParam(f.alt)}${caption} >}}`;
  }
  const image = `![${escapeMarkdown(f.alt, style.target)}](${encodeDestination(src)})`;
  return f.caption ? `${image}  \n*${escapeMarkdown(f.caption, style.target)}*` : image;
}

/**
 * The writer's Markdown for the target engine. Each `![caption](photo:ID)` becomes the exported
 * photo with its caption (a photo left out of the export leaves nothing): references are swapped
 * for plain-letter tokens first, so the engine escaping of userMarkdownFor cannot touch the
 * figure markup the export itself writes, then the tokens are replaced by the figures.
 */
const TOKEN = /PROCEEDINGSPHOTOREF(\d+)X/g;
function user(w: Where, source: string): string {
  const figures: string[] = [];
  const marked = replacePhotoRefs(source, (id, alt) => {
    const f = w.page.inlinePhotos.get(id);
    if (!f) return '';
    figures.push(figure({ ...f, alt: f.caption || alt || f.alt, caption: f.caption || alt }, w.links, w.from, w.style));
    return `PROCEEDINGSPHOTOREF${figures.length - 1}X`;
  });
  return userMarkdownFor(marked, w.style.target).replace(TOKEN, (_m, i: string) => figures[Number(i)] ?? '');
}

/** A story's Q&A: the question as asked, then the answer after a dash. */
function exchange(q: { question: string; answer: string; who: string }, w: Where): string {
  const who = q.who ? ` *(${escapeMarkdown(w.labels.askedBy(q.who), w.style.target)})*` : '';
  const answer = q.answer.trim() ? `\n\n— ${user(w, q.answer.trim())}` : '';
  return `> **${user(w, q.question.trim())}**${who}${answer.replace(/\n/g, '\n> ')}`;
}

function block(b: Block, w: Where): string {
  const { links, from, style, labels } = w;
  switch (b.t) {
    case 'heading': {
      const text = b.href ? link(b.text, b.href, style.target) : escapeMarkdown(b.text, style.target);
      if (!b.anchor) return `${'#'.repeat(b.level)} ${text}`;
      return style.anchors === 'attribute' ? `${'#'.repeat(b.level)} ${text} {#${b.anchor}}` : `<a id="${b.anchor}"></a>\n\n${'#'.repeat(b.level)} ${text}`;
    }
    case 'anchor':
      return style.anchors === 'html' ? `<a id="${b.id}"></a>` : '';
    case 'meta':
      return `*${b.label ? `${escapeMarkdown(b.label, style.target)} ` : ''}${b.items.map((i) => inline(i, links, from, style.target)).join(' · ')}*`;
    case 'markdown':
      return user(w, b.source.trim());
    case 'qa':
      if (b.form === 'exchange') return b.items.map((q) => exchange(q, w)).join('\n\n');
      return b.items
        .map((q) => {
          const who = q.who ? ` (${escapeMarkdown(q.who, style.target)})` : '';
          return `**${labels.question}${who}.** ${user(w, q.question.trim())}\n\n**${labels.answer}.** ${user(w, q.answer.trim())}`;
        })
        .join('\n\n');
    case 'figure':
      return figure(b.figure, links, from, style);
  }
}

/** The series' navigation: every page, the current one marked, all linked. */
export function navigationMarkdown(pub: Publication, current: number, links: LinkResolver, labels: Labels, t: MarkdownTarget = 'markdown'): string {
  const items = pub.pages.map((p, i) => {
    const l = link(p.title, links.page(i, current), t);
    return i === current ? `${i + 1}. **${l}** ← ${labels.thisPost}` : `${i + 1}. ${l}`;
  });
  return `**${escapeMarkdown(pub.seriesTitle, t)}**\n\n${items.join('\n')}`;
}

export function prevNextMarkdown(pub: Publication, current: number, links: LinkResolver, labels: Labels, t: MarkdownTarget = 'markdown'): string {
  const prev = pub.pages[current - 1];
  const next = pub.pages[current + 1];
  const parts = [
    prev ? `← ${labels.previous}: ${link(prev.title, links.page(prev.index, current), t)}` : '',
    next ? `${labels.next}: ${link(next.title, links.page(next.index, current), t)} →` : '',
  ].filter(Boolean);
  return parts.join(' | ');
}

/** The body of one page as Markdown (front matter is the format's business). */
export function pageMarkdown(pub: Publication, page: Page, links: LinkResolver, style: MarkdownStyle, labels: Labels): string {
  const chunks: string[] = [];
  if (style.titleHeading) chunks.push(`# ${escapeMarkdown(page.title, style.target)}`);
  chunks.push(navigationMarkdown(pub, page.index, links, labels, style.target), '---');
  const w: Where = { links, from: page.index, style, labels, page };
  if (page.cover) chunks.push(figure(page.cover, links, page.index, style));
  // The writer's words open the page before any heading, as a post does.
  if (page.seriesIntro.trim()) chunks.push(user(w, page.seriesIntro.trim()));
  if (page.intro.trim()) chunks.push(user(w, page.intro.trim()));
  for (const b of page.blocks) chunks.push(block(b, w));
  if (page.outro.trim()) chunks.push(user(w, page.outro.trim()));
  const prevNext = prevNextMarkdown(pub, page.index, links, labels, style.target);
  if (prevNext) chunks.push('---', prevNext);
  return `${chunks.filter((c) => c !== '').join('\n\n')}\n`;
}
