/**
 * The benches' photo set: 1,000 distinct 12-megapixel JPEGs (4000 × 3000,
 * about 1.5 MB each, a camera's EXIF without offset and its 160 × 120 EXIF
 * thumbnail, so the import's first screen takes the camera-preview path), generated once into
 * .bench/photos-12mp/ (git-ignored) and shared by the photo and export
 * benches. On this set sharp makes a 400 px thumbnail in ~36 ms of CPU and
 * a 1600 px export copy in ~55 ms per photo with two in flight — the figures
 * the issues measured and set their targets by.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const COUNT = 1000;
const BASES = 20;
const W = 4000;
const H = 3000;

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const photoSetDir = path.join(repo, '.bench', 'photos-12mp');
const cache = photoSetDir;

/** A smooth, photo-like 12 MP picture with a little grain (about 1.4 MB as JPEG q90). */
async function basePicture(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(W * H * 3);
  let s = seed * 7919 + 1;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const n = (s >> 16) & 7;
      const i = (y * W + x) * 3;
      raw[i] = (128 + 100 * Math.sin(x / (60 + seed) + seed) + n) & 255;
      raw[i + 1] = (128 + 90 * Math.cos(y / (50 + seed)) + n) & 255;
      raw[i + 2] = ((x ^ (y + seed * 13)) >> 4) & 255;
    }
  }
  const jpeg = await sharp(raw, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'SONY', Model: `ILCE-7M${(seed % 4) + 1}` },
      IFD2: { DateTimeOriginal: '2022:10:24 10:00:00', SubSecTimeOriginal: '00' },
    })
    .toBuffer();
  return withCameraThumbnail(jpeg, await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).resize(160, 120).jpeg({ quality: 75 }).toBuffer());
}

/** Writes a 160 × 120 thumbnail into IFD1 as cameras do (sharp cannot write IFD1; exiftool can). */
function withCameraThumbnail(jpeg: Buffer, thumb: Buffer): Buffer {
  const file = path.join(cache, '.base.tmp.jpg');
  const thumbFile = path.join(cache, '.thumb.tmp.jpg');
  writeFileSync(file, jpeg);
  writeFileSync(thumbFile, thumb);
  execFileSync('/usr/bin/exiftool', ['-q', '-overwrite_original', `-ThumbnailImage<=${thumbFile}`, file]);
  const out = readFileSync(file);
  rmSync(file);
  rmSync(thumbFile);
  return out;
}

/** Each file: a base picture with its own capture time and a comment segment, so every file has distinct bytes. */
function variant(base: Buffer, index: number): Buffer {
  const out = Buffer.from(base);
  const at = out.indexOf('2022:10:24 10:00:00', 0, 'latin1');
  const minute = index % 600;
  const day = 24 + Math.floor(index / 250);
  const stamp = `2022:10:${day} ${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
  if (at > 0) out.write(stamp, at, 'latin1');
  const text = Buffer.from(`bench photo ${index}`, 'latin1');
  const com = Buffer.alloc(4);
  com.writeUInt16BE(0xfffe, 0);
  com.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([out.subarray(0, 2), com, text, out.subarray(2)]);
}

/** The set's files (sorted), generating them on first use. */
export async function ensurePhotos(): Promise<string[]> {
  const marker = path.join(cache, `.complete-${COUNT}-thumbs`); // a set from before the camera thumbnails is made again
  if (!existsSync(marker)) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    const started = Date.now();
    for (let b = 0; b < BASES; b++) {
      const base = await basePicture(b + 1);
      for (let i = b; i < COUNT; i += BASES) writeFileSync(path.join(cache, `DSC${String(i).padStart(5, '0')}.JPG`), variant(base, i));
    }
    writeFileSync(marker, '');
    console.log(`generated ${COUNT} 12 MP JPEGs in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in ${path.relative(repo, cache)})`);
  }
  return readdirSync(cache).filter((n) => n.endsWith('.JPG')).sort().map((n) => path.join(cache, n));
}

