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

/** A piece of a meta line; `page` links to another page of the series (at `anchor`, if given), `href` outside. */
export interface Inline {
  text: string;
  href?: string;
  page?: number;
  anchor?: string;
}

export type Block =
  /** `anchor` is the id other pages link to (the digest links each paper's entries). */
  | { t: 'heading'; level: 2 | 3; text: string; href?: string; anchor?: string }
  | { t: 'meta'; items: Inline[]; label?: string }
  /** Where an entry with no heading starts (a story's untitled meal), for links to it. */
  | { t: 'anchor'; id: string }
  /** The writer's Markdown; `![caption](photo:ID)` in it is resolved to the exported photo. */
  | { t: 'markdown'; source: string }
  /** `pairs`: "Q. … / A. …" (log); `exchange`: the question, then the answer after a dash (story). */
  | { t: 'qa'; form: 'pairs' | 'exchange'; items: { question: string; answer: string; who: string }[] }
  | { t: 'figure'; figure: Figure };

export interface Page {
  /** 0-based position among the series' pages (parts, then the digest). */
  index: number;
  /** The part's id, or "digest". */
  key: string;
  title: string;
  slug: string;
  /** First day the page covers (front matter `date`, Jekyll file name). */
  date: string;
  /** The writer's words: the series intro (first page only), the part's intro and outro. */
  seriesIntro: string;
  intro: string;
  outro: string;
  cover: Figure | null;
  blocks: Block[];
  /** Photos the writer placed inside notes or intros with `![…](photo:ID)`, by id. */
  inlinePhotos: Map<string, Figure>;
  /** Nothing of the writer's in it (no entry, photo or words): warned about before publishing. */
  empty: boolean;
}

export interface Publication {
  tripId: string;
  seriesId: string;
  seriesTitle: string;
  seriesSlug: string;
  language: 'en' | 'ko';
  style: 'log' | 'story';
  seriesIntro: string;
  pages: Page[];
  /** What the writer should know before publishing (empty parts…), in plain words. */
  warnings: string[];
}

/** Every photo a publication shows (cover and figures), each once, in page order. */
export function publishedPhotos(publication: Publication): Photo[] {
  const seen = new Map<string, Photo>();
  for (const page of publication.pages) {
    if (page.cover) seen.set(page.cover.photo.id, page.cover.photo);
    for (const f of page.inlinePhotos.values()) seen.set(f.photo.id, f.photo);
    for (const b of page.blocks) if (b.t === 'figure') seen.set(b.figure.photo.id, b.figure.photo);
  }
  return [...seen.values()];
}
