import { paperEntries } from '../../shared/domain/order';
import { timeRange } from '../../shared/domain/wall-clock';
import type { TripDocument } from '../../shared/schemas/document';
import type { Series } from '../../shared/schemas/series';
import type { Block, Inline, Page } from './blocks';
import type { Labels } from './labels';
import { replacePhotoRefs } from './photo-refs';

interface DigestContext {
  index: number;
  slug: string;
  date: string;
  labels: Labels;
}

/** Anchors each page really has (an entry's heading or marker), so the digest never links to a missing one. */
function anchorsOf(pages: Page[]): Map<number, Set<string>> {
  return new Map(
    pages.map((p) => [p.index, new Set(p.blocks.flatMap((b) => (b.t === 'heading' && b.anchor ? [b.anchor] : b.t === 'anchor' ? [b.id] : [])))]),
  );
}

/**
 * The "papers I saw" post, like a paper-notes list: every paper of the trip
 * (with or without a link), starred first, then in the order first seen; each
 * with its title, authors, link line, where it was seen (linked to the entry
 * in the part that tells it) and the writer's notes from every entry about it
 * (talk and poster together). Photos placed in the notes stay in the parts.
 */
export function digestPage(
  doc: TripDocument,
  series: Series,
  entryPart: Map<string, string>,
  pages: Page[],
  ctx: DigestContext,
): Page {
  const { labels } = ctx;
  const seenIn = paperEntries(doc.entries);
  const firstSeen = (id: string) => seenIn.get(id)?.[0]?.start ?? '9999';
  const papers = [...doc.papers].sort(
    (a, b) =>
      Number(b.starred) - Number(a.starred) ||
      (firstSeen(a.id) < firstSeen(b.id) ? -1 : firstSeen(a.id) > firstSeen(b.id) ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const pageOfPart = new Map(pages.map((p) => [p.key, p.index]));
  const anchors = anchorsOf(pages);
  const blocks: Block[] = [];
  for (const paper of papers) {
    const entries = seenIn.get(paper.id) ?? [];
    const title = paper.title || entries.find((e) => e.title)?.title || paper.key;
    blocks.push({ t: 'heading', level: 3, text: `${paper.starred ? '★ ' : ''}${title}`, ...(paper.url ? { href: paper.url } : {}) });
    if (paper.authors.length) blocks.push({ t: 'meta', items: [{ text: paper.authors.join(', ') }] });
    if (paper.url) blocks.push({ t: 'meta', items: [{ text: paper.url, href: paper.url }] });
    if (entries.length) {
      const items: Inline[] = [];
      for (const e of entries) {
        const part = entryPart.get(e.id);
        const page = part !== undefined ? pageOfPart.get(part) : undefined;
        const where = page !== undefined ? ` — ${pages[page]!.title}` : '';
        const text = `${labels.kinds[e.kind]} ${e.start.slice(0, 10)} ${timeRange(e)}${e.kind === 'talk' && e.session ? ` (${e.session})` : ''}${where}`;
        const anchor = `entry-${e.id}`;
        if (page === undefined) items.push({ text });
        else items.push({ text, page, ...(anchors.get(page)?.has(anchor) ? { anchor } : {}) });
      }
      blocks.push({ t: 'meta', label: `${labels.seenAt}:`, items });
    }
    for (const e of entries) {
      const notes = replacePhotoRefs(e.body, () => '').trim();
      if (notes) blocks.push({ t: 'markdown', source: notes });
    }
  }
  return {
    index: ctx.index,
    key: 'digest',
    title: `${series.title}: ${labels.papersISaw}`,
    slug: ctx.slug,
    date: ctx.date,
    seriesIntro: '',
    intro: '',
    outro: '',
    cover: null,
    blocks,
    inlinePhotos: new Map(),
    empty: blocks.length === 0,
  };
}
