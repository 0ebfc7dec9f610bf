import { readFile } from 'node:fs/promises';
import convert from 'heic-convert';

/**
 * HEIC/HEIF (iPhone) → JPEG. Prebuilt sharp cannot decode HEVC and Chromium
 * cannot display HEIC, so both the viewer and the exports go through a JPEG
 * made here (libheif compiled to WASM by heic-convert; ~1 s per 12 MP photo,
 * so callers run it in the background and cache the result).
 */
export async function decodeHeicToJpeg(input: string | Buffer, quality = 0.92): Promise<Buffer> {
  const buffer = typeof input === 'string' ? await readFile(input) : input;
  const out = await convert({ buffer, format: 'JPEG', quality });
  return Buffer.from(out);
}
