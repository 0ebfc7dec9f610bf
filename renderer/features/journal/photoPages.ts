import type { Photo } from '../../../electron/shared/schemas/photo';
import { call } from '../../core/api';

/** Photos per request: ~100 KB, a few milliseconds to cross the bridge (and under 50 ms in the bench harness), so paging in never freezes the window. */
export const PHOTO_PAGE = 100;
/** Reads restarted because the trip changed meanwhile (a photo deleted mid-read); after these the last read is kept. */
const MAX_READS = 3;

/**
 * Every photo of a trip, read page by page after the journal is painted. A
 * page read at another revision than the first means the trip changed in
 * between (a move or a delete could fall between two pages), so the read
 * starts over. Resolves null when `stillWanted` turns false (another trip opened).
 */
export async function readAllPhotos(tripId: string, stillWanted: () => boolean): Promise<Photo[] | null> {
  let photos: Photo[] = [];
  for (let read = 0; read < MAX_READS; read++) {
    photos = [];
    let revision: number | null = null;
    let consistent = true;
    for (let offset = 0; ; offset += PHOTO_PAGE) {
      if (!stillWanted()) return null;
      const page = await call('trips.photos', { tripId, offset, limit: PHOTO_PAGE });
      if (revision === null) revision = page.revision;
      else if (page.revision !== revision) consistent = false;
      photos.push(...page.photos);
      if (!consistent || offset + PHOTO_PAGE >= page.total) break;
    }
    if (consistent) break;
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
