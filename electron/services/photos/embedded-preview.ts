import sharp from '../util/sharp';
import { jpegFrameSize, walkJpegSegments } from './formats';
import { readEmbeddedThumbnail } from './metadata';
import { orient, type Turning } from './orientation';
import { THUMB_SIZE } from './thumbnails';

/**
 * The camera's own previews inside a JPEG, for the first screenful of an
 * import: the EXIF thumbnail (IFD1, usually 160 × 120) and the MPF "large
 * thumbnails" in APP2 (CIPA DC-007: 640 × 480 or 1920 × 1080, written by
 * Sony, Nikon, Fujifilm, Pentax and others after the primary image). Using
 * one costs a fraction of a millisecond where decoding 12 MP costs ~25 ms, so
 * the grid fills at once; the real thumbnail replaces it when it is made.
 */

export interface EmbeddedPreview {
  jpeg: Buffer;
  width: number;
  height: number;
  from: 'exif' | 'mpf';
}

/**
 * A grid tile is at least 150 px: an 80 × 120 preview (a Canon EOS 20D's) is
 * blown up less than 2× for the second it shows; smaller ones (56 × 75) are
 * not worth a file.
 */
export const MIN_PREVIEW_SIDE = 80;

/** MPF image type codes of the large thumbnails (class 1: VGA, class 2: full HD). Gain maps, depth maps and stereo frames are other types. */
const LARGE_THUMBNAIL_TYPES = new Set([0x010001, 0x010002]);

/** The byte ranges of a JPEG's MPF large thumbnails, as its APP2 index lists them; [] when there is none or the index is damaged. */
export function mpfLargeThumbnails(buf: Buffer): Array<{ start: number; length: number }> {
  const found = walkJpegSegments(buf, (marker, at, length) => {
    if (marker !== 0xe2 || buf.toString('latin1', at + 4, at + 8) !== 'MPF\0') return undefined;
    return readMpIndex(buf, at + 8, Math.min(buf.length, at + 2 + length));
  });
  return Array.isArray(found) ? found : [];
}

/** Reads the MP Index IFD of the TIFF-structured block at `tiff` (offsets in it count from `tiff`). */
function readMpIndex(buf: Buffer, tiff: number, end: number): Array<{ start: number; length: number }> {
  if (tiff + 8 > end) return [];
  const order = buf.toString('latin1', tiff, tiff + 2);
  if (order !== 'II' && order !== 'MM') return [];
  const le = order === 'II';
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return [];
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + 12 * i;
    if (entry + 12 > end) return [];
    if (u16(entry) !== 0xb002) continue; // MPEntry: 16 bytes per image
    const bytes = u32(entry + 4);
    const list = tiff + u32(entry + 8);
    if (bytes % 16 !== 0 || list + bytes > end) return [];
    const out: Array<{ start: number; length: number }> = [];
    for (let e = list; e < list + bytes; e += 16) {
      const type = u32(e) & 0xffffff;
      const imageFormat = (u32(e) >>> 24) & 0x7; // 0: JPEG
      const length = u32(e + 4);
      const offset = u32(e + 8); // from the MPF block's TIFF header; 0 for the primary image
      const start = tiff + offset;
      if (!LARGE_THUMBNAIL_TYPES.has(type) || imageFormat !== 0 || offset === 0 || length < 4 || start + length > buf.length) continue;
      if (buf[start] !== 0xff || buf[start + 1] !== 0xd8) continue;
      out.push({ start, length });
    }
    return out;
  }
  return [];
}

/**
 * The preview to show first: the smallest that fills a 400 px thumbnail, or
 * else the largest at least MIN_PREVIEW_SIDE on its short side; none when
 * the camera wrote none that large.
 */
export async function readEmbeddedPreview(buf: Buffer): Promise<EmbeddedPreview | undefined> {
  const candidates: EmbeddedPreview[] = [];
  for (const { start, length } of mpfLargeThumbnails(buf)) {
    const jpeg = buf.subarray(start, start + length);
    const size = jpegFrameSize(jpeg);
    if (size) candidates.push({ jpeg, ...size, from: 'mpf' });
  }
  if (!candidates.some((c) => Math.max(c.width, c.height) >= THUMB_SIZE)) {
    const exif = await readEmbeddedThumbnail(buf);
    const size = exif && jpegFrameSize(exif);
    if (exif && size) candidates.push({ jpeg: exif, ...size, from: 'exif' });
  }
  const usable = candidates.filter((c) => Math.min(c.width, c.height) >= MIN_PREVIEW_SIDE).sort((a, b) => a.width * a.height - b.width * b.height);
  return usable.find((c) => Math.max(c.width, c.height) >= THUMB_SIZE) ?? usable.at(-1);
}

/**
 * How to turn a preview upright. Cameras store previews as the sensor saw
 * them, like the main image, so the file's orientation tag applies — also
 * when the camera turned the main image's pixels (a Canon EOS 20D stores a
 * portrait 2336 × 3504 but a landscape 160 × 120 preview). A preview already
 * shaped like the upright photo is taken as upright. Then the user's turns.
 */
export function previewTurning(preview: { width: number; height: number }, upright: { width: number; height: number }, fileTag: number | undefined, turns: number): Turning {
  const tag = fileTag && fileTag >= 1 && fileTag <= 8 ? fileTag : 1;
  const landscape = (s: { width: number; height: number }) => Math.sign(s.width - s.height);
  const swaps = tag >= 5;
  const alreadyUpright = swaps && landscape(preview) !== 0 && landscape(preview) === landscape(upright);
  return { orientation: alreadyUpright ? 1 : tag, turns };
}

/**
 * The preview as the photo's first thumbnail: upright, at most 400 px, no
 * metadata (a preview's own EXIF orientation would make Chromium turn it
 * again). An upright, small, metadata-free preview is kept byte for byte.
 */
export async function previewThumbnail(preview: EmbeddedPreview, turning: Turning): Promise<Buffer> {
  const small = Math.max(preview.width, preview.height) <= THUMB_SIZE;
  const upright = turning.orientation === 1 && turning.turns % 4 === 0;
  if (small && upright && !hasExifSegment(preview.jpeg)) return Buffer.from(preview.jpeg);
  return orient(sharp(preview.jpeg, { failOn: 'truncated' }), turning)
    .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85 })
    .toBuffer();
}

function hasExifSegment(jpeg: Buffer): boolean {
  return walkJpegSegments(jpeg, (marker, at) => (marker === 0xe1 && jpeg.toString('latin1', at + 4, at + 8) === 'Exif' ? true : undefined)) === true;
}
