import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import type { Series } from '../../shared/schemas/series';
import type { Block, Inline, Page } from './blocks';
import type { Labels } from './labels';

/**
 * The first line of notes worth quoting: not blank, not math or a picture, its
 * own heading/list/quote marker removed. It is quoted as the words it holds, so
 * a marker left at its start (the "3." of "### 3. Attention-based …") is
 * backslash-escaped and cannot turn the quote into a list or a heading.
 */
export function firstLine(body: string): string {
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^\s*(#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+)/, '').trim();
    if (line && !line.startsWith('$$') && !line.startsWith('![') && !line.startsWith('```')) {
      return line.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+*#>=|]|[`~]{3})/, '\\$1');
    }
  }
  return '';
}

interface DigestContext {
  index: number;
  slug: string;
  date: string;
  labels: Labels;
}

/**
 * The "papers I saw" post: every paper of the trip, starred first, then in
 * the order first seen; each with authors, link, where it was seen (linked to
 * the part that tells it, when one does) and the first line of the notes.
 */
export function digestPage(
  doc: TripDocument,
  series: Series,
  entryPart: Map<string, string>,
  pages: Page[],
  ctx: DigestContext,
): Page {
  const { labels } = ctx;
  const seenIn = new Map<string, Entry[]>();
  for (const e of [...doc.entries].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))) {
    if (e.paperId) seenIn.set(e.paperId, [...(seenIn.get(e.paperId) ?? []), e]);
  }
  const firstSeen = (id: string) => seenIn.get(id)?.[0]?.start ?? '9999';
  const papers = [...doc.papers].sort(
    (a, b) =>
      Number(b.starred) - Number(a.starred) ||
      (firstSeen(a.id) < firstSeen(b.id) ? -1 : firstSeen(a.id) > firstSeen(b.id) ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const pageOfPart = new Map(pages.map((p) => [p.key, p.index]));
  const blocks: Block[] = [];
  for (const paper of papers) {
    const entries = seenIn.get(paper.id) ?? [];
    blocks.push({ t: 'heading', level: 3, text: `${paper.starred ? '★ ' : ''}${paper.title || paper.key}`, href: paper.url });
    if (paper.authors.length) blocks.push({ t: 'meta', items: [{ text: paper.authors.join(', ') }] });
    if (entries.length) {
      const items: Inline[] = [];
      for (const e of entries) {
        const part = entryPart.get(e.id);
        const page = part !== undefined ? pageOfPart.get(part) : undefined;
        const text = `${labels.kinds[e.kind]} ${e.start.slice(0, 10)}${e.kind === 'talk' && e.session ? ` (${e.session})` : ''}`;
        items.push(page !== undefined ? { text, page } : { text });
      }
      blocks.push({ t: 'meta', label: `${labels.seenAt}:`, items });
    }
    const note = entries.map((e) => firstLine(e.body)).find(Boolean);
    if (note) blocks.push({ t: 'quote', source: note });
  }
  return {
    index: ctx.index,
    key: 'digest',
    title: `${series.title}: ${labels.papersISaw}`,
    slug: ctx.slug,
    date: ctx.date,
    intro: '',
    cover: null,
    blocks,
  };
}
