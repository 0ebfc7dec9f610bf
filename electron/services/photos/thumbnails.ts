import sharp from '../util/sharp';
import type { PhotoFormat } from '../../shared/schemas/photo';
import { orient, type Turning } from './orientation';
import { withOwnErrors } from './own-errors';

/**
 * Thumbnails and display JPEGs with sharp. sharp decodes on libuv's thread
 * pool, never on the JS thread, so the main process stays responsive; the
 * import bounds how many run at once (decodeSlots(): cores + 1; more libvips
 * threads do not make a 2-core machine faster, measured).
 */

/** Largest image decoded (sharp's own default, stated here so the header check and the decoder agree). */
export const MAX_INPUT_PIXELS = 268_402_689;
export const THUMB_SIZE = 400;

export class ImageProblem extends Error {
  constructor(
    readonly reason: 'too-large' | 'truncated' | 'corrupt' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

export interface ImageHeader {
  width: number;
  height: number;
  orientation: number;
}

/**
 * Reads only the header and refuses decompression bombs (a 50 KB PNG that
 * claims 100,000 × 100,000 pixels) before anything is decoded.
 */
export async function probeImage(input: Buffer | string, format: PhotoFormat): Promise<ImageHeader> {
  let meta: sharp.Metadata;
  try {
    meta = await withOwnErrors(() => sharp(input, { limitInputPixels: false }).metadata());
  } catch (error) {
    throw new ImageProblem('corrupt', `the image header cannot be read (${firstLine(error)})`);
  }
  if (format === 'heic' && meta.compression && meta.compression !== 'hevc') {
    throw new ImageProblem('unsupported', `HEIF images compressed with ${meta.compression} are not supported`);
  }
  return checkedHeader(meta.width ?? 0, meta.height ?? 0, meta.orientation);
}

/** The header of stored pixels `width` × `height` shown with EXIF `orientation`, or the reason it is refused. */
export function checkedHeader(width: number, height: number, orientation: number | undefined): ImageHeader {
  if (!width || !height) throw new ImageProblem('corrupt', 'the image has no size in its header');
  if (width * height > MAX_INPUT_PIXELS) {
    throw new ImageProblem('too-large', `the image claims ${width} × ${height} pixels, more than the ${Math.round(MAX_INPUT_PIXELS / 1e6)} megapixels a photo can have`);
  }
  const o = orientation && orientation >= 1 && orientation <= 8 ? orientation : 1;
  const swap = o >= 5;
  return { width: swap ? height : width, height: swap ? width : height, orientation: o };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
}

function decodeProblem(error: unknown): ImageProblem {
  const message = firstLine(error);
  if (/premature end|truncat|unexpected end|end of (file|stream)|read error|short read|not enough data/i.test(message)) {
    return new ImageProblem('truncated', `the file is cut short (${message})`);
  }
  if (/pixel limit/i.test(message)) return new ImageProblem('too-large', message);
  return new ImageProblem('corrupt', `the image data is damaged (${message})`);
}

/**
 * `sequentialRead` lets libvips stream the image top to bottom instead of
 * holding it whole: a 16000 × 16000 scan is 768 MB decoded, and a few of
 * them at once took 3.3 GB (measured) where streaming keeps a strip.
 */
const decoder = (input: Buffer | string) => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated', sequentialRead: true });

/** Longest side of a display JPEG: a screen never shows more, and a 256-megapixel scan is not copied whole. */
export const DISPLAY_MAX = 6000;

/** The file's own EXIF orientation (`undefined`), or the one the journal records (see orientation.ts). */
const upright = (input: Buffer | string, turning?: Turning) => (turning ? orient(decoder(input), turning) : decoder(input).rotate());

/** A 400 px JPEG thumbnail, turned upright (and no EXIF/GPS carried over). */
export async function makeThumbnail(input: Buffer | string, turning?: Turning): Promise<Buffer> {
  try {
    return await withOwnErrors(() =>
      upright(input, turning).resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer(),
    );
  } catch (error) {
    throw decodeProblem(error);
  }
}

/** A full-size JPEG for formats Chromium cannot show (TIFF) and for photos turned by hand, upright. */
export async function makeDisplayJpeg(input: Buffer | string, turning?: Turning): Promise<Buffer> {
  try {
    return await withOwnErrors(() =>
      upright(input, turning).resize(DISPLAY_MAX, DISPLAY_MAX, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 90 }).toBuffer(),
    );
  } catch (error) {
    throw decodeProblem(error);
  }
}

/** Decodes the whole image once to prove it is intact (used when the cheap end-of-file check cannot tell). */
export async function verifyDecodes(input: Buffer | string): Promise<void> {
  try {
    await withOwnErrors(() => decoder(input).resize(64, 64, { fit: 'inside' }).raw().toBuffer());
  } catch (error) {
    throw decodeProblem(error);
  }
}
