import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createTrip } from '../electron/services/journal/trips';
import { Library } from '../electron/services/library/library';
import { PhotoJobs } from '../electron/services/photos/jobs';
import { repo } from './photo-set';

/**
 * The memory case of issue #11: six ~800 KB TIFFs of 16000 × 16000 pixels
 * (flat scans compress to almost nothing, but decode to 768 MB each). They
 * peaked at 4.4 GB RSS; generated once into .bench/big-tiffs/.
 */
const dir = path.join(repo, '.bench', 'big-tiffs');
const COLOURS = ['#336699', '#993366', '#669933', '#996633', '#339966', '#663399'];

export async function ensureBigTiffs(): Promise<string> {
  if (existsSync(dir) && readdirSync(dir).length === COLOURS.length) return dir;
  mkdirSync(dir, { recursive: true });
  for (const [i, background] of COLOURS.entries()) {
    await sharp({ create: { width: 16000, height: 16000, channels: 3, background } }).tiff({ compression: 'deflate' }).toFile(path.join(dir, `scan-${i}.tif`));
  }
  return dir;
}

/** Samples the process's resident memory every 20 ms; `stop()` answers the peak in MB. */
export function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 1e6;
    },
  };
}

export async function importBigTiffs(): Promise<{ seconds: number; peakMb: number; imported: number }> {
  const folder = await ensureBigTiffs();
  const root = path.join(repo, '.bench', `library-big-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  const library = await Library.open(root, { owner: 'bench', saveDelayMs: 500 });
  try {
    const trip = await createTrip(library, { title: 'Scans', start: '2022-10-24', end: '2022-10-28', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul' });
    const rss = rssSampler();
    const started = performance.now();
    const report = await (await new PhotoJobs(library, () => undefined).startImport(trip.id, [folder])).done;
    return { seconds: (performance.now() - started) / 1000, peakMb: rss.stop(), imported: report.imported };
  } finally {
    await library.close();
    rmSync(root, { recursive: true, force: true });
  }
}
