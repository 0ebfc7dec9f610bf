import type { Entry } from '../../shared/schemas/entry';
import type { Paper } from '../../shared/schemas/paper';
import type { Photo } from '../../shared/schemas/photo';
import type { Block, Figure, Inline } from './blocks';
import type { Labels } from './labels';

export function figureOf(photo: Photo, fallbackAlt: string): Figure {
  return { photo, caption: photo.caption, alt: photo.caption || fallbackAlt };
}

const time = (e: Entry) => e.start.slice(11, 16);
const nonEmpty = (items: (string | undefined)[]) => items.filter((s): s is string => Boolean(s && s.trim()));

/** The line under an entry's heading: what kind of thing it was, where, with whom. */
function metaOf(entry: Entry, labels: Labels): string[] {
  switch (entry.kind) {
    case 'talk':
      return nonEmpty([
        labels.formats[entry.format],
        entry.session && `${labels.session}: ${entry.session}`,
        entry.room && `${labels.room} ${entry.room}`,
        entry.speakers.join(', '),
      ]);
    case 'poster':
      return nonEmpty([labels.kinds.poster, entry.board && `${labels.board} ${entry.board}`]);
    case 'meal':
      return nonEmpty([
        labels.meals[entry.meal],
        entry.place?.name && `@ ${entry.place.name}`,
        entry.dish,
        entry.rating ? '★'.repeat(entry.rating) + '☆'.repeat(5 - entry.rating) : '',
      ]);
    case 'place':
      return nonEmpty([entry.place?.name]);
    case 'travel':
      return nonEmpty([entry.from || entry.to ? `${entry.from} → ${entry.to}` : '', entry.carrier]);
    case 'person':
      // Contact details are private notes; they are never published.
      return nonEmpty([entry.name, entry.affiliation]);
    case 'booth':
      return nonEmpty([entry.organisation]);
    case 'note':
      return [];
  }
}

/**
 * An entry as published: heading (a talk's or poster's title links its
 * paper), the meta line, the notes as Markdown (math untouched), a poster's
 * Q&A as pairs, then its photos as figures with captions.
 */
export function entryBlocks(entry: Entry, paper: Paper | undefined, photos: Photo[], labels: Labels): Block[] {
  const title = entry.title || paper?.title || (entry.kind === 'person' ? entry.name : '') || labels.kinds[entry.kind]!;
  const linksPaper = paper && (entry.kind === 'talk' || entry.kind === 'poster');
  const blocks: Block[] = [
    { t: 'heading', level: 3, text: `${time(entry)} · ${title}`, ...(linksPaper ? { href: paper.url } : {}) },
  ];
  const meta: Inline[] = metaOf(entry, labels).map((text) => ({ text }));
  if (paper && !linksPaper) meta.push({ text: paper.title || labels.paper, href: paper.url });
  if (meta.length) blocks.push({ t: 'meta', items: meta });
  if (entry.body.trim()) blocks.push({ t: 'markdown', source: entry.body });
  if (entry.kind === 'poster' && entry.qa.length) {
    blocks.push({
      t: 'qa',
      items: entry.qa
        .filter((q) => q.question.trim() || q.answer.trim())
        .map((q) => ({ question: q.question, answer: q.answer, who: q.askedBy === 'other' ? q.asker : '' })),
    });
  }
  for (const photo of photos) blocks.push({ t: 'figure', figure: figureOf(photo, title) });
  return blocks;
}
