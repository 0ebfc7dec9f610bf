import { readFile } from 'node:fs/promises';
import type { Photo } from '../../shared/schemas/photo';
import type { LibraryPaths } from '../library/paths';
import { isHeicPhoto } from './formats';
import { decodeHeicOffThread } from './heic-worker';
import { absolute, fileSize, mediaRel, storeOnce, writeAtomically } from './media-store';
import { withinPixelBudget } from './pixel-budget';
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

type MediaInput = Pick<Photo, 'sha256' | 'file' | 'format' | 'mime'> & Partial<Pick<Photo, 'orientation' | 'turns' | 'pixelsTurned' | 'width' | 'height'>>;

/** Formats shown through a JPEG made at import: HEIC and TIFF (Chromium cannot show them), AVIF and GIF (the first frame, as a photo). */
const DERIVED = new Set(['heic', 'tiff', 'avif', 'gif', 'image/heic', 'image/tiff', 'image/avif', 'image/gif']);
const derivedFormat = (p: MediaInput) => DERIVED.has(p.format ?? '') || DERIVED.has(p.mime);
/**
 * A photo turned by hand, or one whose file tag must not be applied, is shown
 * through a JPEG made upright too: Chromium applies a JPEG's own EXIF tag.
 */
const turnedByUs = (p: MediaInput) => !!p.turns || !!p.pixelsTurned;

/**
 * Media files are named by the original's bytes, so a photo in two trips
 * shares them; a photo turned by hand gets its own names (`<sha>.t1.jpg`).
 */
function variant(rel: string, p: MediaInput): string {
  const tag = `${p.turns ? `t${p.turns}` : ''}${p.pixelsTurned ? 'p' : ''}`;
  return tag ? rel.replace(/\.jpg$/, `.${tag}.jpg`) : rel;
}

/** Where a photo's thumbnail (and, when it needs one, its display JPEG) live once made. */
export function mediaNames(p: MediaInput): { thumb: string; display: string } {
  const derived = derivedFormat(p) || turnedByUs(p);
  return { thumb: variant(mediaRel.thumb(p.sha256), p), display: derived ? variant(mediaRel.derived(p.sha256), p) : p.file };
}

/** Whether a photo's thumbnail or display file is missing (or still the camera's preview). */
export async function mediaMissing(paths: LibraryPaths, photo: Photo): Promise<boolean> {
  const names = mediaNames(photo);
  if (photo.thumb !== names.thumb || photo.display !== names.display) return true;
  return (await fileSize(absolute(paths, photo.thumb))) === null || (await fileSize(absolute(paths, photo.display))) === null;
}

export interface MediaOptions {
  signal?: AbortSignal;
  /** The original's bytes when the caller still has them (an import), so they are not read again. */
  source?: Buffer;
  /**
   * Runs each decode. The import passes a queue of decodeSlots() (cores + 1), so
   * only the CPU-heavy decode holds a slot while the small writes and journal
   * updates around it overlap with the next decode.
   */
  decode?: RunDecode;
}

/** Whether makeMedia decodes the original's bytes (`source`); HEIC is decoded from its file by the worker. */
export const decodesFromBytes = (p: MediaInput) => !isHeicPhoto(p);

const UPRIGHT = { orientation: 1, turns: 0 };

export async function makeMedia(paths: LibraryPaths, photo: MediaInput, options: MediaOptions = {}): Promise<MediaFiles> {
  const { signal, source, decode = runDirectly } = options;
  const original = absolute(paths, photo.file);
  const turning = { orientation: photo.orientation ?? 1, turns: photo.turns ?? 0 };
  const names = mediaNames(photo);
  const thumbAbs = absolute(paths, names.thumb);
  const pixels = (photo.width ?? 0) * (photo.height ?? 0);
  const bounded = <T>(work: () => Promise<T>) => decode(() => withinPixelBudget(pixels, work));
  if (names.display === photo.file) {
    if ((await fileSize(thumbAbs)) === null) {
      const thumb = await bounded(() => makeThumbnail(source ?? original, turning));
      await writeAtomically(thumbAbs, thumb, { signal });
    }
    return names;
  }
  const derivedAbs = absolute(paths, names.display);
  let derived: Buffer | null = null;
  if ((await fileSize(derivedAbs)) === null) {
    derived = await bounded(async () => {
      if (!isHeicPhoto(photo)) return makeDisplayJpeg(source ?? original, turning);
      // libheif turns the picture upright while decoding; only the user's turns are left to apply.
      const decoded = await decodeHeicOffThread(original);
      return turning.turns ? makeDisplayJpeg(decoded, { orientation: 1, turns: turning.turns }) : decoded;
    });
    signal?.throwIfAborted();
    await storeOnce(derivedAbs, derived, { signal });
  }
  if ((await fileSize(thumbAbs)) === null) {
    const input = derived ?? (await readFile(derivedAbs));
    await writeAtomically(thumbAbs, await decode(() => makeThumbnail(input, UPRIGHT)), { signal });
  }
  return names;
}
