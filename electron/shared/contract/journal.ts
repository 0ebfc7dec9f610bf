import { z } from 'zod';
import { BackupInfo } from '../schemas/backup';
import { TripDocument, TripSummary } from '../schemas/document';
import { Id } from '../schemas/ids';
import { LocalDate } from '../schemas/time';
import { Entry, EntryCreateInput, EntryFieldsInput } from '../schemas/entry';
import { Paper, PaperPatch } from '../schemas/paper';
import { Photo } from '../schemas/photo';
import { Trip, TripCreateInput, TripPatch } from '../schemas/trip';
import type { ContractTable } from './types';

const TripRef = z.object({ tripId: Id }).strict();
/** An entry after a change, the trip's papers, and the photos whose placement moved with it. */
const EntryWithPapers = z.object({ entry: Entry, papers: z.array(Paper), photos: z.array(Photo) });

/**
 * What the journal shows when a trip opens: the document without its photos — the
 * bulk (3,000 photos are ~90 % of a big trip's bytes) — which follow in pages
 * (`trips.photos`), so no one message freezes the window. `openDay` is the day to
 * show first (today at the venue, else the first day), worked out where the
 * venue's zone data is already loaded.
 */
export const OpenedTrip = TripDocument.omit({ photos: true }).extend({
  photoCount: z.number().int().min(0),
  revision: z.number().int().min(0),
  openDay: LocalDate,
});
export type OpenedTrip = z.infer<typeof OpenedTrip>;
/** Pages of at most this many photos: a page crosses the bridge in a few milliseconds. */
export const PHOTO_PAGE_MAX = 1_000;

export { BackupInfo };

export const journalContract = {
  'library.info': {
    request: z.object({}).strict(),
    response: z.object({ path: z.string(), readOnly: z.boolean() }),
  },
  'trips.list': { request: z.object({}).strict(), response: z.array(TripSummary) },
  'trips.get': { request: TripRef, response: TripDocument },
  /** Opens a trip in the window (see OpenedTrip); the services let go of the trip shown before. */
  'trips.open': { request: TripRef, response: OpenedTrip },
  /** One page of the trip's photos in stored order, and the trip's revision when it was read. */
  'trips.photos': {
    request: z.object({ tripId: Id, offset: z.number().int().min(0), limit: z.number().int().min(1).max(PHOTO_PAGE_MAX) }).strict(),
    response: z.object({ photos: z.array(Photo), total: z.number().int().min(0), revision: z.number().int().min(0) }),
  },
  'trips.create': { request: TripCreateInput, response: Trip },
  'trips.update': { request: z.object({ tripId: Id, patch: TripPatch }).strict(), response: Trip },
  'trips.delete': { request: TripRef, response: z.object({ movedTo: z.string() }) },
  'entries.create': {
    request: z.object({ tripId: Id, entry: EntryCreateInput }).strict(),
    response: EntryWithPapers,
  },
  'entries.update': {
    request: z.object({ tripId: Id, entryId: Id, patch: EntryFieldsInput }).strict(),
    response: EntryWithPapers,
  },
  'entries.delete': {
    request: z.object({ tripId: Id, entryId: Id }).strict(),
    response: z.object({ entry: Entry, photos: z.array(Photo) }),
  },
  /** Puts back an entry removed by `entries.delete` (undo), with its id and fields. */
  'entries.restore': {
    request: z.object({ tripId: Id, entry: Entry }).strict(),
    response: EntryWithPapers,
  },
  'papers.update': {
    request: z.object({ tripId: Id, paperId: Id, patch: PaperPatch }).strict(),
    response: Paper,
  },
  'backups.list': { request: TripRef, response: z.array(BackupInfo) },
  'backups.restore': {
    request: z.object({ tripId: Id, name: z.string().max(200).optional() }).strict(),
    response: BackupInfo,
  },
} satisfies ContractTable;
