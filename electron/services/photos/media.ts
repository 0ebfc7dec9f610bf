import { readFile } from 'node:fs/promises';
import type { Photo } from '../../shared/schemas/photo';
import type { LibraryPaths } from '../library/paths';
import { decodeHeicOffThread } from './heic-worker';
import { absolute, fileSize, mediaRel, storeOnce, writeAtomically } from './media-store';
import { runDirectly, type RunDecode } from './task-queue';
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

/** Formats shown through a JPEG made at import: HEIC and TIFF (Chromium cannot show them), AVIF and GIF (the first frame, as a photo). */
const DERIVED = new Set(['heic', 'tiff', 'avif', 'gif', 'image/heic', 'image/tiff', 'image/avif', 'image/gif']);
const needsDerived = (p: MediaInput) => DERIVED.has(p.format ?? '') || DERIVED.has(p.mime);

/** Whether a photo's thumbnail or display file is missing (or still the camera's preview). */
export async function mediaMissing(paths: LibraryPaths, photo: Photo): Promise<boolean> {
  if (!photo.thumb || photo.thumb !== mediaRel.thumb(photo.sha256) || !photo.display) return true;
  return (await fileSize(absolute(paths, photo.thumb))) === null || (await fileSize(absolute(paths, photo.display))) === null;
}

export interface MediaOptions {
  signal?: AbortSignal;
  /** The original's bytes when the caller still has them (an import), so they are not read again. */
  source?: Buffer;
  /**
   * Runs each decode. The import passes a queue with one slot per core, so
   * only the CPU-heavy decode holds a slot while the small writes and journal
   * updates around it overlap with the next decode.
   */
  decode?: RunDecode;
}

/** Whether makeMedia decodes the original's bytes (`source`); HEIC is decoded from its file by the worker. */
export const decodesFromBytes = (p: MediaInput) => !isHeic(p);
const isHeic = (p: MediaInput) => p.format === 'heic' || p.mime === 'image/heic';

export async function makeMedia(paths: LibraryPaths, photo: MediaInput, options: MediaOptions = {}): Promise<MediaFiles> {
  const { signal, source, decode = runDirectly } = options;
  const original = absolute(paths, photo.file);
  const thumbRel = mediaRel.thumb(photo.sha256);
  const thumbAbs = absolute(paths, thumbRel);
  if (!needsDerived(photo)) {
    if ((await fileSize(thumbAbs)) === null) {
      const thumb = await decode(() => makeThumbnail(source ?? original));
      await writeAtomically(thumbAbs, thumb, { signal });
    }
    return { thumb: thumbRel, display: photo.file };
  }
  const derivedRel = mediaRel.derived(photo.sha256);
  const derivedAbs = absolute(paths, derivedRel);
  let derived: Buffer | null = null;
  if ((await fileSize(derivedAbs)) === null) {
    derived = await decode(() => (isHeic(photo) ? decodeHeicOffThread(original) : makeDisplayJpeg(source ?? original)));
    signal?.throwIfAborted();
    await storeOnce(derivedAbs, derived, { signal });
  }
  if ((await fileSize(thumbAbs)) === null) {
    const input = derived ?? (await readFile(derivedAbs));
    await writeAtomically(thumbAbs, await decode(() => makeThumbnail(input)), { signal });
  }
  return { thumb: thumbRel, display: derivedRel };
}
