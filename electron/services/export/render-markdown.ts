import type { Block, Figure, Inline, Page, Publication } from './blocks';
import type { Labels } from './labels';
import { replacePhotoRefs } from './photo-refs';

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
  /** Rewrites the user's Markdown (notes, intro, Q&A) for the target renderer. */
  userMarkdown?: (source: string) => string;
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

/** Escapes Markdown syntax in plain text (titles); `$` stays so math in titles still renders. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/**
 * Link destinations stay readable (Hangul as it is: CommonMark, Hugo, kramdown
 * and GitHub all accept it); only characters that would end or break a
 * destination — spaces, parentheses, angle brackets — are percent-encoded.
 */
export function encodeDestination(href: string): string {
  return href.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const link = (text: string, href: string) => `[${escapeMarkdown(text)}](${encodeDestination(href)})`;

function inline(item: Inline, links: LinkResolver, from: number): string {
  if (item.page !== undefined) return link(item.text, `${links.page(item.page, from)}${item.anchor ? `#${item.anchor}` : ''}`);
  if (item.href) return link(item.text, item.href);
  return escapeMarkdown(item.text);
}

/** A shortcode parameter as a raw string (backticks): quotes and Markdown pass through unchanged. */
const rawParam = (text: string) => `\`${text.replace(/`/g, "'").replace(/\s*\n\s*/g, ' ')}\``;

function figure(f: Figure, links: LinkResolver, from: number, style: MarkdownStyle): string {
  const src = links.image(f, from);
  if (!src) return '';
  if (style.figure === 'hugo-shortcode') {
    const caption = f.caption ? ` caption=${rawParam(f.caption)}` : '';
    return `{{< figure src=${rawParam(encodeDestination(src))} alt=${rawParam(f.alt)}${caption} >}}`;
  }
  const image = `![${escapeMarkdown(f.alt)}](${encodeDestination(src)})`;
  return f.caption ? `${image}  \n*${escapeMarkdown(f.caption)}*` : image;
}

/**
 * The writer's Markdown for the target: rewritten for its renderer (math
 * protection), then each `![caption](photo:ID)` becomes the exported photo
 * with its caption (a photo left out of the export leaves nothing).
 */
function user(w: Where, source: string): string {
  const text = w.style.userMarkdown ? w.style.userMarkdown(source) : source;
  return replacePhotoRefs(text, (id, alt) => {
    const f = w.page.inlinePhotos.get(id);
    return f ? figure({ ...f, alt: f.caption || alt || f.alt, caption: f.caption || alt }, w.links, w.from, w.style) : '';
  });
}

/** A story's Q&A: the question as asked, then the answer after a dash. */
function exchange(q: { question: string; answer: string; who: string }, w: Where): string {
  const who = q.who ? ` *(${escapeMarkdown(w.labels.askedBy(q.who))})*` : '';
  const answer = q.answer.trim() ? `\n\n— ${user(w, q.answer.trim())}` : '';
  return `> **${user(w, q.question.trim())}**${who}${answer.replace(/\n/g, '\n> ')}`;
}

function block(b: Block, w: Where): string {
  const { links, from, style, labels } = w;
  switch (b.t) {
    case 'heading': {
      const text = b.href ? link(b.text, b.href) : escapeMarkdown(b.text);
      if (!b.anchor) return `${'#'.repeat(b.level)} ${text}`;
      return style.anchors === 'attribute' ? `${'#'.repeat(b.level)} ${text} {#${b.anchor}}` : `<a id="${b.anchor}"></a>\n\n${'#'.repeat(b.level)} ${text}`;
    }
    case 'anchor':
      return style.anchors === 'html' ? `<a id="${b.id}"></a>` : '';
    case 'meta':
      return `*${b.label ? `${escapeMarkdown(b.label)} ` : ''}${b.items.map((i) => inline(i, links, from)).join(' · ')}*`;
    case 'markdown':
      return user(w, b.source.trim());
    case 'quote':
      return `> ${user(w, b.source.trim())}`;
    case 'qa':
      if (b.form === 'exchange') return b.items.map((q) => exchange(q, w)).join('\n\n');
      return b.items
        .map((q) => {
          const who = q.who ? ` (${escapeMarkdown(q.who)})` : '';
          return `**${labels.question}${who}.** ${user(w, q.question.trim())}\n\n**${labels.answer}.** ${user(w, q.answer.trim())}`;
        })
        .join('\n\n');
    case 'figure':
      return figure(b.figure, links, from, style);
  }
}

/** The series' navigation: every page, the current one marked, all linked. */
export function navigationMarkdown(pub: Publication, current: number, links: LinkResolver, labels: Labels): string {
  const items = pub.pages.map((p, i) => {
    const l = link(p.title, links.page(i, current));
    return i === current ? `${i + 1}. **${l}** ← ${labels.thisPost}` : `${i + 1}. ${l}`;
  });
  return `**${escapeMarkdown(pub.seriesTitle)}**\n\n${items.join('\n')}`;
}

export function prevNextMarkdown(pub: Publication, current: number, links: LinkResolver, labels: Labels): string {
  const prev = pub.pages[current - 1];
  const next = pub.pages[current + 1];
  const parts = [
    prev ? `← ${labels.previous}: ${link(prev.title, links.page(prev.index, current))}` : '',
    next ? `${labels.next}: ${link(next.title, links.page(next.index, current))} →` : '',
  ].filter(Boolean);
  return parts.join(' | ');
}

/** The body of one page as Markdown (front matter is the format's business). */
export function pageMarkdown(pub: Publication, page: Page, links: LinkResolver, style: MarkdownStyle, labels: Labels): string {
  const chunks: string[] = [];
  if (style.titleHeading) chunks.push(`# ${escapeMarkdown(page.title)}`);
  chunks.push(navigationMarkdown(pub, page.index, links, labels), '---');
  const w: Where = { links, from: page.index, style, labels, page };
  if (page.cover) chunks.push(figure(page.cover, links, page.index, style));
  // The writer's words open the page before any heading, as a post does.
  if (page.seriesIntro.trim()) chunks.push(user(w, page.seriesIntro.trim()));
  if (page.intro.trim()) chunks.push(user(w, page.intro.trim()));
  for (const b of page.blocks) chunks.push(block(b, w));
  if (page.outro.trim()) chunks.push(user(w, page.outro.trim()));
  const prevNext = prevNextMarkdown(pub, page.index, links, labels);
  if (prevNext) chunks.push('---', prevNext);
  return `${chunks.filter((c) => c !== '').join('\n\n')}\n`;
}
