import type { Photo } from '../../../electron/shared/schemas/photo';
import { call } from '../../core/api';

/** Photos per request: ~250 KB, a few milliseconds to cross the bridge (under 100 ms even in the bench harness), so paging in never freezes the window. */
export const PHOTO_PAGE = 250;
/** Reads restarted because the trip changed meanwhile (a photo deleted mid-read); after these the last read is kept. */
const MAX_READS = 3;

/**
 * Every photo of a trip, read in pages after the journal is painted: all pages
 * are asked for at once (`expected` is the count the trip opened with), and
 * each answer still lands as a task of its own. Pages read at different
 * revisions, or a count that moved, mean the trip changed in between (a move
 * or a delete could fall between two pages), so the read starts over. Resolves
 * null when `stillWanted` turns false (another trip opened).
 */
export async function readAllPhotos(tripId: string, expected: number, stillWanted: () => boolean): Promise<Photo[] | null> {
  let photos: Photo[] = [];
  let total = expected;
  for (let read = 0; read < MAX_READS; read++) {
    if (!stillWanted()) return null;
    const offsets: number[] = [];
    for (let offset = 0; offset === 0 || offset < total; offset += PHOTO_PAGE) offsets.push(offset);
    const pages = await Promise.all(offsets.map((offset) => call('trips.photos', { tripId, offset, limit: PHOTO_PAGE })));
    photos = pages.flatMap((page) => page.photos);
    const first = pages[0]!;
    if (pages.every((page) => page.revision === first.revision && page.total === total)) break;
    total = first.total;
  }
  return stillWanted() ? photos : null;
}

/**
 * The trip's photos once read: the copies that reached the store while the pages
 * were in flight (an import, a move with an entry) are newer and win.
 */
export function mergeLoaded(loaded: Photo[], arrived: Photo[]): Photo[] {
  if (arrived.length === 0) return loaded;
  const newer = new Map(arrived.map((p) => [p.id, p]));
  const merged = loaded.map((p) => {
    const next = newer.get(p.id);
    if (next) newer.delete(p.id);
    return next ?? p;
  });
  return newer.size ? [...merged, ...newer.values()] : merged;
}
