import type { Block, Figure, Inline, Page, Publication } from './blocks';
import type { Labels } from './labels';

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
  if (item.page !== undefined) return link(item.text, links.page(item.page, from));
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

const user = (style: MarkdownStyle, source: string) => (style.userMarkdown ? style.userMarkdown(source) : source);

function block(b: Block, links: LinkResolver, from: number, style: MarkdownStyle, labels: Labels): string {
  switch (b.t) {
    case 'heading': {
      const text = b.href ? link(b.text, b.href) : escapeMarkdown(b.text);
      return `${'#'.repeat(b.level)} ${text}`;
    }
    case 'meta':
      return `*${b.label ? `${escapeMarkdown(b.label)} ` : ''}${b.items.map((i) => inline(i, links, from)).join(' · ')}*`;
    case 'markdown':
      return user(style, b.source.trim());
    case 'quote':
      return `> ${user(style, b.source.trim())}`;
    case 'qa':
      return b.items
        .map((q) => {
          const who = q.who ? ` (${escapeMarkdown(q.who)})` : '';
          return `**${labels.question}${who}.** ${user(style, q.question.trim())}\n\n**${labels.answer}.** ${user(style, q.answer.trim())}`;
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
  if (page.cover) chunks.push(figure(page.cover, links, page.index, style));
  if (page.intro.trim()) chunks.push(user(style, page.intro.trim()));
  for (const b of page.blocks) chunks.push(block(b, links, page.index, style, labels));
  const prevNext = prevNextMarkdown(pub, page.index, links, labels);
  if (prevNext) chunks.push('---', prevNext);
  return `${chunks.filter((c) => c !== '').join('\n\n')}\n`;
}
