import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { mpfLargeThumbnails, previewThumbnail, previewTurning, readEmbeddedPreview } from '../../../electron/services/photos/embedded-preview';
import { FIRST_SCREEN } from '../../../electron/services/photos/first-screen';
import { ingestFile } from '../../../electron/services/photos/ingest';
import { absolute, mediaRel } from '../../../electron/services/photos/media-store';
import { ReadBuffers } from '../../../electron/services/photos/read-buffers';
import { cleanupTempDirs, tempDir } from '../../support/library';
import { importAll, setup } from './helpers';
import { MP_TYPE, withMpfImages } from './mpf-file';

afterEach(cleanupTempDirs);

const REAL = path.resolve(__dirname, '../../fixtures/real-photos');
const real = (name: string) => readFileSync(path.join(REAL, name));
/** exiftool's own extraction of a preview tag, the independent reading the tests compare with. */
const exiftoolImage = (file: string, tag: string) => execFileSync('/usr/bin/exiftool', ['-b', `-${tag}`, file]);
const sizeOf = async (jpeg: Buffer) => {
  const m = await sharp(jpeg).metadata();
  return [m.width, m.height];
};

/** A real camera file with a 640 × 480 MPF large thumbnail (and a gain map, which is no preview) appended. */
async function mpfCameraFile(order: 'II' | 'MM'): Promise<{ file: string; bytes: Buffer; vga: Buffer }> {
  const primary = real('Canon IXUS v2.jpg'); // 1600 × 1200, EXIF preview 160 × 120, orientation 1
  const vga = await sharp(primary).resize(640, 480).jpeg({ quality: 80 }).toBuffer();
  const gainMap = await sharp(primary).resize(400, 300).greyscale().jpeg().toBuffer();
  const bytes = withMpfImages(primary, [{ jpeg: vga, type: MP_TYPE.largeThumbnailVga }, { jpeg: gainMap, type: MP_TYPE.undefined }], order);
  const file = path.join(tempDir(), `mpf-${order}.jpg`);
  writeFileSync(file, bytes);
  return { file, bytes, vga };
}

describe("the camera's own previews", () => {
  it('reads MPF large thumbnails from APP2 in both byte orders, as exiftool does, and skips other MP types', async () => {
    for (const order of ['MM', 'II'] as const) {
      const { file, bytes, vga } = await mpfCameraFile(order);
      const found = mpfLargeThumbnails(bytes);
      expect(found).toHaveLength(1); // the gain map is listed but is no preview
      const ours = bytes.subarray(found[0]!.start, found[0]!.start + found[0]!.length);
      expect(ours.equals(vga)).toBe(true);
      expect(ours.equals(exiftoolImage(file, 'MPImage2:PreviewImage'))).toBe(true);
      // Preferred over the 160 × 120 EXIF thumbnail: it fills a 400 px thumbnail.
      const preview = await readEmbeddedPreview(bytes);
      expect(preview).toMatchObject({ from: 'mpf', width: 640, height: 480 });
      expect(await sizeOf(await previewThumbnail(preview!, { orientation: 1, turns: 0 }))).toEqual([400, 300]);
      expect(await sizeOf(await previewThumbnail(preview!, { orientation: 6, turns: 0 }))).toEqual([300, 400]);
    }
  });

  it('finds no MPF preview in a damaged or absent index, and never reads outside the file', async () => {
    const { bytes } = await mpfCameraFile('MM');
    const at = bytes.indexOf('MPF\0', 0, 'latin1');
    const [vga] = mpfLargeThumbnails(bytes);
    expect(mpfLargeThumbnails(bytes.subarray(0, vga!.start + 100))).toEqual([]); // a copy cut inside the preview
    const badOrder = Buffer.from(bytes);
    badOrder.write('XX', at + 4, 'latin1');
    expect(mpfLargeThumbnails(badOrder)).toEqual([]);
    const badIfd = Buffer.from(bytes);
    badIfd.writeUInt32BE(0xfffffff0, at + 8); // first IFD far past the segment
    expect(mpfLargeThumbnails(badIfd)).toEqual([]);
    expect(mpfLargeThumbnails(real('Canon IXUS v2.jpg'))).toEqual([]);
    // Without MPF the EXIF thumbnail is used: byte for byte what exiftool extracts.
    const exif = await readEmbeddedPreview(badOrder);
    expect(exif).toMatchObject({ from: 'exif', width: 160, height: 120 });
    expect(exif!.jpeg.equals(exiftoolImage(path.join(REAL, 'Canon IXUS v2.jpg'), 'ThumbnailImage'))).toBe(true);
  });

  it("turns real cameras' EXIF previews upright, and leaves out previews too small for a tile", async () => {
    // Canon EOS 20D: pixels turned by the camera (2336 × 3504, tag 6 kept) and an 80 × 120 preview turned too.
    const canon = await readEmbeddedPreview(real('Canon EOS 20D (2).jpg'));
    expect(canon).toMatchObject({ from: 'exif', width: 80, height: 120 });
    const canonTurning = previewTurning(canon!, { width: 2336, height: 3504 }, 6, 0);
    expect(canonTurning).toEqual({ orientation: 1, turns: 0 });
    // Its preview carries an EXIF block of its own (the software that turned it wrote one): made again, without it.
    expect(canon!.jpeg.equals(exiftoolImage(path.join(REAL, 'Canon EOS 20D (2).jpg'), 'ThumbnailImage'))).toBe(true);
    const canonThumb = await sharp(await previewThumbnail(canon!, canonTurning)).metadata();
    expect([canonThumb.width, canonThumb.height, canonThumb.exif]).toEqual([80, 120, undefined]);
    // A landscape preview of a photo shown portrait (tag 6, pixels not turned) is turned; the user's turns come on top.
    const ixus = (await readEmbeddedPreview(real('Canon IXUS v2.jpg')))!;
    expect(previewTurning(ixus, { width: 1200, height: 1600 }, 6, 0)).toEqual({ orientation: 6, turns: 0 });
    expect(await sizeOf(await previewThumbnail(ixus, { orientation: 6, turns: 0 }))).toEqual([120, 160]);
    expect(await sizeOf(await previewThumbnail(ixus, { orientation: 6, turns: 1 }))).toEqual([160, 120]);
    const turned = await sharp(await previewThumbnail(ixus, { orientation: 1, turns: 1 })).metadata();
    expect([turned.width, turned.height, turned.orientation]).toEqual([120, 160, undefined]); // no tag for Chromium to apply again
    // 56 × 75 and 73 × 53: not worth showing; a phone photo has none.
    expect(await readEmbeddedPreview(real('WWL_(Polaroid)_ION230.jpg'))).toBeUndefined();
    expect(await readEmbeddedPreview(real('long_description.jpg'))).toBeUndefined();
    expect(await readEmbeddedPreview(real('Blackberry Z10.jpg'))).toBeUndefined();
  });

  it('stores a preview at ingest only when asked (the first screenful)', async () => {
    const { lib } = await setup();
    const { file } = await mpfCameraFile('II');
    const ingest = async (preview: boolean) => {
      const lease = await new ReadBuffers(1).lease();
      try {
        const outcome = await ingestFile(lib.paths, file, () => true, lease, new AbortController().signal, { preview });
        if (outcome.kind !== 'new') throw new Error('expected a new photo');
        return outcome.ingested;
      } finally {
        lease.release();
      }
    };
    expect((await ingest(false)).embeddedThumb).toBeNull();
    const asked = await ingest(true);
    expect(asked.embeddedThumb).toBe(mediaRel.embeddedThumb(asked.sha256));
    expect(await sizeOf(readFileSync(absolute(lib.paths, asked.embeddedThumb!)))).toEqual([400, 300]);
    await lib.close();
  });

  it('gives the first screenful of an import their previews and the rest none; every photo ends with its real thumbnail', async () => {
    const { lib, tripId } = await setup();
    const base = real('Canon PowerShot S400.jpg'); // 2272 × 1704 with a 160 × 120 preview
    const dir = tempDir();
    const count = FIRST_SCREEN + 3;
    for (let i = 0; i < count; i++) {
      // Distinct bytes per file (a comment segment after SOI), so none is a duplicate.
      const text = Buffer.from(`copy ${i}`, 'latin1');
      const com = Buffer.from([0xff, 0xfe, 0, text.length + 2]);
      writeFileSync(path.join(dir, `IMG_${String(i).padStart(4, '0')}.JPG`), Buffer.concat([base.subarray(0, 2), com, text, base.subarray(2)]));
    }
    const { report, events } = await importAll(lib, tripId, [dir]);
    expect(report).toMatchObject({ imported: count, failed: 0, mediaPending: 0 });
    const doc = await lib.trip(tripId);
    const byName = new Map(doc.photos.map((p) => [p.originalName, p]));
    const withPreview = doc.photos.filter((p) => readdirSync(path.dirname(absolute(lib.paths, mediaRel.embeddedThumb(p.sha256)))).includes(`${p.sha256}.exif.jpg`));
    expect(withPreview.map((p) => p.originalName).sort()).toEqual([...byName.keys()].sort().slice(0, FIRST_SCREEN));
    // The first event that carries a photo of the first screenful carries a picture to show.
    const firstSeen = events.flatMap((e) => e.photos).find((p) => p.originalName === 'IMG_0000.JPG')!;
    expect(firstSeen.thumb).not.toBeNull();
    for (const p of doc.photos) expect(p.thumb).toBe(mediaRel.thumb(p.sha256));
    // The first screen's real thumbnails are decoded only once all of it shows: no event before
    // the one that reports its last file carries one of them.
    const screenFull = events.findIndex((e) => e.done >= FIRST_SCREEN);
    expect(screenFull).toBeGreaterThan(0);
    const early = events.slice(0, screenFull).flatMap((e) => [...e.photos, ...e.updated]);
    expect(early.length).toBeGreaterThan(0);
    for (const p of early) expect(p.thumb).toBe(mediaRel.embeddedThumb(p.sha256));
    await lib.close();
  });
});
