import type { OpenedTrip } from '../../shared/contract/journal';
import { defaultDay } from '../../shared/domain/new-entry';
import type { Photo } from '../../shared/schemas/photo';
import type { Library } from '../library/library';

/**
 * Opens a trip in the window: marks it shown (the library lets go of the trip
 * shown before) and answers everything but its photos, which the window pages
 * in with `tripPhotos`.
 */
export async function openTrip(library: Library, tripId: string, now: Date = new Date()): Promise<OpenedTrip> {
  const { photos, ...rest } = await library.trip(tripId);
  library.show(tripId);
  return { ...rest, photoCount: photos.length, revision: library.revision(tripId), openDay: defaultDay(rest.trip, now) };
}

/** One page of a trip's photos, the total, and the revision they were read at (a change meanwhile shows as a new revision). */
export async function tripPhotos(library: Library, tripId: string, offset: number, limit: number): Promise<{ photos: Photo[]; total: number; revision: number }> {
  const doc = await library.trip(tripId);
  return { photos: doc.photos.slice(offset, offset + limit), total: doc.photos.length, revision: library.revision(tripId) };
}
