import type { PhotoFormat } from '../../shared/schemas/photo';
import { jpegImageEnd } from './jpeg-end';

/**
 * Recognises image files by their bytes, not their names (a ".jpg" that is
 * really a PDF is refused with a reason), and checks cheaply whether a file
 * was cut short, so a truncated copy never enters the library.
 */

export const MIME_OF: Record<PhotoFormat, string> = {
  jpeg: 'image/jpeg',
  heic: 'image/heic',
  png: 'image/png',
  tiff: 'image/tiff',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export const EXTENSION_OF: Record<PhotoFormat, string> = { jpeg: 'jpg', heic: 'heic', png: 'png', tiff: 'tif', webp: 'webp', avif: 'avif', gif: 'gif' };

/** Extensions of photo files a folder scan picks up (any other file in a folder is reported as unsupported). */
export const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'jpe', 'jfif', 'heic', 'heif', 'hif', 'avif', 'png', 'tif', 'tiff', 'webp', 'gif']);

/** Camera RAW files are TIFF inside; importing them as TIFF would show a tiny preview, so they are refused. */
export const RAW_EXTENSIONS = new Set(['arw', 'cr2', 'cr3', 'nef', 'nrw', 'dng', 'orf', 'rw2', 'raf', 'pef', 'srw', '3fr', 'erf', 'kdc', 'mrw', 'x3f']);

/**
 * Whether a photo in the journal is HEIC/HEIF, which only the WASM decoder reads (never sharp): the one
 * check the import, the media rebuild and the export share. The format (sniffed from the bytes) decides;
 * records from before formats were kept fall back to their MIME type, then to the original's name.
 */
export function isHeicPhoto(p: { format?: PhotoFormat | undefined; mime: string; file?: string }): boolean {
  if (p.format) return p.format === 'heic';
  return /^image\/hei[cf]/i.test(p.mime) || /\.(heic|heif|hif)$/i.test(p.file ?? '');
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

export type Sniffed =
  | { kind: 'image'; format: PhotoFormat }
  | { kind: 'unsupported'; what: string }
  | { kind: 'not-an-image' };

function ascii(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, Math.max(0, Math.min(end, buf.length) - start)).toString('latin1');
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * What a file is, from its first bytes. The name only tells a RAW file from a
 * plain TIFF (most RAW formats are TIFF inside) and names the RAW format in the
 * message: a JPEG named ".nef" (some cameras' "RAW+JPEG" exports, renamed
 * copies) is a JPEG.
 */
export function sniffFormat(head: Uint8Array, name: string): Sniffed {
  const ext = extensionOf(name);
  const raw: Sniffed = { kind: 'unsupported', what: `camera RAW (.${ext}) files` };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { kind: 'image', format: 'jpeg' };
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return { kind: 'image', format: 'png' };
  const tiff = ascii(head, 0, 4);
  if (tiff === 'II*\0' || tiff === 'MM\0*') return RAW_EXTENSIONS.has(ext) ? raw : { kind: 'image', format: 'tiff' };
  if (tiff === 'II+\0' || tiff === 'MM\0+') return { kind: 'unsupported', what: 'BigTIFF files' };
  if (tiff === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { kind: 'image', format: 'webp' };
  if (ascii(head, 4, 8) === 'ftyp') {
    const major = ascii(head, 8, 12);
    const boxSize = Buffer.from(head.buffer, head.byteOffset, head.length).readUInt32BE(0);
    const brands = [major];
    for (let i = 16; i + 4 <= Math.min(boxSize, head.length); i += 4) brands.push(ascii(head, i, i + 4));
    if (brands.includes('avif') || brands.includes('avis')) return { kind: 'image', format: 'avif' };
    if (brands.some((b) => HEIF_BRANDS.has(b))) return { kind: 'image', format: 'heic' };
    if (/^(qt {2}|isom|iso\d|mp4\d|M4V |3gp\d|avc1|crx )/.test(major)) return { kind: 'unsupported', what: major === 'crx ' ? 'camera RAW (.cr3) files' : 'videos' };
    return { kind: 'unsupported', what: `"${major.trim()}" media files` };
  }
  if (ascii(head, 0, 4) === 'GIF8') return { kind: 'image', format: 'gif' };
  if (ascii(head, 0, 2) === 'BM') return { kind: 'unsupported', what: 'BMP images' };
  if (ascii(head, 0, 4) === '%PDF') return { kind: 'unsupported', what: 'PDF documents' };
  if (head[0] === 0x00 && head[1] === 0x00 && head[2] === 0x00 && head[3] === 0x0c && ascii(head, 4, 8) === 'jP  ') {
    return { kind: 'unsupported', what: 'JPEG 2000 images' };
  }
  // Olympus (IIRO), Panasonic (IIU), Fuji (FUJIFILM) and other RAW files that are not TIFF-shaped.
  if (RAW_EXTENSIONS.has(ext)) return raw;
  return { kind: 'not-an-image' };
}

/**
 * Whether the file visibly ends where its format says it ends. `true` means
 * complete; `false` means cut short; `null` means "cannot tell cheaply" (the
 * caller decodes the image to find out).
 */
export function looksComplete(buf: Buffer, format: PhotoFormat): boolean | null {
  switch (format) {
    case 'jpeg': {
      // Some writers pad with zeros after the end-of-image marker.
      let end = buf.length;
      while (end > 2 && buf[end - 1] === 0x00 && buf.length - end < 65_536) end--;
      if (buf[end - 2] === 0xff && buf[end - 1] === 0xd9) return true;
      // Data after the image (camera trailers): walk the structure to where the image really ends.
      const imageEnd = jpegImageEnd(buf);
      return imageEnd === 'cut' ? false : imageEnd === null ? null : true;
    }
    case 'png': {
      const tail = buf.subarray(Math.max(0, buf.length - 12));
      return tail.length === 12 && tail.toString('latin1', 4, 8) === 'IEND';
    }
    case 'webp':
      return buf.length >= 12 && buf.readUInt32LE(4) + 8 <= buf.length;
    case 'heic':
      return heifBoxesComplete(buf);
    case 'tiff':
    case 'avif':
    case 'gif':
      return null;
  }
}

/**
 * Walks a JPEG's marker segments up to its first scan, calling `visit` with
 * each segment's marker, its position (at the 0xFF) and its length; the first
 * answer other than undefined ends the walk and is returned. Without an answer
 * the walk ends in 'scan' (the image data began) or 'broken' (bytes that are
 * not a marker, or the file ended).
 */
export function walkJpegSegments<T>(buf: Uint8Array, visit: (marker: number, at: number, length: number) => T | undefined): T | 'scan' | 'broken' {
  let at = 2;
  while (at + 4 <= buf.length) {
    if (buf[at] !== 0xff) return 'broken';
    const marker = buf[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 'scan';
    const length = (buf[at + 2]! << 8) | buf[at + 3]!;
    if (length < 2) return 'broken';
    const answer = visit(marker, at, length);
    if (answer !== undefined) return answer;
    at += 2 + length;
  }
  return 'broken';
}

const isFrameMarker = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * Width and height from a JPEG's frame header (SOFn), walking the marker
 * segments before the first scan: a few microseconds, where asking the
 * decoder for the header costs half a millisecond of a thousand-photo
 * import's CPU. `null` when the walk meets anything unexpected — the caller
 * then asks the decoder.
 */
export function jpegFrameSize(buf: Uint8Array): { width: number; height: number } | null {
  const frame = walkJpegSegments(buf, (marker, at) => {
    if (!isFrameMarker(marker)) return undefined;
    if (at + 9 > buf.length) return null; // cut inside the frame header
    return { height: (buf[at + 5]! << 8) | buf[at + 6]!, width: (buf[at + 7]! << 8) | buf[at + 8]! };
  });
  if (typeof frame !== 'object' || frame === null) return null;
  return frame.width > 0 && frame.height > 0 ? frame : null; // height 0: set later by a DNL marker
}

/** Walks the top-level ISO-BMFF boxes: a cut file has a box that runs past its end. */
function heifBoxesComplete(buf: Buffer): boolean {
  let at = 0;
  let sawMdat = false;
  while (at + 8 <= buf.length) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (size === 1) {
      if (at + 16 > buf.length) return false;
      size = Number(buf.readBigUInt64BE(at + 8));
    } else if (size === 0) {
      size = buf.length - at; // box extends to the end of the file
    }
    if (size < 8 || at + size > buf.length) return false;
    if (type === 'mdat') sawMdat = true;
    at += size;
  }
  return sawMdat && at === buf.length;
}
