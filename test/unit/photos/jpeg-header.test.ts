import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegFrameSize } from '../../../electron/services/photos/formats';
import { importAll, setup } from './helpers';

/** A segment: FF <marker> <length incl. itself> <body>. */
function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt8(0xff, 0);
  head.writeUInt8(marker, 1);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** Replaces the width and height in a JPEG's SOF0 header (what a decompression bomb does). */
function withClaimedSize(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  const sof = out.indexOf(Buffer.from([0xff, 0xc0]));
  out.writeUInt16BE(height, sof + 5);
  out.writeUInt16BE(width, sof + 7);
  return out;
}

describe('JPEG frame size from the header, without the decoder', () => {
  it('reads baseline and progressive frames past EXIF, comments and fill bytes', async () => {
    const baseline = await sharp({ create: { width: 321, height: 123, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'SONY', Model: 'ILCE-7M3' } })
      .toBuffer();
    expect(jpegFrameSize(baseline)).toEqual({ width: 321, height: 123 });
    const progressive = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#000' } }).jpeg({ progressive: true }).toBuffer();
    expect(jpegFrameSize(progressive)).toEqual({ width: 64, height: 48 });
    // A comment segment and fill bytes (0xFF padding before a marker) before the frame header.
    const padded = Buffer.concat([baseline.subarray(0, 2), segment(0xfe, Buffer.from('사진 comment')), Buffer.from([0xff, 0xff]), baseline.subarray(2)]);
    expect(jpegFrameSize(padded)).toEqual({ width: 321, height: 123 });
  });

  it('answers null for anything it cannot walk, so the decoder decides', async () => {
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    expect(jpegFrameSize(jpeg.subarray(0, 20))).toBeNull(); // cut before the frame header
    expect(jpegFrameSize(Buffer.concat([jpeg.subarray(0, 2), Buffer.from('not a marker at all')]))).toBeNull();
    expect(jpegFrameSize(withClaimedSize(jpeg, 10, 0))).toBeNull(); // height defined later by a DNL marker
    const scanFirst = Buffer.concat([jpeg.subarray(0, 2), segment(0xda, Buffer.alloc(10))]);
    expect(jpegFrameSize(scanFirst)).toBeNull();
  });

  it('refuses a JPEG that claims a huge frame before decoding anything, and imports a normal one with its EXIF orientation', async () => {
    const { lib, tripId, dir } = await setup();
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#6699cc' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Apple', Model: 'iPhone 13' }, IFD2: { DateTimeOriginal: '2022:10:24 10:34:12', OffsetTimeOriginal: '+03:00' } })
      .withMetadata({ orientation: 6 }) // libvips writes the orientation tag itself
      .toBuffer();
    const bomb = path.join(dir, 'bomb.jpg');
    const upright = path.join(dir, 'turned.jpg');
    writeFileSync(bomb, withClaimedSize(small, 60_000, 60_000));
    writeFileSync(upright, small);
    const { report } = await importAll(lib, tripId, [bomb, upright]);
    expect(report.files.find((f) => f.path === bomb)).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(report.files.find((f) => f.path === bomb)?.message).toMatch(/60000 × 60000/);
    const doc = await lib.trip(tripId);
    expect(doc.photos).toHaveLength(1);
    // Orientation 6 turns the stored 300 × 200 pixels into a 200 × 300 portrait.
    expect(doc.photos[0]).toMatchObject({ width: 200, height: 300, orientation: 6 });
    await lib.close();
  });
});

describe('the EXIF preview check', () => {
  it('finds the camera preview link and its absence without exifr, and defers to exifr when unsure', async () => {
    const { readFileSync } = await import('node:fs');
    const { mayHaveExifPreview, readEmbeddedThumbnail } = await import('../../../electron/services/photos/metadata');
    const { photoFixtures, F } = await import('../../fixtures/photos/make-fixtures');
    const dir = await photoFixtures();
    const camera = readFileSync(path.join(dir, F.sonyTalk)); // written with a preview by exiftool
    const phone = readFileSync(path.join(dir, F.phoneTalk));
    expect(mayHaveExifPreview(camera)).toBe(true);
    expect(await readEmbeddedThumbnail(camera)).toBeInstanceOf(Buffer);
    expect(mayHaveExifPreview(phone)).toBe(false);
    expect(await readEmbeddedThumbnail(phone)).toBeUndefined();
    const noExif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer();
    expect(mayHaveExifPreview(noExif)).toBe(false);
    expect(mayHaveExifPreview(Buffer.concat([noExif.subarray(0, 2), Buffer.from('garbage')]))).toBe(true);
    const cut = camera.subarray(0, camera.indexOf('Exif') + 12); // EXIF block cut before its first IFD
    expect(mayHaveExifPreview(cut)).toBe(true);
  });
});
