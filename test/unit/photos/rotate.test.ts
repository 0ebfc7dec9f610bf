import './tz';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import sharp from '../../../electron/services/util/sharp';
import { exportImage } from '../../../electron/services/export/images';
import { absolute } from '../../../electron/services/photos/media-store';
import { appliedOrientation, orient } from '../../../electron/services/photos/orientation';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { runCliJson } from '../../support/cli';
import { cleanupTempDirs, openLibrary, REPO_ROOT } from '../../support/library';
import { importAll, setup } from './helpers';

afterEach(cleanupTempDirs);

const REAL = path.join(REPO_ROOT, 'test/fixtures/real-photos');

/** A 6 × 4 picture whose corners all differ, so every turn and mirror shows in the pixels. */
async function corners(): Promise<Buffer> {
  const px = Buffer.alloc(6 * 4 * 3, 40);
  const set = (x: number, y: number, rgb: number[]) => px.set(rgb, (y * 6 + x) * 3);
  set(0, 0, [255, 0, 0]);
  set(5, 0, [0, 255, 0]);
  set(0, 3, [0, 0, 255]);
  set(5, 3, [255, 255, 0]);
  return sharp(px, { raw: { width: 6, height: 4, channels: 3 } }).png().toBuffer();
}

const pixels = async (s: sharp.Sharp) => {
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  return { w: info.width, h: info.height, data: data.toString('hex') };
};

describe('turning photos upright', () => {
  it('applies each EXIF orientation exactly as the tag means, and the user’s turns after it', async () => {
    const png = await corners();
    for (let o = 1; o <= 8; o++) {
      const lossless = await sharp(png).withMetadata({ orientation: o }).png().toBuffer();
      const byTag = await pixels(sharp(lossless).rotate());
      expect(await pixels(orient(sharp(png), { orientation: o, turns: 0 })), `orientation ${o}`).toEqual(byTag);
      for (let t = 1; t <= 3; t++) {
        const uprightThenTurned = await pixels(sharp(await sharp(lossless).rotate().png().toBuffer()).rotate(90 * t));
        expect(await pixels(orient(sharp(png), { orientation: o, turns: t })), `orientation ${o}, ${t} turns`).toEqual(uprightThenTurned);
      }
    }
  });

  it('takes pixels the camera already turned for what they are, and a resized copy for no turn', () => {
    expect(appliedOrientation(2336, 3504, 6, 3504, 2336)).toBe(1); // Canon EOS 20D (2).jpg
    expect(appliedOrientation(3264, 1836, 6, 3264, 1836)).toBe(6); // Blackberry Z10.jpg: pixels not turned
    expect(appliedOrientation(1228, 877, 1, 4062, 2902)).toBe(1); // Kodak ProBack.jpg: a smaller copy
    expect(appliedOrientation(600, 800, 8, 1704, 2272)).toBe(8); // resized, same aspect: not a turn
    expect(appliedOrientation(3000, 3000, 6, 3000, 3000)).toBe(6); // square: cannot tell, the tag stands
  });

  it('imports a sideways Canon EOS 20D upright, turns a photo by hand (CLI), and thumbnails and exports follow', async () => {
    const { lib, tripId, dir } = await setup();
    const files = ['Canon EOS 20D (2).jpg', 'Blackberry Z10.jpg'].map((n) => path.join(REAL, n));
    const { report } = await importAll(lib, tripId, files);
    expect(report.imported).toBe(2);
    const doc = await lib.trip(tripId);
    const eos = doc.photos.find((p) => p.originalName.startsWith('Canon EOS 20D'))!;
    const bb = doc.photos.find((p) => p.originalName.startsWith('Blackberry'))!;
    expect(eos).toMatchObject({ orientation: 1, pixelsTurned: true, width: 2336, height: 3504, turns: 0 });
    expect(eos.display).toMatch(/^media\/derived\/.+\.p\.jpg$/); // Chromium would apply the file's tag to the original
    const eosThumb = await sharp(absolute(lib.paths, eos.thumb!)).metadata();
    expect(eosThumb.height! > eosThumb.width!).toBe(true); // portrait, as the camera stored it
    expect(bb).toMatchObject({ orientation: 6, width: 1836, height: 3264 });
    const eosSha = createHash('sha256').update(readFileSync(absolute(lib.paths, eos.file))).digest('hex');
    await lib.close();

    // Turn the Blackberry photo right and the EOS left with the CLI.
    const cli = (args: string[]) => runCliJson<{ photos: Photo[] }>(['--library', dir, 'photos', 'rotate', '--trip', tripId, ...args]);
    const right = await cli(['--photo', bb.id, '--by', '90']);
    expect(right.value.photos[0]).toMatchObject({ id: bb.id, turns: 1, width: 3264, height: 1836 });
    const left = await cli(['--photo', eos.id, '--by', 'left']);
    const turned = left.value.photos[0]!;
    expect(turned).toMatchObject({ turns: 3, width: 3504, height: 2336 });
    const { value } = await runCliJson<{ photos: Photo[] }>(['--library', dir, 'photos', 'list', '--trip', tripId]);
    expect(value.photos.find((p) => p.id === eos.id)).toMatchObject({ turns: 3, thumb: turned.thumb, display: turned.display });

    const reopened = await openLibrary(dir);
    const thumb = await sharp(absolute(reopened.paths, turned.thumb!)).metadata();
    expect(thumb.width! > thumb.height!).toBe(true); // landscape now
    const display = await sharp(absolute(reopened.paths, turned.display!)).metadata();
    expect([display.width, display.height]).toEqual([3504, 2336]);
    // The original is untouched; the export follows the turn.
    expect(createHash('sha256').update(readFileSync(absolute(reopened.paths, turned.file))).digest('hex')).toBe(eosSha);
    const exported = await exportImage(reopened.paths, turned, { longEdge: 800, keepCaptureDate: false });
    expect(exported.ok).toBe(true);
    const out = await sharp((exported as { file: string }).file).metadata();
    expect([out.width, out.height]).toEqual([800, 533]);
    // Keeping the date writes EXIF: no orientation tag may come back from the original with it.
    const dated = await exportImage(reopened.paths, turned, { longEdge: 800, keepCaptureDate: true });
    const datedMeta = await sharp((dated as { file: string }).file).metadata();
    expect([datedMeta.width, datedMeta.height, datedMeta.orientation ?? 1]).toEqual([800, 533, 1]);
    await reopened.close();

    // A turn that means nothing is refused with a reason.
    await expect(cli(['--photo', eos.id, '--by', '45'])).rejects.toThrow(/not a turn like 90/);
  }, 120_000);
});
