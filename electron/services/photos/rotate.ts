import type { Photo } from '../../shared/schemas/photo';
import type { Library } from '../library/library';
import { AppError } from '../util/errors';
import { makeMedia } from './media';
import { forEachLimited } from '../util/limited';
import { decodeSlots } from './task-queue';

/**
 * Turns photos by hand, a quarter turn at a time. The original is never
 * changed: the journal keeps the turns, and the thumbnail and display JPEG
 * are made upright from the original (exports and the map follow the
 * journal). Media are made before the journal changes, so a photo never
 * points at a file that does not exist.
 */
export async function rotatePhotos(library: Library, tripId: string, photoIds: string[], quarterTurns: number): Promise<Photo[]> {
  if (!Number.isInteger(quarterTurns) || quarterTurns % 4 === 0) {
    throw new AppError('invalid-input', 'Invalid input — turn by 90, -90 or 180 degrees (quarter turns 1, -1 or 2).');
  }
  const doc = await library.trip(tripId);
  const ids = [...new Set(photoIds)];
  const photos = ids.map((id) => {
    const photo = doc.photos.find((p) => p.id === id);
    if (!photo) throw new AppError('not-found', `There is no photo "${id}" in this trip.`);
    return photo;
  });
  const made = new Map<string, { turns: number; thumb: string; display: string }>();
  await forEachLimited(photos, decodeSlots(), async (photo) => {
    const turns = (((photo.turns ?? 0) + quarterTurns) % 4 + 4) % 4;
    const files = await makeMedia(library.paths, { ...photo, turns });
    made.set(photo.id, { turns, ...files });
  });
  return library.mutate(tripId, (d) => {
    const changed: Photo[] = [];
    for (const id of ids) {
      const photo = d.photos.find((p) => p.id === id);
      const next = made.get(id);
      if (!photo || !next) continue; // removed meanwhile
      if (Math.abs(next.turns - (photo.turns ?? 0)) % 2 === 1) [photo.width, photo.height] = [photo.height, photo.width];
      photo.turns = next.turns;
      photo.thumb = next.thumb;
      photo.display = next.display;
      delete photo.mediaError;
      changed.push(photo);
    }
    return changed;
  });
}

/** "90", "-90", "180", "270", "right", "left" → quarter turns clockwise. */
export function parseTurn(value: string): number {
  const v = value.trim().toLowerCase();
  const named: Record<string, number> = { right: 1, cw: 1, left: -1, ccw: -1, '90': 1, '+90': 1, '-90': -1, '180': 2, '-180': 2, '270': -1, '-270': 1 };
  const q = named[v];
  if (q === undefined) throw new AppError('invalid-input', `Invalid input — by: "${value}" is not a turn like 90, -90, 180, right or left`);
  return q;
}
