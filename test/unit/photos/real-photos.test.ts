import './tz';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../electron/shared/contract/photos';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { cameraIdentity } from '../../../electron/services/photos/capture-time';
import { sniffFormat } from '../../../electron/services/photos/formats';
import { cameraText, MAX_CAMERA_TEXT, readMetadataFromBuffer } from '../../../electron/services/photos/metadata';
import { runCli, runCliJson } from '../../support/cli';
import { cleanupTempDirs, REPO_ROOT, tempDir } from '../../support/library';

/**
 * Real camera and phone files (test/fixtures/real-photos, sources in its
 * SOURCES.md) against exiftool's reading of them (exiftool.json), and the real
 * CLI importing them: no decodable photo refused, every file reported once
 * with its own reason, and `--json` stdout always one JSON document.
 */

const DIR = path.join(REPO_ROOT, 'test/fixtures/real-photos');
type Truth = Record<string, string | number | undefined> & { SourceFile: string };
const TRUTH = JSON.parse(readFileSync(path.join(DIR, 'exiftool.json'), 'utf8')) as Truth[];
const PHOTOS = readdirSync(DIR).filter((n) => !/\.(md|json)$/.test(n));

afterAll(cleanupTempDirs);

const str = (v: unknown) => (v === undefined ? undefined : String(v));
const hasTime = (v: string | undefined) => !!v && /\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?$/.test(v) && /\s|T/.test(v);

/** "2013:09:23 10:09:46+02:00" → wall clock and offset, as exiftool writes them. */
function split(value: string): { wallClock: string; offset?: string } {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim())!;
  const offset = m[7] === 'Z' ? '+00:00' : m[7];
  return { wallClock: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`, ...(offset ? { offset } : {}) };
}

/** The capture time a photo manager takes from exiftool's tags, in the order SOURCES.md and fallback-dates.ts give. */
function expectedCapture(t: Truth): { wallClock: string; offset?: string; from: string } | undefined {
  const exif = str(t['ExifIFD:DateTimeOriginal']) ?? str(t['ExifIFD:CreateDate']);
  if (exif && hasTime(exif)) {
    const offset = str(t['ExifIFD:DateTimeOriginal']) ? str(t['ExifIFD:OffsetTimeOriginal']) : str(t['ExifIFD:OffsetTimeDigitized']);
    return { ...split(exif), ...(offset ? { offset } : {}), from: 'exif' };
  }
  for (const tag of ['XMP-exif:DateTimeOriginal', 'XMP-photoshop:DateCreated']) {
    const v = str(t[tag]);
    if (hasTime(v)) return { ...split(v!), from: 'xmp' };
  }
  const iptcDate = str(t['IPTC:DateCreated']);
  const iptcTime = str(t['IPTC:TimeCreated']);
  if (iptcDate && iptcTime) return { ...split(`${iptcDate} ${iptcTime}`), from: 'iptc' };
  const created = str(t['XMP-xmp:CreateDate']);
  if (hasTime(created)) return { ...split(created!), from: 'xmp' };
  return undefined;
}

describe('real cameras’ files, read like exiftool reads them', () => {
  it('has exiftool’s reading of every fixture, and each fixture named in SOURCES.md', () => {
    expect(TRUTH.map((t) => t.SourceFile).sort()).toEqual([...PHOTOS].sort());
    const sources = readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8');
    for (const name of PHOTOS) expect(sources, name).toContain(`\`${name}\``);
  });

  it.each(TRUTH.map((t) => [t.SourceFile, t] as const))('%s: time, offset, GPS and camera match exiftool', async (name, truth) => {
    const buf = readFileSync(path.join(DIR, name));
    const sniffed = sniffFormat(buf.subarray(0, 64), name);
    expect(sniffed.kind, 'recognised by its bytes').toBe('image');
    if (sniffed.kind !== 'image') return;
    const meta = await readMetadataFromBuffer(buf, sniffed.format);

    const expected = expectedCapture(truth);
    if (expected) {
      expect(meta.capture).toMatchObject({ wallClock: expected.wallClock, from: expected.from });
      expect(meta.capture?.offset).toBe(expected.offset);
    } else expect(meta.capture).toBeUndefined();

    const lat = truth['Composite:GPSLatitude'];
    if (typeof lat === 'number') {
      expect(meta.gps?.lat).toBeCloseTo(lat, 5);
      expect(meta.gps?.lng).toBeCloseTo(Number(truth['Composite:GPSLongitude']), 5);
    } else expect(meta.gps).toBeUndefined();

    // exiftool ends EXIF strings at the first NUL: 'ION230\0F' is "ION230".
    expect(meta.make).toBe(str(truth['IFD0:Make'])?.trim());
    expect(meta.model).toBe(str(truth['IFD0:Model'])?.trim());
  });

  it('names cameras without NUL junk, control characters or an endless label', () => {
    expect(cameraText('ION230\u0000F')).toBe('ION230');
    expect(cameraText('MAVICA\u00003ghx7y')).toBe('MAVICA');
    expect(cameraText('  Canon\tEOS\u0007 5D  ')).toBe('Canon EOS 5D');
    expect(cameraText('\u0000\u0000')).toBeUndefined();
    const long = cameraText('Digital Camera '.repeat(8))!;
    expect(long.length).toBeLessThanOrEqual(MAX_CAMERA_TEXT);
    expect(long.endsWith('…')).toBe(true);
    expect(cameraIdentity({ make: 'WWL', model: 'ION230' })?.label).toBe('WWL ION230');
  });
});

/** Copies the real set into a folder with the cases an import meets on a card: cut copies, a video, a sidecar, a deep folder. */
function cardFolder(): { root: string; all: string[] } {
  const root = tempDir('proceedings-card-');
  const dcim = path.join(root, 'DCIM', '100CANON');
  mkdirSync(dcim, { recursive: true });
  for (const name of PHOTOS) copyFileSync(path.join(DIR, name), path.join(dcim, name));
  const ixus = readFileSync(path.join(DIR, 'Canon IXUS v2.jpg'));
  // Cut inside the image (it ends at 234,212 bytes; the other 839 KB are the camera's trailer) — and a copy
  // cut inside the trailer, whose image is whole: the decoder reads it, so it is imported.
  writeFileSync(path.join(dcim, 'cut-at-100k.jpg'), ixus.subarray(0, 100_000));
  writeFileSync(path.join(dcim, 'cut-at-230k.jpg'), ixus.subarray(0, 230_000));
  writeFileSync(path.join(dcim, 'cut-in-trailer.jpg'), ixus.subarray(0, 600_000));
  writeFileSync(path.join(dcim, 'MVI_0001.MOV'), Buffer.from('\0\0\0\x14ftypqt  \0\0\0\0qt  '));
  writeFileSync(path.join(dcim, 'IMG_0001.xmp'), '<x:xmpmeta xmlns:x="adobe:ns:meta/"/>');
  let deep = path.join(root, 'deep');
  for (let i = 0; i < 70; i++) deep = path.join(deep, `d${i}`);
  mkdirSync(deep, { recursive: true });
  copyFileSync(path.join(DIR, 'noexif.jpg'), path.join(deep, 'lost.jpg'));
  const all = [...PHOTOS, 'cut-at-100k.jpg', 'cut-at-230k.jpg', 'cut-in-trailer.jpg', 'MVI_0001.MOV', 'IMG_0001.xmp'].map((n) => path.join(dcim, n));
  return { root, all };
}

async function importWithCli(folder: string): Promise<{ report: ImportReport; stdout: string; photos: Photo[] }> {
  const library = tempDir('proceedings-real-lib-');
  const { value: created } = await runCliJson<{ trip: { id: string } }>([
    '--library', library, 'trip', 'create', '--title', '서울 출장', '--conference', 'Test', '--city', 'Seoul',
    '--start', '2005-01-01', '--end', '2005-01-05', '--tz', 'Asia/Seoul', '--home-tz', 'Asia/Seoul',
  ]);
  const trip = created.trip;
  const result = await runCli(['--library', library, 'photos', 'import', '--trip', trip.id, folder, '--json']);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as ImportReport; // stdout is exactly one JSON document
  const { value } = await runCliJson<{ photos: Photo[] }>(['--library', library, 'photos', 'list', '--trip', trip.id]);
  return { report, stdout: result.stdout, photos: value.photos };
}

describe('importing the real set with the CLI', () => {
  it('refuses no decodable photo, reports every file once with its own reason, and keeps stdout one JSON document', async () => {
    const { root, all } = cardFolder();
    const first = await importWithCli(root);
    const { report } = first;
    const byPath = new Map(report.files.map((f) => [f.path, f]));

    // Every file seen is reported exactly once, the deep folder included.
    expect(report.files.map((f) => f.path).sort()).toEqual([...new Set(report.files.map((f) => f.path))].sort());
    for (const file of all) expect(byPath.has(file), file).toBe(true);
    const deep = report.files.filter((f) => f.reason === 'too-deep');
    expect(deep).toHaveLength(1);
    expect(deep[0]!.status).toBe('skipped');
    expect(report.total).toBe(report.files.length);

    // Every real photo is imported — trailers, a JPEG named .nef, AVIF, GIF, HEIC.
    for (const name of PHOTOS) expect(byPath.get(all.find((f) => path.basename(f) === name)!), name).toMatchObject({ status: 'imported' });
    expect(byPath.get(all.find((f) => f.endsWith('cut-in-trailer.jpg'))!)).toMatchObject({ status: 'imported' });
    expect(report.imported).toBe(PHOTOS.length + 1);
    // Files that really end early are still refused; the video and the sidecar are skipped, not failed.
    for (const cut of ['cut-at-100k.jpg', 'cut-at-230k.jpg']) {
      expect(report.files.find((f) => path.basename(f.path) === cut)).toMatchObject({ status: 'failed', reason: 'truncated' });
    }
    expect(report.files.find((f) => f.path.endsWith('MVI_0001.MOV'))).toMatchObject({ status: 'skipped', reason: 'not-a-photo', message: 'not a photo (videos are not imported)' });
    expect(report.files.find((f) => f.path.endsWith('IMG_0001.xmp'))).toMatchObject({ status: 'skipped', reason: 'not-a-photo' });
    expect(report).toMatchObject({ failed: 2, skipped: 3 });

    // The two HEICs libheif cannot decode carry libheif's own words, not another file's (and nothing on stdout).
    const heicReason = (name: string) => report.files.find((f) => f.path.endsWith(name))?.message ?? '';
    expect(heicReason('libheif-fuzz-5671864958976000.heic')).toContain('Security limit exceeded');
    expect(heicReason('libheif-fuzz-5752063708495872.heic')).toContain('Decoder plugin generated an error');
    expect(first.stdout).not.toContain('Decoding image failed');

    // Times from XMP and IPTC are used before the file time, and say where they came from.
    const photo = (name: string) => first.photos.find((p) => p.originalName === name)!;
    expect(photo('no_exif.jpg').capture).toMatchObject({ source: 'exif-offset', from: 'xmp', offset: '+02:00', wallClock: '2013-09-23T10:09:46' });
    expect(photo('Bush-dog.jpg').capture).toMatchObject({ source: 'exif-local', from: 'iptc', wallClock: '2003-08-30T00:00:00' });
    expect(photo('noexif.jpg').capture.source).toBe('file-time');
    expect(photo('Sony Mavica.jpg').cameraKey).toBe('SONY MAVICA');
    expect(photo('WWL_(Polaroid)_ION230.jpg').cameraKey).toBe('WWL ION230');

    // An identical run gives identical reasons.
    const second = await importWithCli(root);
    const reasons = (r: ImportReport) => r.files.map((f) => `${f.path}|${f.status}|${f.reason ?? ''}|${f.message ?? ''}`).sort();
    expect(reasons(second.report)).toEqual(reasons(report));
  }, 180_000);
});
