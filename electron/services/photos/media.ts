import { readFile } from 'node:fs/promises';
import type { Photo } from '../../shared/schemas/photo';
import type { LibraryPaths } from '../library/paths';
import { decodeHeicOffThread } from './heic-worker';
import { absolute, fileSize, mediaRel, storeOnce } from './media-store';
import { makeDisplayJpeg, makeThumbnail } from './thumbnails';

/**
 * The second stage of an import (and of photos.rebuildMedia): the 400 px
 * thumbnail and, for formats Chromium cannot show (HEIC, TIFF), a display
 * JPEG. Files are content-addressed, so a photo already seen in another trip
 * reuses them.
 */

export interface MediaFiles {
  thumb: string;
  display: string;
}

type MediaInput = Pick<Photo, 'sha256' | 'file' | 'format' | 'mime'>;

const needsDerived = (p: MediaInput) => p.format === 'heic' || p.format === 'tiff' || p.mime === 'image/heic' || p.mime === 'image/tiff';

/** Whether a photo's thumbnail or display file is missing (or still the camera's preview). */
export async function mediaMissing(paths: LibraryPaths, photo: Photo): Promise<boolean> {
  if (!photo.thumb || photo.thumb !== mediaRel.thumb(photo.sha256) || !photo.display) return true;
  return (await fileSize(absolute(paths, photo.thumb))) === null || (await fileSize(absolute(paths, photo.display))) === null;
}

export async function makeMedia(paths: LibraryPaths, photo: MediaInput, signal?: AbortSignal): Promise<MediaFiles> {
  const original = absolute(paths, photo.file);
  const thumbRel = mediaRel.thumb(photo.sha256);
  const thumbAbs = absolute(paths, thumbRel);
  if (!needsDerived(photo)) {
    if ((await fileSize(thumbAbs)) === null) await storeOnce(thumbAbs, await makeThumbnail(original), { signal });
    return { thumb: thumbRel, display: photo.file };
  }
  const derivedRel = mediaRel.derived(photo.sha256);
  const derivedAbs = absolute(paths, derivedRel);
  let derived: Buffer | null = null;
  if ((await fileSize(derivedAbs)) === null) {
    derived = photo.format === 'heic' || photo.mime === 'image/heic' ? await decodeHeicOffThread(original) : await makeDisplayJpeg(original);
    signal?.throwIfAborted();
    await storeOnce(derivedAbs, derived, { signal });
  }
  if ((await fileSize(thumbAbs)) === null) {
    await storeOnce(thumbAbs, await makeThumbnail(derived ?? (await readFile(derivedAbs))), { signal });
  }
  return { thumb: thumbRel, display: derivedRel };
}
