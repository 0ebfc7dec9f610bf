import { timeRange } from '../../shared/domain/wall-clock';
import type { Entry } from '../../shared/schemas/entry';
import type { Paper } from '../../shared/schemas/paper';
import type { Photo } from '../../shared/schemas/photo';
import type { SeriesStyle } from '../../shared/schemas/series';
import type { Block, Figure, Inline } from './blocks';
import type { Labels } from './labels';
import { mealOf } from './meal-type';

export function figureOf(photo: Photo, fallbackAlt: string): Figure {
  return { photo, caption: photo.caption, alt: photo.caption || fallbackAlt };
}

/** How the blocks of one series are written: its words and its style. */
export interface BlockContext {
  labels: Labels;
  style: SeriesStyle;
}

const nonEmpty = (items: (Inline | string | undefined | false)[]): Inline[] =>
  items.flatMap((i) => (!i ? [] : typeof i === 'string' ? (i.trim() ? [{ text: i }] : []) : i.text.trim() ? [i] : []));

const person = (name: string, affiliation: string) => (affiliation ? `${name} (${affiliation})` : name);

/** Everyone a person entry names, with their affiliations. */
export function peopleOf(entry: Extract<Entry, { kind: 'person' }>): string[] {
  return [person(entry.name, entry.affiliation), ...entry.others.map((p) => person(p.name, p.affiliation))].filter((s) => s.trim());
}

/**
 * The line under an entry's heading: what kind of thing it was, where, with
 * whom. A story drops the kind labels ("Oral", "Poster", "Lunch") and keeps
 * what a reader wants (who spoke, where we ate, what it cost).
 */
function metaOf(entry: Entry, { labels, style }: BlockContext): Inline[] {
  const log = style === 'log';
  switch (entry.kind) {
    case 'talk':
      return nonEmpty([
        log && labels.formats[entry.format],
        log && entry.session && `${labels.session}: ${entry.session}`,
        log && entry.room && `${labels.room} ${entry.room}`,
        entry.speakers.join(', '),
      ]);
    case 'poster':
      return nonEmpty([log && labels.kinds.poster, log && entry.board && `${labels.board} ${entry.board}`]);
    case 'meal': {
      const meal = mealOf(entry);
      const where = entry.place?.name ? (entry.link ? { text: entry.place.name, href: entry.link } : `@ ${entry.place.name}`) : undefined;
      return nonEmpty([
        log && meal && labels.meals[meal],
        where,
        entry.dish,
        entry.price,
        !entry.place?.name && entry.link ? { text: labels.link, href: entry.link } : undefined,
        entry.rating ? '★'.repeat(entry.rating) + '☆'.repeat(5 - entry.rating) : '',
      ]);
    }
    case 'place':
      return nonEmpty([entry.place?.name]);
    case 'travel':
      return nonEmpty([entry.from || entry.to ? `${entry.from} → ${entry.to}` : '', entry.carrier]);
    case 'person':
      // Contact details are private notes; they are never published.
      return nonEmpty([peopleOf(entry).join(', ')]);
    case 'booth':
      return nonEmpty([
        log && labels.kinds.booth,
        entry.organisation,
        entry.shown && `${labels.shown}: ${entry.shown}`,
        entry.handouts && `${labels.handouts}: ${entry.handouts}`,
      ]);
    case 'note':
      return [];
  }
}

/** The title an entry is known by, if it has one of its own. */
function ownTitle(entry: Entry, paper: Paper | undefined): string {
  return entry.title || paper?.title || (entry.kind === 'person' ? peopleOf(entry).join(', ') : '') || (entry.kind === 'booth' ? entry.organisation : '');
}

function qaBlock(entry: Entry, style: SeriesStyle): Block | null {
  // Narrowed by kind, not by `'qa' in entry`: entries keep unknown fields of hand-edited files, so `in` proves nothing.
  if ((entry.kind !== 'talk' && entry.kind !== 'poster' && entry.kind !== 'booth') || !entry.qa.length) return null;
  const items = entry.qa
    .filter((q) => q.question.trim() || q.answer.trim())
    .map((q) => ({ question: q.question, answer: q.answer, who: q.askedBy === 'other' ? q.asker : '' }));
  return items.length ? { t: 'qa', form: style === 'story' ? 'exchange' : 'pairs', items } : null;
}

/**
 * An entry as published: heading (a talk's or poster's title links its
 * paper), the meta line, the notes as Markdown (math untouched), the Q&A,
 * then the photos not placed inside the notes, as figures with captions.
 * A log heading starts with the clock time; a story heading appears only when
 * the entry has a title of its own.
 */
export function entryBlocks(entry: Entry, paper: Paper | undefined, photos: Photo[], ctx: BlockContext): Block[] {
  const { labels, style } = ctx;
  const own = ownTitle(entry, paper);
  const title = own || labels.kinds[entry.kind]!;
  const linksPaper = Boolean(paper?.url) && (entry.kind === 'talk' || entry.kind === 'poster');
  const blocks: Block[] = [];
  const anchor = `entry-${entry.id}`;
  if (style === 'log') blocks.push({ t: 'heading', level: 3, text: `${timeRange(entry)} · ${title}`, anchor, ...(linksPaper ? { href: paper!.url } : {}) });
  else if (own) blocks.push({ t: 'heading', level: 3, text: own, anchor, ...(linksPaper ? { href: paper!.url } : {}) });
  else blocks.push({ t: 'anchor', id: anchor });
  const meta = metaOf(entry, ctx);
  if (paper && !linksPaper && (paper.url || paper.title)) meta.push(paper.url ? { text: paper.title || labels.paper, href: paper.url } : { text: paper.title });
  // Nothing said twice: a title already in the heading is not repeated under it.
  const fresh = meta.filter((m) => m.href || m.text !== own);
  if (fresh.length) blocks.push({ t: 'meta', items: fresh });
  if (entry.body.trim()) blocks.push({ t: 'markdown', source: entry.body });
  const qa = qaBlock(entry, style);
  if (qa) blocks.push(qa);
  for (const photo of photos) blocks.push({ t: 'figure', figure: figureOf(photo, own || labels.photo) });
  return blocks;
}
