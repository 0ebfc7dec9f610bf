import { z } from 'zod';
import { addDays, tripDays } from '../../shared/domain/days';
import type { TripDocument } from '../../shared/schemas/document';
import {
  Entry,
  EntryCreateInput,
  EntryFieldsInput,
  KIND_FIELDS,
  type EntryKind,
} from '../../shared/schemas/entry';
import type { Paper } from '../../shared/schemas/paper';
import type { Photo } from '../../shared/schemas/photo';
import { autoPlace } from '../photos/placement';

/**
 * Entry changes only move photos between entries: a photo's capture time depends on
 * its camera and the trip's zone, never on entries. So re-place (cheap) instead of
 * refreshPhotos, which recomputes every photo's time with luxon — 100–400 ms per edit
 * at 750 photos a trip, far over the 20 ms a save may block (bench/storage.bench.ts).
 */
const placePhotos = (d: TripDocument) => autoPlace(d);
import type { Library } from '../library/library';
import { AppError, describeZodError } from '../util/errors';
import { newId, nowIso } from '../util/ids';
import { parseInput } from '../util/parse-input';
import { followEntryTitle, giveLink, parsePaperLink, titleKey, upsertPaper, upsertTitlePaper } from './papers';

const COMMON_FIELDS = new Set([
  'start', 'end', 'timeZone', 'title', 'body', 'tags', 'place', 'coverPhotoId', 'paperLink', 'paperTitle', 'paperAuthors', 'kind',
]);

const KIND_LABEL: Record<EntryKind, string> = {
  talk: 'a talk', poster: 'a poster', booth: 'a booth', person: 'a person', meal: 'a meal',
  place: 'a place', travel: 'a travel entry', note: 'a note',
};

function checkFieldsForKind(kind: EntryKind, input: Record<string, unknown>): void {
  const own = new Set(Object.keys(KIND_FIELDS[kind].shape));
  const foreign = Object.keys(input).filter((k) => !COMMON_FIELDS.has(k) && !own.has(k));
  if (foreign.length) {
    throw new AppError(
      'invalid-input',
      `Invalid input — ${foreign.map((f) => `"${f}"`).join(', ')} ${foreign.length > 1 ? 'are not fields' : 'is not a field'} of ${KIND_LABEL[kind]}`,
    );
  }
}

type Fields = z.infer<typeof EntryFieldsInput>;

/**
 * Builds the entry as it will be after `fields` are applied, and validates it
 * whole, without touching the document (so a refused edit changes nothing).
 */
function applyFields(base: Record<string, unknown>, fields: Fields, doc: TripDocument): Record<string, unknown> {
  const next: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'paperLink' || key === 'paperTitle' || key === 'paperAuthors') continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  if (fields.qa) next.qa = fields.qa.map((item) => ({ ...item, id: item.id ?? newId() }));
  if (fields.coverPhotoId && !doc.photos.some((p) => p.id === fields.coverPhotoId)) {
    throw new AppError('invalid-input', `Invalid input — coverPhotoId: there is no photo "${fields.coverPhotoId}" in this trip`);
  }
  if (typeof next.end === 'string' && typeof next.start === 'string' && next.end < next.start) {
    throw new AppError('invalid-input', 'Invalid input — end: must not be before start');
  }
  for (const key of ['start', 'end'] as const) {
    if (typeof fields[key] === 'string') checkWithinTrip(key, fields[key], doc);
  }
  return next;
}

/** Days an entry may lie beyond the trip's travel days (an early flight, a late note). */
export const ENTRY_MARGIN_DAYS = 7;

/**
 * An entry must lie on the trip's days — travel days included — or within
 * ENTRY_MARGIN_DAYS of them: 1900-01-01 on a 2022 trip is a typo, and would sit on no day.
 */
function checkWithinTrip(field: 'start' | 'end', localTime: string, doc: TripDocument): void {
  const days = tripDays(doc.trip);
  const first = addDays(days[0]!.date, -ENTRY_MARGIN_DAYS);
  const last = addDays(days[days.length - 1]!.date, ENTRY_MARGIN_DAYS);
  const date = localTime.slice(0, 10);
  if (date < first || date > last) {
    throw new AppError(
      'invalid-input',
      `Invalid input — ${field}: ${date} is outside the trip (${days[0]!.date} – ${days[days.length - 1]!.date} with its travel days; ` +
        `entries may be up to ${ENTRY_MARGIN_DAYS} days before or after)`,
    );
  }
}

function validEntry(candidate: Record<string, unknown>): Entry {
  const parsed = Entry.safeParse(candidate);
  if (!parsed.success) throw new AppError('invalid-input', `Invalid input — ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** Links the entry to the paper named by `fields.paperLink`, creating the paper record when new. */
function linkPaper(doc: TripDocument, entry: Entry, fields: Fields, ref: ReturnType<typeof parsePaperLink> | null): void {
  if (fields.paperLink === null) {
    delete entry.paperId;
    return;
  }
  const current = entry.paperId ? doc.papers.find((p) => p.id === entry.paperId) : undefined;
  if (ref && current?.source === 'title') {
    const paper = giveLink(doc, current, ref);
    entry.paperId = paper.id;
    if (fields.paperTitle) paper.title = fields.paperTitle;
    if (fields.paperAuthors) paper.authors = fields.paperAuthors;
    dropOrphanTitlePaper(doc, current, entry);
  } else if (ref) {
    const paper = upsertPaper(doc, ref, {
      title: fields.paperTitle ?? (entry.kind === 'talk' || entry.kind === 'poster' ? entry.title || undefined : undefined),
      authors: fields.paperAuthors ?? (entry.kind === 'talk' && entry.speakers.length ? entry.speakers : undefined),
    });
    entry.paperId = paper.id;
  } else if (entry.paperId && (fields.paperTitle !== undefined || fields.paperAuthors !== undefined)) {
    const paper = doc.papers.find((p) => p.id === entry.paperId);
    if (paper) {
      if (fields.paperTitle !== undefined) paper.title = fields.paperTitle;
      if (paper.source === 'title' && fields.paperTitle?.trim()) paper.key = titleKey(fields.paperTitle);
      if (fields.paperAuthors !== undefined) paper.authors = fields.paperAuthors;
      paper.updatedAt = nowIso();
    }
  } else if (!entry.paperId && fields.paperTitle?.trim()) {
    // A paper by title alone: recorded now, it can gain a link later (`--paper` on edit).
    entry.paperId = upsertTitlePaper(doc, fields.paperTitle, fields.paperAuthors).id;
  }
}

/** A title-only paper replaced by an existing linked one is removed once no other entry names it. */
function dropOrphanTitlePaper(doc: TripDocument, paper: Paper, entry: Entry): void {
  if (entry.paperId === paper.id) return;
  if (doc.entries.some((e) => e.id !== entry.id && e.paperId === paper.id)) return;
  doc.papers = doc.papers.filter((p) => p.id !== paper.id);
}

export interface EntryResult {
  entry: Entry;
  papers: Paper[];
  /** Photos whose automatic placement changed because the entry's time window did. */
  photos: Photo[];
}

/** Unchecked input (scripts, tests, the bench): parsed once here, then `createParsedEntry`. */
export async function createEntry(library: Library, tripId: string, input: unknown): Promise<EntryResult> {
  return createParsedEntry(library, tripId, parseInput(EntryCreateInput, input, 'entry'));
}

/** Adds an entry from a request the edge (dispatcher, CLI) has parsed. */
export async function createParsedEntry(library: Library, tripId: string, input: EntryCreateInput): Promise<EntryResult> {
  const { kind, ...fields } = input;
  checkFieldsForKind(kind, fields);
  const doc = await library.trip(tripId);
  const ref = fields.paperLink ? parsePaperLink(fields.paperLink) : null;
  const now = nowIso();
  const candidate = validEntry(applyFields({ id: newId(), kind, createdAt: now, updatedAt: now }, fields, doc));
  return library.mutate(tripId, (d) => {
    linkPaper(d, candidate, fields, ref);
    d.entries.push(candidate);
    return { entry: candidate, papers: d.papers, photos: placePhotos(d) };
  });
}

/** Unchecked input (scripts, tests, the bench): parsed once here, then `updateParsedEntry`. */
export async function updateEntry(library: Library, tripId: string, entryId: string, patchInput: unknown): Promise<EntryResult> {
  return updateParsedEntry(library, tripId, entryId, parseInput(EntryFieldsInput, patchInput, 'patch'));
}

/** Applies a patch the edge (dispatcher, CLI) has parsed: only the fields it names change. */
export async function updateParsedEntry(library: Library, tripId: string, entryId: string, patch: EntryFieldsInput): Promise<EntryResult> {
  const doc = await library.trip(tripId);
  if (!doc.entries.some((e) => e.id === entryId)) throw new AppError('not-found', `There is no entry "${entryId}" in this trip.`);
  const ref = patch.paperLink ? parsePaperLink(patch.paperLink) : null;
  // Built from the entry as it is when the change runs (two quick patches must not undo
  // each other, and a concurrent delete may shift the list); validated before anything changes.
  return library.mutate(tripId, (d) => {
    const at = d.entries.findIndex((e) => e.id === entryId);
    const current = d.entries[at];
    if (!current) throw new AppError('not-found', `There is no entry "${entryId}" in this trip.`);
    checkFieldsForKind(current.kind, patch);
    const candidate = validEntry(applyFields({ ...current, updatedAt: nowIso() }, patch, d));
    linkPaper(d, candidate, patch, ref);
    if (patch.paperTitle === undefined) followEntryTitle(d, current, candidate);
    d.entries[at] = candidate;
    // Only the time window decides which photos are the entry's: a title edit moves none.
    const moved = 'start' in patch || 'end' in patch || 'timeZone' in patch;
    return { entry: candidate, papers: d.papers, photos: moved ? placePhotos(d) : [] };
  });
}

/** Removes an entry and returns it whole, so the UI can undo; photos on it go back to the day's tray. */
export async function deleteEntry(library: Library, tripId: string, entryId: string): Promise<{ entry: Entry; photos: Photo[] }> {
  const doc = await library.trip(tripId);
  const entry = doc.entries.find((e) => e.id === entryId);
  if (!entry) throw new AppError('not-found', `There is no entry "${entryId}" in this trip.`);
  return library.mutate(tripId, (d) => {
    d.entries = d.entries.filter((e) => e.id !== entryId);
    const released = d.photos.filter((photo) => photo.entryId === entryId);
    for (const photo of released) photo.entryId = null;
    // Automatically placed photos find the entry now covering their time; manual ones wait in the tray.
    const changed = new Set([...released, ...placePhotos(d)]);
    return { entry, photos: [...changed] };
  });
}

export async function restoreEntry(library: Library, tripId: string, input: unknown): Promise<EntryResult> {
  const entry = validEntry(input as Record<string, unknown>);
  const doc = await library.trip(tripId);
  if (doc.entries.some((e) => e.id === entry.id)) {
    throw new AppError('conflict', `Entry "${entry.id}" is already in this trip.`);
  }
  if (entry.paperId && !doc.papers.some((p) => p.id === entry.paperId)) delete entry.paperId;
  return library.mutate(tripId, (d) => {
    d.entries.push(entry);
    return { entry, papers: d.papers, photos: placePhotos(d) };
  });
}
