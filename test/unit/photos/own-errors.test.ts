import { describe, expect, it } from 'vitest';
import sharp from '../../../electron/services/util/sharp';
import { makeThumbnail } from '../../../electron/services/photos/thumbnails';

/**
 * libvips keeps one error buffer per process, so with decodes running at once
 * a failing JPEG was reported with a PNG's error (sharp#902). Each failure
 * must carry its own decoder's words, the same in every run.
 */

async function brokenFiles(): Promise<Record<string, { buf: Buffer; own: RegExp }>> {
  const picture = sharp({ create: { width: 320, height: 240, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } });
  const png = await picture.clone().png().toBuffer();
  const jpeg = await picture.clone().jpeg().toBuffer();
  const webp = await picture.clone().webp().toBuffer();
  const gif = await picture.clone().gif().toBuffer();
  const scramble = (b: Buffer) => {
    const copy = Buffer.from(b);
    for (let i = Math.floor(copy.length / 3); i < copy.length - 64; i += 7) copy[i] = 0xff - copy[i]!;
    return copy;
  };
  return {
    png: { buf: scramble(png), own: /png/gi },
    jpeg: { buf: jpeg.subarray(0, Math.floor(jpeg.length / 2)), own: /jpeg/gi },
    webp: { buf: webp.subarray(0, Math.floor(webp.length / 2)), own: /webp/gi },
    gif: { buf: scramble(gif), own: /gif/gi },
  };
}

const OTHER_LOADERS = /png|jpeg|webp|gif|tiff|heif/i;

describe('decode failures', () => {
  it('carry their own decoder’s message, identical run after run, however many decodes run at once', async () => {
    const files = await brokenFiles();
    const runs: Array<Record<string, string>> = [];
    for (let run = 0; run < 3; run++) {
      const names = Object.keys(files);
      // Eight decodes in flight: every broken file twice, at the same time.
      const results = await Promise.all(
        [...names, ...names].map(async (name) => {
          try {
            await makeThumbnail(files[name]!.buf);
            return [name, 'decoded'] as const;
          } catch (error) {
            return [name, (error as Error).message] as const;
          }
        }),
      );
      const byName: Record<string, string> = {};
      for (const [name, message] of results) {
        if (byName[name] !== undefined) expect(message, `${name} twice in one run`).toBe(byName[name]);
        byName[name] = message;
      }
      runs.push(byName);
    }
    for (const [name, { own }] of Object.entries(files)) {
      const message = runs[0]![name]!;
      if (message === 'decoded') continue; // libvips read this damage as pixels; nothing to misreport
      // Words of another loader never appear in this file's reason.
      const others = message.replace(own, '').match(OTHER_LOADERS);
      expect(others, `${name}: ${message}`).toBeNull();
      for (const r of runs) expect(r[name], name).toBe(message);
    }
    expect(Object.values(runs[0]!).filter((m) => m !== 'decoded').length).toBeGreaterThanOrEqual(3);
  });
});
