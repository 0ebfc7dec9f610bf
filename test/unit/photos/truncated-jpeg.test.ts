import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { looksComplete } from '../../../electron/services/photos/formats';

describe('a JPEG cut short is recognised wherever the cut falls', () => {
  it('finds no end-of-image after the last scan at every cut from 10 % to 99 %', async () => {
    // Noise makes the entropy-coded data long and full of 0xFF bytes (stuffed), like a real photo.
    const noise = Buffer.alloc(320 * 240 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const jpeg = await sharp(noise, { raw: { width: 320, height: 240, channels: 3 } })
      .jpeg({ quality: 92 })
      .withExif({ IFD0: { Make: 'SONY', Model: 'ILCE-7M3' } })
      .toBuffer();
    expect(looksComplete(jpeg, 'jpeg')).toBe(true);
    for (let percent = 10; percent < 100; percent += 3) {
      const cut = jpeg.subarray(0, Math.floor((jpeg.length * percent) / 100));
      expect(looksComplete(cut, 'jpeg'), `cut at ${percent} %`).toBe(false);
    }
  });

  it('finds the end of a photo with data after its end-of-image, even data holding FF DA / FF D9 bytes', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    expect(looksComplete(Buffer.concat([jpeg, Buffer.from('SAMSUNG-TRAILER')]), 'jpeg')).toBe(true);
    // Trailing data with a start-of-scan and no end-of-image after it (a Canon IXUS v2 carries 752 KB of such data).
    const trailer = Buffer.concat([Buffer.from([0xff, 0xda, 0x00, 0x08]), Buffer.alloc(5000, 0x5a)]);
    expect(looksComplete(Buffer.concat([jpeg, trailer]), 'jpeg')).toBe(true);
    // The same photo cut inside its scan is still found out.
    expect(looksComplete(jpeg.subarray(0, jpeg.length - 40), 'jpeg')).toBe(false);
  });
});
