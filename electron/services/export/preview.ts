import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportLanguage, SeriesStyle } from '../../shared/schemas/series';
import type { Library } from '../library/library';
import { AppError } from '../util/errors';
import type { Figure, Page } from './blocks';
import { katexDist } from './formats/html';
import { exportImage } from './images';
import { DEFAULT_LONG_EDGE } from './export';
import { labelsFor } from './labels';
import { buildPublication } from './model';
import { escapeHtml, hasMath } from './markdown-html';
import { articleHtml, htmlDocument, SITE_CSS } from './render-html';
import type { LinkResolver } from './render-markdown';
import { findSeries } from '../series/arrange';

/** The scheme and host under which the app serves library files to the renderer. */
export const PREVIEW_MEDIA_PREFIX = 'proceedings-media://library/';

const BROWSER_IMAGES = /^image\/(jpeg|png|webp|gif)$/i;

let katexCss: string | null = null;
/**
 * KaTeX's CSS with its woff2 fonts inlined as data: URLs: a srcdoc iframe has
 * no base URL to load fonts from. Only pages with math carry it (~350 kB).
 */
function inlineKatexCss(): string {
  if (katexCss) return katexCss;
  const dist = katexDist();
  const css = readFileSync(path.join(dist, 'katex.min.css'), 'utf8');
  katexCss = css.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g, (_m, name: string) => {
    const font = readFileSync(path.join(dist, 'fonts', `${name}.woff2`)).toString('base64');
    return `src:url(data:font/woff2;base64,${font}) format("woff2")`;
  });
  return katexCss;
}

const usesMath = (page: Page) =>
  [page.seriesIntro, page.intro, page.outro].some(hasMath) || page.blocks.some((b) => b.t === 'markdown' && hasMath(b.source));

const mediaUrl = (rel: string) => PREVIEW_MEDIA_PREFIX + rel.split('/').map(encodeURIComponent).join('/');

export interface PreviewOptions {
  tripId: string;
  seriesId: string;
  /** A part's id, or "digest" for the papers post. */
  partId: string;
  digest?: boolean;
  /** Absent: the series' own language and style. */
  language?: ExportLanguage;
  style?: SeriesStyle;
}

/**
 * One page exactly as the HTML export publishes it, as a standalone document
 * for a sandboxed iframe's srcdoc. Images point at library files through the
 * media scheme: the original when a browser shows it, else (HEIC) the
 * exported JPEG, made into the export cache on demand. Links between parts are
 * `#proceedings-part=<partId>` with data-part-id, for the UI to follow.
 */
export async function previewPart(library: Library, options: PreviewOptions): Promise<{ html: string; title: string }> {
  const doc = await library.trip(options.tripId);
  const series = findSeries(doc, options.seriesId);
  const pub = buildPublication(doc, series, { language: options.language, style: options.style, digest: options.digest ?? options.partId === 'digest' });
  const { language } = pub;
  const labels = labelsFor(language);
  const page = pub.pages.find((p) => p.key === options.partId);
  if (!page) throw new AppError('not-found', `There is no part "${options.partId}" in this series.`);

  const figures: Figure[] = [...(page.cover ? [page.cover] : []), ...page.inlinePhotos.values(), ...page.blocks.flatMap((b) => (b.t === 'figure' ? [b.figure] : []))];
  const src = new Map<string, string>();
  for (const { photo } of figures) {
    // The photos feature's display copy (original JPEG/PNG/WebP, or a JPEG made from HEIC/TIFF).
    if (photo.display) {
      src.set(photo.id, mediaUrl(photo.display));
      continue;
    }
    if (BROWSER_IMAGES.test(photo.mime)) {
      src.set(photo.id, mediaUrl(photo.file));
      continue;
    }
    const made = await exportImage(library.paths, photo, { longEdge: DEFAULT_LONG_EDGE, keepCaptureDate: false });
    if (made.ok) src.set(photo.id, mediaUrl(path.relative(library.paths.root, made.file).split(path.sep).join('/')));
  }
  const links: LinkResolver = {
    page: (to) => `#proceedings-part=${encodeURIComponent(pub.pages[to]!.key)}`,
    image: (figure) => src.get(figure.photo.id) ?? null,
  };
  const article = articleHtml(pub, page, links, labels).replace(
    /<a href="#proceedings-part=([^"]+)"/g,
    (_m, key: string) => `<a href="#proceedings-part=${key}" data-part-id="${escapeHtml(decodeURIComponent(key))}"`,
  );
  const head = `<style>${SITE_CSS}</style>${usesMath(page) ? `\n<style>${inlineKatexCss()}</style>` : ''}`;
  return { title: page.title, html: htmlDocument({ title: page.title, language, head, body: article }) };
}
