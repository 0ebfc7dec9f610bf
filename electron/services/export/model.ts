import { tripDays } from '../../shared/domain/days';
import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import type { Photo } from '../../shared/schemas/photo';
import type { ExportLanguage, Series } from '../../shared/schemas/series';
import { entryDay, placement } from '../series/placement';
import { uniqueSlugs } from '../series/slug';
import type { Block, Page, Publication } from './blocks';
import { digestPage } from './digest';
import { entryBlocks, figureOf } from './entry-blocks';
import { labelsFor } from './labels';

export interface ModelOptions {
  language: ExportLanguage;
  /** Append the "papers I saw" post after the parts. */
  digest: boolean;
}

const byTime = (a: Entry, b: Entry) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1);
const byPhotoTime = (a: Photo, b: Photo) =>
  a.localTime < b.localTime ? -1 : a.localTime > b.localTime ? 1 : a.id < b.id ? -1 : 1;

export function partTitle(series: Series, index: number): string {
  return series.parts[index]!.title.trim() || `${series.title} ${index + 1}`;
}

/**
 * Everything a series publishes, resolved once from the trip: pages with
 * their blocks in order. Sorting is total (time, then id) so the same trip
 * always gives the same pages — exports are byte-identical run to run.
 */
export function buildPublication(doc: TripDocument, series: Series, options: ModelOptions): Publication {
  const labels = labelsFor(options.language);
  const place = placement(doc, series);
  const visible = doc.photos.filter((p) => !p.excludeFromExport);
  const photosOfEntry = new Map<string, Photo[]>();
  const entryIds = new Set(doc.entries.map((e) => e.id));
  const loosePhotosOfDay = new Map<string, Photo[]>();
  for (const photo of [...visible].sort(byPhotoTime)) {
    if (photo.entryId && entryIds.has(photo.entryId)) {
      photosOfEntry.set(photo.entryId, [...(photosOfEntry.get(photo.entryId) ?? []), photo]);
    } else {
      loosePhotosOfDay.set(photo.day, [...(loosePhotosOfDay.get(photo.day) ?? []), photo]);
    }
  }
  const papers = new Map(doc.papers.map((p) => [p.id, p]));
  const entries = new Map(doc.entries.map((e) => [e.id, e]));
  const photos = new Map(visible.map((p) => [p.id, p]));
  // "Day N" counts conference days only; travel days are named by their date.
  const dayNumber = new Map(tripDays(doc.trip).map((d) => [d.date, d.number]));
  const dayLabel = (date: string) => {
    const meta = doc.trip.days[date]?.title;
    const base = labels.day(dayNumber.get(date) ?? 0, date);
    return meta ? `${base} — ${meta}` : base;
  };
  const blocksOf = (e: Entry) => entryBlocks(e, e.paperId ? papers.get(e.paperId) : undefined, photosOfEntry.get(e.id) ?? [], labels);

  const titles = series.parts.map((_, i) => partTitle(series, i));
  const slugInputs = titles.map((text, i) => ({ text, fallback: `part-${i + 1}` }));
  if (options.digest) slugInputs.push({ text: `${series.title} ${labels.papersISaw}`, fallback: 'papers' });
  const slugs = uniqueSlugs(slugInputs);

  const pages: Page[] = series.parts.map((part, i) => {
    const blocks: Block[] = [];
    const dates: string[] = [];
    let lastDay = '';
    const dayHeading = (date: string) => {
      if (date !== lastDay) blocks.push({ t: 'heading', level: 2, text: dayLabel(date) });
      lastDay = date;
    };
    for (const section of part.sections) {
      if (section.type === 'day') {
        const dayEntries = doc.entries.filter((e) => !place.ownSection.has(e.id) && entryDay(doc, e) === section.date).sort(byTime);
        const loose = loosePhotosOfDay.get(section.date) ?? [];
        dates.push(section.date);
        if (!dayEntries.length && !loose.length) continue; // an empty day publishes nothing
        dayHeading(section.date);
        for (const e of dayEntries) blocks.push(...blocksOf(e));
        for (const photo of loose) blocks.push({ t: 'figure', figure: figureOf(photo, '') });
      } else {
        const entry = entries.get(section.entryId);
        if (!entry) continue; // deleted since it was placed
        const date = entryDay(doc, entry);
        dates.push(date);
        dayHeading(date);
        blocks.push(...blocksOf(entry));
      }
    }
    const cover = part.coverPhotoId ? photos.get(part.coverPhotoId) : undefined;
    return {
      index: i,
      key: part.id,
      title: titles[i]!,
      slug: slugs[i]!,
      date: dates.sort()[0] ?? doc.trip.start,
      intro: part.intro,
      cover: cover ? figureOf(cover, titles[i]!) : null,
      blocks,
    };
  });
  if (options.digest) {
    const lastDate = pages.map((p) => p.date).sort().pop() ?? doc.trip.end;
    pages.push(digestPage(doc, series, place.entryPart, pages, { index: pages.length, slug: slugs[pages.length]!, date: lastDate, labels }));
  }
  return {
    tripId: doc.trip.id,
    seriesId: series.id,
    seriesTitle: series.title,
    seriesSlug: uniqueSlugs([{ text: series.title, fallback: 'series' }])[0]!,
    language: options.language,
    pages,
  };
}
