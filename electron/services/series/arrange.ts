import { placeableDays, unplaced } from '../../shared/domain/placement';
import { suggestParts } from '../../shared/domain/suggest';
import type { TripDocument } from '../../shared/schemas/document';
import { Part, PartInput, Series, type ExportLanguage, type SeriesStyle, type SeriesView } from '../../shared/schemas/series';
import type { Library } from '../library/library';
import { AppError } from '../util/errors';
import { newId } from '../util/ids';
import { buildPublication } from '../export/model';

export type { SeriesView };

const view = (doc: TripDocument, series: Series): SeriesView => ({
  series,
  unplaced: unplaced(doc, series.parts),
  emptyPartIds: buildPublication(doc, series, { digest: false }).pages.filter((p) => p.empty).map((p) => p.key),
});

export function findSeries(doc: TripDocument, seriesId: string): Series {
  const series = doc.series.find((s) => s.id === seriesId);
  if (!series) throw new AppError('not-found', `There is no series "${seriesId}" in this trip.`);
  return series;
}

/** Resolves a series id or a unique prefix (typed in the CLI). */
export function resolveSeriesId(doc: TripDocument, idOrPrefix: string): string {
  if (doc.series.some((s) => s.id === idOrPrefix)) return idOrPrefix;
  const matches = doc.series.filter((s) => s.id.startsWith(idOrPrefix));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) throw new AppError('invalid-input', `"${idOrPrefix}" matches several series.`);
  throw new AppError('not-found', `There is no series "${idOrPrefix}" in this trip.`);
}

function invalid(message: string): AppError {
  return new AppError('invalid-input', `Invalid input — ${message}`);
}

/**
 * Checks a whole arrangement against the trip before anything is stored: every
 * section names a real day or entry, no day or entry is placed twice (it would
 * be published twice), covers are photos of this trip, part ids are unique.
 */
export function checkParts(doc: TripDocument, inputs: PartInput[], keepIds: Set<string>, current: Part[] = []): Part[] {
  const before = new Map(current.map((p) => [p.id, p]));
  const days = new Set(placeableDays(doc));
  const entries = new Map(doc.entries.map((e) => [e.id, e]));
  const photos = new Set(doc.photos.map((p) => p.id));
  const seenDays = new Set<string>();
  const seenEntries = new Set<string>();
  const seenParts = new Set<string>();
  // `inputs` were parsed at the edge (the dispatcher) or are typed by the caller (CLI, stored parts):
  // they are not parsed again. What is stored is checked whole by `Part.parse` below.
  return inputs.map((input, i) => {
    const sections = input.sections ?? [];
    const id = input.id && keepIds.has(input.id) ? input.id : newId();
    if (seenParts.has(id)) throw invalid(`parts.${i}.id: part "${id}" appears twice`);
    seenParts.add(id);
    if (input.coverPhotoId && !photos.has(input.coverPhotoId)) {
      throw invalid(`parts.${i}.coverPhotoId: there is no photo "${input.coverPhotoId}" in this trip`);
    }
    sections.forEach((s, j) => {
      const where = `parts.${i}.sections.${j}`;
      if (s.type === 'day') {
        if (!days.has(s.date)) throw invalid(`${where}: ${s.date} is not a day of this trip`);
        if (seenDays.has(s.date)) throw invalid(`${where}: day ${s.date} is already in a part`);
        seenDays.add(s.date);
      } else {
        if (!entries.has(s.entryId)) throw invalid(`${where}: there is no entry "${s.entryId}" in this trip`);
        if (seenEntries.has(s.entryId)) throw invalid(`${where}: entry "${s.entryId}" is already in a part`);
        seenEntries.add(s.entryId);
      }
    });
    const old = before.get(id);
    const part: Part = {
      id,
      title: input.title ?? '',
      intro: input.intro ?? old?.intro ?? '',
      outro: input.outro ?? old?.outro ?? '',
      sections,
    };
    if (input.coverPhotoId) part.coverPhotoId = input.coverPhotoId;
    return Part.parse(part);
  });
}

export async function listSeries(library: Library, tripId: string): Promise<SeriesView[]> {
  const doc = await library.trip(tripId);
  return doc.series.map((s) => view(doc, s));
}

/** The suggested split, not stored: the UI shows it and `series.create` keeps it. */
export async function suggestSeries(library: Library, tripId: string, title?: string): Promise<SeriesView> {
  const doc = await library.trip(tripId);
  const series = Series.parse({ id: newId(), title: title?.trim() || doc.trip.title, parts: suggestParts(doc, () => newId()) });
  return view(doc, series);
}

export interface CreateSeriesInput {
  title?: string;
  /** Start from the suggested split (default), or from these parts, or empty. */
  start?: 'suggestion' | 'empty';
  parts?: PartInput[];
}

export async function createSeries(library: Library, tripId: string, input: CreateSeriesInput): Promise<SeriesView> {
  const doc = await library.trip(tripId);
  const title = input.title?.trim() || doc.trip.title;
  const parts = input.parts
    ? checkParts(doc, input.parts, new Set())
    : input.start === 'empty'
      ? []
      : suggestParts(doc, () => newId());
  const series = Series.parse({ id: newId(), title, parts });
  return library.mutate(tripId, (d) => {
    d.series.push(series);
    return view(d, series);
  });
}

export interface UpdateSeriesInput {
  title?: string;
  intro?: string;
  style?: SeriesStyle;
  language?: ExportLanguage;
  /** The whole new arrangement, in order (merge, split, reorder, move = send the result). */
  parts?: PartInput[];
}

export async function updateSeries(library: Library, tripId: string, seriesId: string, input: UpdateSeriesInput): Promise<SeriesView> {
  const doc = await library.trip(tripId);
  const current = findSeries(doc, seriesId);
  const parts = input.parts ? checkParts(doc, input.parts, new Set(current.parts.map((p) => p.id)), current.parts) : current.parts;
  const checked = Series.safeParse({
    ...current,
    title: input.title ?? current.title,
    intro: input.intro ?? current.intro,
    style: input.style ?? current.style,
    language: input.language ?? current.language,
    parts,
  });
  if (!checked.success) throw invalid(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return library.mutate(tripId, (d) => {
    const index = d.series.findIndex((s) => s.id === seriesId);
    d.series[index] = checked.data;
    return view(d, checked.data);
  });
}

/** Removes a series (the trip's entries are untouched) and returns it whole for undo. */
export async function deleteSeries(library: Library, tripId: string, seriesId: string): Promise<{ series: Series }> {
  const doc = await library.trip(tripId);
  const series = findSeries(doc, seriesId);
  return library.mutate(tripId, (d) => {
    d.series = d.series.filter((s) => s.id !== seriesId);
    return { series };
  });
}


export interface PartTextInput {
  title?: string;
  intro?: string;
  outro?: string;
}

/** Changes one part's own words (title, intro, outro); its sections stay as they are. */
export async function updatePart(library: Library, tripId: string, seriesId: string, partRef: string, input: PartTextInput): Promise<SeriesView> {
  const doc = await library.trip(tripId);
  const series = findSeries(doc, seriesId);
  const index = resolvePartIndex(series, partRef);
  const parts = series.parts.map((p, i) => (i === index ? Part.parse({ ...p, ...input }) : p));
  return updateSeries(library, tripId, seriesId, { parts });
}

/** Removes one part; its days and entries go back to "not in any part" (never lost). */
export async function removePart(library: Library, tripId: string, seriesId: string, partRef: string): Promise<SeriesView> {
  const doc = await library.trip(tripId);
  const series = findSeries(doc, seriesId);
  const index = resolvePartIndex(series, partRef);
  return updateSeries(library, tripId, seriesId, { parts: series.parts.filter((_, i) => i !== index) });
}

/** A part named by its id, an id prefix, or its 1-based number in the series. */
export function resolvePartIndex(series: Series, ref: string): number {
  const exact = series.parts.findIndex((p) => p.id === ref);
  if (exact >= 0) return exact;
  if (/^\d+$/.test(ref)) {
    const n = Number(ref);
    if (n >= 1 && n <= series.parts.length) return n - 1;
  }
  const matches = series.parts.flatMap((p, i) => (p.id.startsWith(ref) ? [i] : []));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new AppError('invalid-input', `"${ref}" matches several parts.`);
  throw new AppError('not-found', `There is no part "${ref}" in series "${series.title}" (give its id or its number, 1–${series.parts.length}).`);
}
