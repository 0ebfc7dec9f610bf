import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { TripDocument, TripSummary } from '../../shared/schemas/document';
import { writeFileDurably } from './durable-file';

/**
 * The trip list's index (`summaries.json` in the library): a few hundred
 * bytes per trip — title, dates, venue, counts, cover — so the list costs one
 * small read and one stat per trip instead of parsing every document (issue
 * #16: 508 ms and +20 MB at 20 trips, growing with every trip). Each summary
 * carries the stamp (mtime + size) of the trip file it was made from: a file
 * changed behind the app's back (sync, a hand edit, a restore) no longer
 * matches and is read again. The index is derived data only: a missing or
 * unreadable one is rebuilt from the trip files, never trusted.
 */

const FORMAT = 'proceedings-trip-summaries';

export const TripStamp = z.object({ mtimeMs: z.number(), size: z.number().int().nonnegative() });
export type TripStamp = z.infer<typeof TripStamp>;

const StoredSummary = z.object({
  title: z.string(),
  conference: z.string(),
  city: z.string(),
  venue: z.string(),
  start: z.string(),
  end: z.string(),
  entryCount: z.number().int().nonnegative(),
  photoCount: z.number().int().nonnegative(),
  paperCount: z.number().int().nonnegative(),
  /** The photo a list card shows: the first day's chosen cover, else the trip's first photo. */
  coverPhotoId: z.string().nullable(),
  stamp: TripStamp,
});
export type StoredSummary = z.infer<typeof StoredSummary>;

const IndexFile = z.object({ format: z.literal(FORMAT), version: z.literal(1), trips: z.record(z.string(), StoredSummary) });

/** The cover a list card shows: the earliest day's chosen cover photo, else the earliest photo taken. */
function coverOf(doc: TripDocument): string | null {
  const days = Object.keys(doc.trip.days).sort();
  for (const day of days) {
    const id = doc.trip.days[day]?.coverPhotoId;
    if (id && doc.photos.some((p) => p.id === id)) return id;
  }
  let first: TripDocument['photos'][number] | null = null;
  for (const p of doc.photos) if (!p.excludeFromExport && (!first || p.takenAt < first.takenAt)) first = p;
  return first?.id ?? null;
}

export function summarise(doc: TripDocument, stamp: TripStamp): StoredSummary {
  const { trip } = doc;
  return {
    title: trip.title,
    conference: trip.conference,
    city: trip.city,
    venue: trip.venue,
    start: trip.start,
    end: trip.end,
    entryCount: doc.entries.length,
    photoCount: doc.photos.length,
    paperCount: doc.papers.length,
    coverPhotoId: coverOf(doc),
    stamp,
  };
}

/** What the bridge's `trips.list` shows of a stored summary (its shape is unchanged by the index). */
export function listed(id: string, s: StoredSummary): TripSummary {
  return {
    id,
    title: s.title,
    conference: s.conference,
    city: s.city,
    start: s.start,
    end: s.end,
    entryCount: s.entryCount,
    photoCount: s.photoCount,
    paperCount: s.paperCount,
  };
}

/** mtime + size of a trip file, or null when it is gone. */
export async function stampOf(file: string): Promise<TripStamp | null> {
  try {
    const s = await stat(file);
    // Whole milliseconds: what every file system and copy tool keeps (sub-millisecond parts get lost on the way).
    return { mtimeMs: Math.floor(s.mtimeMs), size: s.size };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export const sameStamp = (a: TripStamp, b: TripStamp): boolean => a.mtimeMs === b.mtimeMs && a.size === b.size;

/**
 * The index in memory, read from disk once per open library and written back
 * (durably, one write at a time) when a save or a list changed it.
 */
export class SummaryIndex {
  private trips: Map<string, StoredSummary> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly writable: boolean,
  ) {}

  /** The stored summaries; an index that is missing, unreadable or of another format starts empty (and is rebuilt). */
  async load(): Promise<Map<string, StoredSummary>> {
    if (this.trips) return this.trips;
    let parsed: z.infer<typeof IndexFile> | null = null;
    try {
      parsed = IndexFile.parse(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      parsed = null; // absent or broken: every trip is read once and the index written anew
    }
    this.trips ??= new Map(Object.entries(parsed?.trips ?? {}));
    return this.trips;
  }

  async set(id: string, summary: StoredSummary): Promise<void> {
    const trips = await this.load();
    trips.set(id, summary);
    this.changed = true;
  }

  async delete(id: string): Promise<void> {
    const trips = await this.load();
    if (trips.delete(id)) this.changed = true;
  }

  /** Keeps only these ids (trips deleted or moved away by hand drop out). */
  async retain(ids: Set<string>): Promise<void> {
    const trips = await this.load();
    for (const id of [...trips.keys()]) {
      if (ids.has(id)) continue;
      trips.delete(id);
      this.changed = true;
    }
  }

  /** Writes the index when it changed; read-only opens never write. */
  save(): Promise<void> {
    if (!this.writable || !this.changed || !this.trips) return this.writing;
    this.changed = false;
    const text = JSON.stringify({ format: FORMAT, version: 1, trips: Object.fromEntries(this.trips) });
    const next = this.writing.then(() => writeFileDurably(this.file, text));
    // A failed index write costs only speed (the next list re-reads); the next save retries it.
    this.writing = next.catch(() => {
      this.changed = true;
    });
    return this.writing;
  }
}
