import type { Photo } from '../../shared/schemas/photo';

/**
 * A format-neutral description of a published page. Entries are turned into
 * these blocks once (by kind, in entry-blocks.ts); the Markdown and HTML
 * renderers only decide how each block looks and where links point.
 */
export interface Figure {
  photo: Photo;
  caption: string;
  alt: string;
}

/** A piece of a meta line; `page` links to another page of the series, `href` outside. */
export interface Inline {
  text: string;
  href?: string;
  page?: number;
}

export type Block =
  | { t: 'heading'; level: 2 | 3; text: string; href?: string }
  | { t: 'meta'; items: Inline[]; label?: string }
  | { t: 'markdown'; source: string }
  | { t: 'qa'; items: { question: string; answer: string; who: string }[] }
  | { t: 'figure'; figure: Figure }
  /** Quoted Markdown (the digest's first line of notes). */
  | { t: 'quote'; source: string };

export interface Page {
  /** 0-based position among the series' pages (parts, then the digest). */
  index: number;
  /** The part's id, or "digest". */
  key: string;
  title: string;
  slug: string;
  /** First day the page covers (front matter `date`, Jekyll file name). */
  date: string;
  intro: string;
  cover: Figure | null;
  blocks: Block[];
}

export interface Publication {
  tripId: string;
  seriesId: string;
  seriesTitle: string;
  seriesSlug: string;
  language: 'en' | 'ko';
  pages: Page[];
}

/** Every photo a publication shows (cover and figures), each once, in page order. */
export function publishedPhotos(publication: Publication): Photo[] {
  const seen = new Map<string, Photo>();
  for (const page of publication.pages) {
    if (page.cover) seen.set(page.cover.photo.id, page.cover.photo);
    for (const b of page.blocks) if (b.t === 'figure') seen.set(b.figure.photo.id, b.figure.photo);
  }
  return [...seen.values()];
}
