import type { Figure, Page, Publication } from '../blocks';
import type { Labels } from '../labels';
import type { LinkResolver } from '../render-markdown';

/** One output file of a format, as text (pages, config, CSS) or copied from a file (KaTeX fonts). */
export type ExtraFile = { rel: string; text: string } | { rel: string; source: string };

/**
 * How one format lays out a series: where each page and its images go, how
 * pages link to each other (always relative) and what else the folder needs.
 */
export interface FormatLayout {
  pageFile(page: Page): string;
  imageFile(page: Page, imageName: string): string;
  render(pub: Publication, page: Page, labels: Labels): string;
  extras(pub: Publication, labels: Labels): Promise<ExtraFile[]>;
}

/** Exported image names by photo id; a photo that could not be exported has none. */
export type ImageNames = Map<string, string>;

/** Relative path from one file's folder to another file, with forward slashes. */
export function relativeLink(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  return [...Array<string>(up).fill('..'), ...to.slice(common)].join('/') || '.';
}

/** Links for formats where each page is one file: relative file-to-file paths. */
export function fileLinks(layout: Pick<FormatLayout, 'pageFile' | 'imageFile'>, pub: Publication, images: ImageNames): LinkResolver {
  return {
    page: (to, from) => relativeLink(layout.pageFile(pub.pages[from]!), layout.pageFile(pub.pages[to]!)),
    image: (figure: Figure, from) => {
      const name = images.get(figure.photo.id);
      const page = pub.pages[from]!;
      return name ? relativeLink(layout.pageFile(page), layout.imageFile(page, name)) : null;
    },
  };
}

/** YAML front matter; strings are JSON-quoted, which YAML reads as-is (Hangul untouched); dates stay bare. */
export function frontMatter(fields: Record<string, string | number | string[]>): string {
  const lines = Object.entries(fields).map(([k, v]) =>
    Array.isArray(v) ? `${k}: [${v.map((s) => JSON.stringify(s)).join(', ')}]` : `${k}: ${typeof v === 'number' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : JSON.stringify(v)}`,
  );
  return `---\n${lines.join('\n')}\n---\n\n`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
