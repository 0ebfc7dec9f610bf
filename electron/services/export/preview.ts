import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportLanguage, SeriesStyle } from '../../shared/schemas/series';
import type { Photo } from '../../shared/schemas/photo';
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

/**
 * The resized copy a preview shows (issue #16: a 90-entry part asked for its
 * 546 originals at once): the 400 px thumbnail the photo grid shows, else the
 * display copy (original JPEG/PNG/WebP, or a JPEG made from HEIC/TIFF), else
 * the exported JPEG, made into the export cache on demand.
 */
async function previewImage(library: Library, photo: Photo): Promise<string | null> {
  if (photo.thumb) return mediaUrl(photo.thumb);
  if (photo.display) return mediaUrl(photo.display);
  if (BROWSER_IMAGES.test(photo.mime)) return mediaUrl(photo.file);
  const made = await exportImage(library.paths, photo, { longEdge: DEFAULT_LONG_EDGE, keepCaptureDate: false });
  return made.ok ? mediaUrl(path.relative(library.paths.root, made.file).split(path.sep).join('/')) : null;
}

interface PreviewSize {
  width: number;
  height: number;
}

/** The size the export gives the photo (long edge 1600, never enlarged, the user's turns applied): the preview's layout is the export's. */
function exportedSize(photo: Photo): PreviewSize | null {
  if (!photo.width || !photo.height) return null;
  const [w, h] = photo.turns % 2 ? [photo.height, photo.width] : [photo.width, photo.height];
  const scale = Math.min(1, DEFAULT_LONG_EDGE / Math.max(w, h));
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}

/** The attribute holding a preview image's address until the page shows it (PreviewPanel sets `src` from it). */
export const PREVIEW_SRC_ATTR = 'data-preview-src';

/**
 * Library images of the preview wait in `data-preview-src` instead of `src`:
 * the preview's iframe runs no scripts, and Chromium does not lazy-load
 * (`loading="lazy"`) where scripting is disabled, so every image would be
 * fetched at once. The app sets `src` as each one nears the view. Each keeps
 * the exported image's size (width/height and aspect-ratio), so the page has
 * its final layout before any image arrives and only those near the view load.
 */
export function deferImages(html: string, sizes: ReadonlyMap<string, PreviewSize>): string {
  return html.replace(/<img\b([^>]*?) src="(proceedings-media:\/\/library\/[^"]*)"([^>]*)>/g, (_m, before: string, url: string, after: string) => {
    const size = sizes.get(url.replace(/&amp;/g, '&'));
    let attrs = `${before} ${PREVIEW_SRC_ATTR}="${url}"${after}`;
    if (size) {
      const ratio = `aspect-ratio:${size.width}/${size.height};`;
      attrs = / style="/.test(attrs) ? attrs.replace(/ style="/, ` style="${ratio}`) : `${attrs} style="${ratio}max-width:100%;height:auto;"`;
      attrs += ` width="${size.width}" height="${size.height}"`;
    }
    return `<img${attrs}>`;
  });
}

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
 * for a sandboxed iframe's srcdoc. Images point at resized library files
 * through the media scheme (`previewImage`), deferred until shown
 * (`deferImages`). Links between parts are
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
  const sizes = new Map<string, PreviewSize>();
  for (const { photo } of figures) {
    const url = await previewImage(library, photo);
    if (!url) continue;
    src.set(photo.id, url);
    const size = exportedSize(photo);
    if (size) sizes.set(url, size);
  }
  const links: LinkResolver = {
    page: (to) => `#proceedings-part=${encodeURIComponent(pub.pages[to]!.key)}`,
    image: (figure) => src.get(figure.photo.id) ?? null,
  };
  const article = articleHtml(pub, page, links, labels).replace(
    /<a href="#proceedings-part=([^"]+)"/g,
    (_m, key: string) => `<a href="#proceedings-part=${key}" data-part-id="${escapeHtml(decodeURIComponent(key))}"`,
  );
  // Preview only (never in the export): blocks far from the view skip layout and paint until scrolled near,
  // so a 90-entry part does not lay out all its math and figures in the one task that shows it (issue #16).
  const lazyLayout = '<style>.proceedings-post > * { content-visibility: auto; contain-intrinsic-size: auto 320px; }</style>';
  const head = `<style>${SITE_CSS}</style>${usesMath(page) ? `\n<style>${inlineKatexCss()}</style>` : ''}\n${lazyLayout}`;
  return { title: page.title, html: htmlDocument({ title: page.title, language, head, body: deferImages(article, sizes) }) };
}
