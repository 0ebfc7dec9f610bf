import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from '../util/sharp';
import type { Photo } from '../../shared/schemas/photo';
import type { LibraryPaths } from '../library/paths';
import { insideLibrary } from '../library/paths';
import { isHeicPhoto } from '../photos/formats';
import { decodeHeicToJpeg } from '../photos/heic';
import { orient } from '../photos/orientation';
import { runDirectly, type RunDecode } from '../photos/task-queue';

export interface ImageOptions {
  /** Long edge in pixels; smaller photos are not enlarged. */
  longEdge: number;
  /** Keep the capture date (DateTimeOriginal) and nothing else; off by default. */
  keepCaptureDate: boolean;
}

/** Bump when the pipeline's output changes, so cached images are made again. */
const PIPELINE = 'v2-q82-plain-huffman';
const QUALITY = 82;

/**
 * Cache key of one exported image: the original's bytes (sha256) plus every
 * option that changes the output. Exported file names come from it, so names
 * are stable run to run and reveal nothing about when a photo was taken.
 */
export function imageKey(photo: Photo, options: ImageOptions): string {
  const date = options.keepCaptureDate ? photo.localTime : '';
  // Photos turned by hand (or whose camera turned the pixels) are other images; keys of the rest are unchanged.
  const turned = photo.turns || photo.pixelsTurned ? `|o${photo.orientation}t${photo.turns ?? 0}` : '';
  return createHash('sha256').update(`${PIPELINE}|${photo.sha256}|${options.longEdge}|${date}${turned}`).digest('hex');
}

export const exportImageName = (key: string) => `${key.slice(0, 20)}.jpg`;

/**
 * The cache lives inside the library's media folder, so the preview can show
 * exactly the published JPEG (HEIC originals included) through the app's
 * media scheme, which serves media/ only.
 */
export function imageCacheFile(paths: LibraryPaths, key: string): string {
  return path.join(paths.media, 'cache', 'export', key.slice(0, 2), `${key}.jpg`);
}

/** "2022:10:24 10:34:00" — the EXIF spelling of the trip's wall-clock time. */
const exifDate = (local: string) => `${local.slice(0, 10).replace(/-/g, ':')} ${local.slice(11, 19).padEnd(8, ':00').slice(0, 8)}`;

export type ImageResult = { ok: true; file: string; key: string; bytes: number; cached: boolean } | { ok: false; reason: string };

/**
 * Makes (or finds in the cache) the publishable JPEG of a photo: oriented,
 * resized, HEIC decoded, and with no metadata at all — sharp writes none
 * unless asked — except the capture date when the user keeps it.
 */
export async function exportImage(
  paths: LibraryPaths,
  photo: Photo,
  options: ImageOptions,
  decode: RunDecode = runDirectly,
): Promise<ImageResult> {
  const key = imageKey(photo, options);
  const file = imageCacheFile(paths, key);
  const hit = await stat(file).catch(() => null);
  if (hit?.isFile() && hit.size > 0) return { ok: true, file, key, bytes: hit.size, cached: true };
  let original: string;
  try {
    original = insideLibrary(paths, photo.file);
    if (!(await stat(original)).isFile()) return { ok: false, reason: `the original ${photo.file} is not a file` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `the original ${photo.file} is missing` : (error as Error).message };
  }
  try {
    const heic = isHeicPhoto(photo);
    // Only the decode holds one of the decode slots (cores + 1, see decodeSlots); the reads and writes around it overlap.
    const out = await decode(async () => {
      // libheif applies the HEIC's rotation while decoding; JPEGs are turned by their EXIF orientation.
      // JPEGs go to libvips by path: it reads the file itself, with no JS buffer for the GC to track.
      const fit = { width: options.longEdge, height: options.longEdge, fit: 'inside', withoutEnlargement: true } as const;
      let pipeline: sharp.Sharp;
      if (heic) pipeline = orient(sharp(await decodeHeicToJpeg(await readFile(original))), { orientation: 1, turns: photo.turns ?? 0 });
      else if (!photo.turns && !photo.pixelsTurned) pipeline = sharp(original).rotate();
      else {
        // Turned by hand, or pixels the camera turned already: the journal's orientation (orientation.ts), not the
        // file's tag — and pixels of their own, since libvips would write the file's tag back with the date.
        const { data, info } = await orient(sharp(original), { orientation: photo.orientation ?? 1, turns: photo.turns ?? 0 })
          .resize(fit)
          .raw()
          .toBuffer({ resolveWithObject: true });
        pipeline = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
      }
      pipeline
        .resize(fit)
        // Huffman optimisation costs ~10% CPU per photo for ~4% smaller files: not worth it at 500 photos.
        .jpeg({ quality: QUALITY, optimiseCoding: false });
      if (options.keepCaptureDate) {
        const date = exifDate(photo.localTime);
        pipeline.withExif({ IFD0: { DateTime: date }, IFD2: { DateTimeOriginal: date } });
      }
      return pipeline.toBuffer();
    });
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, out);
    await rename(temp, file);
    return { ok: true, file, key, bytes: out.length, cached: false };
  } catch (error) {
    return { ok: false, reason: `${photo.file} could not be converted: ${(error as Error).message}` };
  }
}
