import { TRIP_SCHEMA_VERSION, type TripDocument } from '../../shared/schemas/document';
import { tripDays } from '../../shared/domain/days';
import { DayMeta, Trip, TripCreateInput, TripPatch, daysBetween } from '../../shared/schemas/trip';
import type { Library } from '../library/library';
import { refreshPhotos } from '../photos/records';
import { AppError, invalidInput } from '../util/errors';
import { newId, nowIso } from '../util/ids';

export async function createTrip(library: Library, input: unknown): Promise<Trip> {
  const parsed = TripCreateInput.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const now = nowIso();
  const trip = Trip.parse({ id: newId(), ...parsed.data, days: {}, createdAt: now, updatedAt: now });
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

export async function updateTrip(library: Library, tripId: string, patchInput: unknown): Promise<Trip> {
  const parsed = TripPatch.safeParse(patchInput);
  if (!parsed.success) throw invalidInput(parsed.error, 'patch');
  // TripPatch has no defaults (see its comment): it holds only the fields the caller sent.
  const patch = parsed.data;
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
