import { readFile } from 'node:fs/promises';
import type { TripDocument } from '../../shared/schemas/document';
import type { ExportFormat, ExportLanguage, Series, SeriesStyle } from '../../shared/schemas/series';
import type { Library } from '../library/library';
import { findSeries } from '../series/arrange';
import { publishedPhotos, type Page, type Publication } from './blocks';
import { hugoLayout } from './formats/hugo';
import { htmlLayout } from './formats/html';
import { jekyllLayout } from './formats/jekyll';
import type { FormatLayout, ImageNames } from './formats/layout';
import { markdownLayout } from './formats/markdown';
import { decodeSlots, TaskQueue } from '../photos/task-queue';
import { exportImage, exportImageName, type ImageOptions } from './images';
import { labelsFor } from './labels';
import { buildPublication } from './model';
import { ExportWriter } from './writer';
import { mapLimited } from '../util/limited';

export interface ExportOptions {
  tripId: string;
  seriesId: string;
  format: ExportFormat;
  outDir: string;
  overwrite?: boolean;
  longEdge?: number;
  keepCaptureDate?: boolean;
  digest?: boolean;
  /** Overrides the series' remembered language / style for this export. */
  language?: ExportLanguage;
  style?: SeriesStyle;
  /** Leave empty parts out (they are always warned about). */
  skipEmpty?: boolean;
}

export interface ExportReport {
  outDir: string;
  format: ExportFormat;
  /** Every page written, in order, with its path inside outDir. */
  pages: { title: string; file: string }[];
  /** The file to open first (the HTML index, the Markdown README, or the first page). */
  start: string;
  /** `written`: pages and photos; `support`: styles, fonts and other files the format ships beside them. */
  files: { written: number; support: number; unchanged: number; removed: number };
  photos: {
    exported: number;
    /** Made now (resized / converted) rather than taken from the cache. */
    converted: number;
    /** Photos whose original could not be read: reported, left out, the export went on. */
    missing: { photoId: string; file: string; reason: string }[];
  };
  seconds: number;
  /** What the writer should know: empty parts (published or left out), photo references to nothing. */
  warnings: string[];
}

export const DEFAULT_LONG_EDGE = 1600;

const LAYOUTS: Record<ExportFormat, (pub: Publication, images: ImageNames) => FormatLayout> = {
  hugo: hugoLayout,
  jekyll: jekyllLayout,
  markdown: markdownLayout,
  html: htmlLayout,
};

const figuresOf = (page: Page) => [
  ...(page.cover ? [page.cover] : []),
  ...page.inlinePhotos.values(),
  ...page.blocks.flatMap((b) => (b.t === 'figure' ? [b.figure] : [])),
];

/**
 * The publication to write. With `skipEmpty`, parts with nothing in them are
 * left out (and the warnings say so); either way a folder export opens on a
 * page with something in it.
 */
export function publicationFor(doc: TripDocument, series: Series, options: Pick<ExportOptions, 'language' | 'style' | 'digest' | 'skipEmpty'>): Publication {
  const model = { language: options.language, style: options.style, digest: options.digest ?? false };
  const first = buildPublication(doc, series, model);
  const emptyKeys = new Set(first.pages.filter((p) => p.empty && p.key !== 'digest').map((p) => p.key));
  if (!options.skipEmpty || !emptyKeys.size) return first;
  const kept = buildPublication(doc, { ...series, parts: series.parts.filter((p) => !emptyKeys.has(p.id)) }, model);
  const left = first.pages.filter((p) => emptyKeys.has(p.key)).map((p) => `Part ${p.index + 1} "${p.title}" is empty and was left out.`);
  return { ...kept, warnings: [...left, ...kept.warnings] };
}

/**
 * Publishes one series into `outDir` in one format. Refuses a folder that is
 * neither empty nor a previous export of this series (unless `overwrite`),
 * writes nothing outside it, reuses resized images from the library's cache
 * and leaves unchanged files untouched, so a second run is fast and
 * byte-identical.
 */
export async function exportSeries(library: Library, options: ExportOptions, onProgress?: (done: number, total: number) => void): Promise<ExportReport> {
  const started = performance.now();
  const doc = await library.trip(options.tripId);
  const series = findSeries(doc, options.seriesId);
  const pub = publicationFor(doc, series, options);
  const labels = labelsFor(pub.language);
  const writer = await ExportWriter.open(options.outDir, {
    tripId: options.tripId,
    seriesId: options.seriesId,
    overwrite: options.overwrite ?? false,
    forbidden: [library.paths.root],
  });

  const imageOptions: ImageOptions = { longEdge: options.longEdge ?? DEFAULT_LONG_EDGE, keepCaptureDate: options.keepCaptureDate ?? false };
  const photos = publishedPhotos(pub);
  // The layouts read `names` only when rendering, after every image is made.
  const names: ImageNames = new Map();
  const layout = LAYOUTS[options.format](pub, names);
  const pagesShowing = new Map<string, Page[]>();
  for (const page of pub.pages) {
    for (const figure of figuresOf(page)) {
      const pages = pagesShowing.get(figure.photo.id) ?? [];
      if (!pages.includes(page)) pages.push(page);
      pagesShowing.set(figure.photo.id, pages);
    }
  }
  let done = 0;
  // Decodes are bounded (see decodeSlots); two more photos in flight do their stat, read and
  // writes meanwhile, so no core waits for the disk. Each image is copied into the export as
  // soon as it is made, not in a tail after the last decode.
  const decoder = new TaskQueue(decodeSlots());
  const results = await mapLimited(photos, decoder.concurrency + 2, async (photo) => {
    const result = await exportImage(library.paths, photo, imageOptions, (work) => decoder.push(work));
    if (result.ok) {
      const name = exportImageName(result.key);
      for (const page of pagesShowing.get(photo.id) ?? []) {
        await writer.copy(layout.imageFile(page, name), result.file, `image:${result.key}`, result.bytes);
      }
    }
    onProgress?.(++done, photos.length);
    return result;
  });
  const missing: ExportReport['photos']['missing'] = [];
  let converted = 0;
  photos.forEach((photo, i) => {
    const r = results[i]!;
    if (!r.ok) {
      missing.push({ photoId: photo.id, file: photo.file, reason: r.reason });
      return;
    }
    if (!r.cached) converted++;
    names.set(photo.id, exportImageName(r.key)); // in the photos' order, whatever order they finished in
  });

  for (const page of pub.pages) await writer.writeText(layout.pageFile(page), layout.render(pub, page, labels));
  // Styles and KaTeX's fonts are counted apart: "files written" should mean the pages and photos.
  const writtenBeforeSupport = writer.written.length;
  for (const extra of await layout.extras(pub, labels)) {
    if ('text' in extra) await writer.writeText(extra.rel, extra.text);
    else await writer.writeBuffer(extra.rel, await readFile(extra.source));
  }
  const supportWritten = writer.written.length - writtenBeforeSupport;
  await writer.finish(options.format);

  const pages = pub.pages.map((p) => ({ title: p.title, file: layout.pageFile(p) }));
  // Hugo and Jekyll have no index of their own: the start is the first page with something in it.
  const firstFull = pub.pages.find((p) => !p.empty) ?? pub.pages[0];
  const start = options.format === 'html' ? 'index.html' : options.format === 'markdown' ? 'README.md' : firstFull ? layout.pageFile(firstFull) : '';
  return {
    outDir: writer.root,
    format: options.format,
    pages,
    start,
    files: { written: writtenBeforeSupport, support: supportWritten, unchanged: writer.unchanged, removed: writer.removed.length },
    photos: { exported: names.size, converted, missing },
    seconds: Math.round(performance.now() - started) / 1000,
    warnings: pub.warnings,
  };
}
