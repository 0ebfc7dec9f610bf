import { entryDay, tripDays } from '../../shared/domain/days';
import { entriesOfDaySection, placement } from '../../shared/domain/placement';
import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import type { Photo } from '../../shared/schemas/photo';
import type { ExportLanguage, Series, SeriesStyle } from '../../shared/schemas/series';
import { uniqueSlugs } from '../series/slug';
import type { Block, Figure, Page, Publication } from './blocks';
import { digestPage } from './digest';
import { entryBlocks, figureOf, type BlockContext } from './entry-blocks';
import { labelsFor } from './labels';
import { photoRefIds } from './photo-refs';

export interface ModelOptions {
  /** Overrides the series' own language (remembered on the series; English when it has none). */
  language?: ExportLanguage;
  /** Overrides the series' own style. */
  style?: SeriesStyle;
  /** Append the "papers I saw" post after the parts. */
  digest: boolean;
}

const byPhotoTime = (a: Photo, b: Photo) =>
  a.localTime < b.localTime ? -1 : a.localTime > b.localTime ? 1 : a.id < b.id ? -1 : 1;

export function partTitle(series: Series, index: number): string {
  return series.parts[index]!.title.trim() || `${series.title} ${index + 1}`;
}

/** The series' language: the option given, else what the series remembers, else English. */
export function seriesLanguage(series: Series, override?: ExportLanguage): ExportLanguage {
  return override ?? series.language ?? 'en';
}

/**
 * Everything a series publishes, resolved once from the trip: pages with
 * their blocks in order. Sorting is total (entries by byEntryTime, photos by time then id) so the same trip
 * always gives the same pages — exports are byte-identical run to run.
 */
export function buildPublication(doc: TripDocument, series: Series, options: ModelOptions): Publication {
  const language = seriesLanguage(series, options.language);
  const style = options.style ?? series.style;
  const labels = labelsFor(language);
  const ctx: BlockContext = { labels, style };
  const place = placement(doc, series.parts);
  const visible = doc.photos.filter((p) => !p.excludeFromExport);
  const photos = new Map(visible.map((p) => [p.id, p]));
  // Photos the writer placed inside their own words stand there, and only there.
  const dayIntro = (date: string) => doc.trip.days[date]?.intro ?? '';
  const writersWords = [
    series.intro,
    ...series.parts.flatMap((p) => [p.intro, p.outro]),
    ...doc.entries.map((e) => e.body),
    ...Object.keys(doc.trip.days).map(dayIntro),
  ];
  const placedInline = new Set(writersWords.flatMap(photoRefIds));
  const photosOfEntry = new Map<string, Photo[]>();
  const entryIds = new Set(doc.entries.map((e) => e.id));
  const loosePhotosOfDay = new Map<string, Photo[]>();
  for (const photo of [...visible].sort(byPhotoTime)) {
    if (placedInline.has(photo.id)) continue;
    if (photo.entryId && entryIds.has(photo.entryId)) {
      photosOfEntry.set(photo.entryId, [...(photosOfEntry.get(photo.entryId) ?? []), photo]);
    } else {
      loosePhotosOfDay.set(photo.day, [...(loosePhotosOfDay.get(photo.day) ?? []), photo]);
    }
  }
  const papers = new Map(doc.papers.map((p) => [p.id, p]));
  const entries = new Map(doc.entries.map((e) => [e.id, e]));
  // "Day N" counts conference days only; travel days are named by their date.
  const dayNumber = new Map(tripDays(doc.trip).map((d) => [d.date, d.number]));
  const dayLabel = (date: string) => {
    const meta = doc.trip.days[date]?.title;
    const base = labels.day(dayNumber.get(date) ?? 0, date);
    return meta ? `${base} — ${meta}` : base;
  };
  const blocksOf = (e: Entry) => entryBlocks(e, e.paperId ? papers.get(e.paperId) : undefined, photosOfEntry.get(e.id) ?? [], ctx);
  const loose = (photo: Photo): Block => ({ t: 'figure', figure: figureOf(photo, labels.photo) });

  const titles = series.parts.map((_, i) => partTitle(series, i));
  const slugInputs = titles.map((text, i) => ({ text, fallback: `part-${i + 1}` }));
  if (options.digest) slugInputs.push({ text: `${series.title} ${labels.papersISaw}`, fallback: 'papers' });
  const slugs = uniqueSlugs(slugInputs);
  const warnings: string[] = [];

  const pages: Page[] = series.parts.map((part, i) => {
    // What each section shows, resolved first: a story names a day only when the part spans several.
    const shown = part.sections.map((section) => {
      if (section.type === 'day') {
        const dayEntries = entriesOfDaySection(doc, series.parts, section.date);
        return { date: section.date, entries: dayEntries, photos: loosePhotosOfDay.get(section.date) ?? [], intro: dayIntro(section.date) };
      }
      const entry = entries.get(section.entryId);
      return entry ? { date: entryDay(doc, entry), entries: [entry], photos: [] as Photo[], intro: '' } : null;
    });
    const dates = shown.flatMap((s) => (s ? [s.date] : []));
    const withContent = shown.filter((s) => s && (s.entries.length || s.photos.length || s.intro.trim()));
    const daysShown = new Set(withContent.map((s) => s!.date));
    const headDays = style === 'log' || daysShown.size > 1;
    const blocks: Block[] = [];
    let lastDay = '';
    for (const s of withContent) {
      const { date, entries: dayEntries, photos: dayPhotos, intro } = s!;
      if (date !== lastDay) {
        if (headDays) blocks.push({ t: 'heading', level: 2, text: dayLabel(date) });
        if (intro.trim()) blocks.push({ t: 'markdown', source: intro });
      }
      lastDay = date;
      // A photo of no entry stands where its time puts it: before the first entry that starts after it.
      let next = 0;
      for (const e of dayEntries) {
        while (next < dayPhotos.length && dayPhotos[next]!.localTime.slice(0, 16) < e.start) blocks.push(loose(dayPhotos[next++]!));
        blocks.push(...blocksOf(e));
      }
      while (next < dayPhotos.length) blocks.push(loose(dayPhotos[next++]!));
    }
    const cover = part.coverPhotoId ? photos.get(part.coverPhotoId) : undefined;
    const empty = !blocks.length && !part.intro.trim() && !part.outro.trim();
    if (empty) warnings.push(`Part ${i + 1} "${titles[i]}" is empty: no entries, photos or words of yours. Give it an intro, move days into it, or drop it.`);
    return {
      index: i,
      key: part.id,
      title: titles[i]!,
      slug: slugs[i]!,
      date: dates.sort()[0] ?? doc.trip.start,
      seriesIntro: '',
      intro: part.intro,
      outro: part.outro,
      cover: cover ? figureOf(cover, titles[i]!) : null,
      blocks,
      inlinePhotos: new Map<string, Figure>(),
      empty,
    };
  });
  // The series intro opens the first page a reader can start on: never an empty part.
  const opening = pages.find((p) => !p.empty) ?? pages[0];
  if (opening) opening.seriesIntro = series.intro;
  for (const p of pages) {
    const sources = [p.seriesIntro, p.intro, p.outro, ...p.blocks.flatMap((b) => (b.t === 'markdown' ? [b.source] : []))];
    p.inlinePhotos = inlineFigures(sources, photos, labels.photo);
  }
  if (options.digest) {
    const lastDate = pages.map((p) => p.date).sort().pop() ?? doc.trip.end;
    pages.push(digestPage(doc, series, place.entryPart, pages, { index: pages.length, slug: slugs[pages.length]!, date: lastDate, labels }));
  }
  return {
    tripId: doc.trip.id,
    seriesId: series.id,
    seriesTitle: series.title,
    seriesSlug: uniqueSlugs([{ text: series.title, fallback: 'series' }])[0]!,
    language,
    style,
    seriesIntro: series.intro,
    pages,
    warnings,
  };
}

/** The figures a page's own words place inline; a reference to a photo left out of the export resolves to nothing. */
function inlineFigures(sources: string[], photos: Map<string, Photo>, neutralAlt: string): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const id of sources.flatMap(photoRefIds)) {
    const photo = photos.get(id);
    if (photo) out.set(id, figureOf(photo, neutralAlt));
  }
  return out;
}
