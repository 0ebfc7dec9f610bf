import type { z } from 'zod';
import { TRIP_SCHEMA_VERSION, type TripDocument } from '../../shared/schemas/document';
import { tripDays } from '../../shared/domain/days';
import { DayMeta, Trip, TripCreateInput, TripPatch, daysBetween } from '../../shared/schemas/trip';
import type { Library } from '../library/library';
import { refreshPhotos } from '../photos/records';
import { AppError, invalidInput } from '../util/errors';
import { newId, nowIso } from '../util/ids';
import { parseInput } from '../util/parse-input';

/** A new trip's fields as the edge's parse left them (defaults filled in). */
export type ParsedTripCreate = z.output<typeof TripCreateInput>;

/** Unchecked input (scripts, tests, the bench): parsed once here, then `createParsedTrip`. */
export async function createTrip(library: Library, input: unknown): Promise<Trip> {
  return createParsedTrip(library, parseInput(TripCreateInput, input));
}

/** Creates a trip from a request the edge (dispatcher, CLI) has parsed. */
export async function createParsedTrip(library: Library, input: ParsedTripCreate): Promise<Trip> {
  const now = nowIso();
  // The stored record is built here, so it is checked as one (the input alone was checked at the edge).
  const trip = Trip.parse({ id: newId(), ...input, days: {}, createdAt: now, updatedAt: now });
  const doc: TripDocument = {
    schemaVersion: TRIP_SCHEMA_VERSION,
    trip,
    entries: [],
    papers: [],
    photos: [],
    cameras: [],
    series: [],
  };
  await library.createTrip(doc);
  return trip;
}

/** Unchecked input (scripts, tests, the bench): parsed once here, then `updateParsedTrip`. */
export async function updateTrip(library: Library, tripId: string, patchInput: unknown): Promise<Trip> {
  return updateParsedTrip(library, tripId, parseInput(TripPatch, patchInput, 'patch'));
}

/** Applies a patch the edge (dispatcher, CLI) has parsed: only the fields it names change. */
export async function updateParsedTrip(library: Library, tripId: string, patch: TripPatch): Promise<Trip> {
  // Merged and checked inside the change, against the trip as it is then, so two quick
  // patches (a day title, then the venue) never undo each other; a refused patch throws first.
  return library.mutate(tripId, (d) => {
    const checked = Trip.safeParse({ ...d.trip, ...patch, updatedAt: nowIso() });
    if (!checked.success) throw invalidInput(checked.error);
    if (daysBetween(checked.data.start, checked.data.end) > 60) {
      throw new AppError('invalid-input', 'Invalid input — end: a trip spans at most 60 days');
    }
    d.trip = checked.data;
    // A new venue zone or day-start hour moves photos between days and entries.
    refreshPhotos(d);
    return d.trip;
  });
}

/** Sets a day's own words (title, intro), merged into what the day already has (its cover stays). */
export async function updateDay(library: Library, tripId: string, date: string, input: { title?: string; intro?: string }): Promise<Trip> {
  const doc = await library.trip(tripId);
  if (!tripDays(doc.trip).some((d) => d.date === date) && !doc.entries.some((e) => e.start.startsWith(date))) {
    throw new AppError('invalid-input', `Invalid input — date: ${date} is not a day of this trip (${doc.trip.start} – ${doc.trip.end}, with its travel days)`);
  }
  return library.mutate(tripId, (d) => {
    const meta = DayMeta.parse({ ...(d.trip.days[date] ?? {}), ...input });
    const checked = Trip.safeParse({ ...d.trip, days: { ...d.trip.days, [date]: meta }, updatedAt: nowIso() });
    if (!checked.success) throw invalidInput(checked.error);
    d.trip = checked.data;
    return d.trip;
  });
}
