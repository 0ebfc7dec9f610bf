import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { Entry } from '../../electron/shared/schemas/entry';
import { Photo } from '../../electron/shared/schemas/photo';
import { expect, test, type Harness } from './fixtures';
import { SeriesPage } from './pages/SeriesPage';
import { SeriesPublishPage } from './pages/SeriesPublishPage';
import { TripsPage } from './pages/TripsPage';

/** Issue #16: a part's preview fetched every one of its images, originals, at once. */
const TITLE = 'CVPR 2024 Seattle';
const ENTRIES = 90;
const PER_ENTRY = 3;

/** One conference day of 90 notes, each with 3 photos (4000×3000 originals) whose 400 px thumbnails are files of their own. */
async function busyDay(harness: Harness): Promise<string> {
  const created = await harness.invoke('trips.create', {
    title: TITLE, city: 'Seattle', start: '2024-06-19', end: '2024-06-19', timeZone: 'America/Los_Angeles', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1,
  });
  const tripId = (created.value as { id: string }).id;
  const thumb = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 60, g: 120, b: 180 } } }).jpeg().toBuffer();
  mkdirSync(path.join(harness.libraryDir, 'media/thumbs'), { recursive: true });
  await harness.library!.mutate(tripId, (doc) => {
    for (let e = 0; e < ENTRIES; e++) {
      const start = new Date(Date.UTC(2024, 5, 19, 8, 0, 0) + e * 6 * 60_000).toISOString().slice(0, 16);
      const at = new Date(Date.parse(`${start}:00Z`) + 7 * 3600_000).toISOString();
      doc.entries.push(Entry.parse({ id: `n${e}`, kind: 'note', start, title: `Note ${e}`, body: `What I saw at ${e}.`, tags: [], createdAt: at, updatedAt: at }));
      for (let k = 0; k < PER_ENTRY; k++) {
        const i = e * PER_ENTRY + k;
        const wall = `${start}:${String(10 + k).padStart(2, '0')}`;
        const taken = new Date(Date.parse(`${wall}Z`) + 7 * 3600_000).toISOString();
        writeFileSync(path.join(harness.libraryDir, `media/thumbs/t${i}.jpg`), thumb);
        doc.photos.push(Photo.parse({
          id: `ph${i}`, sha256: i.toString(16).padStart(64, 'd'), file: `media/originals/o${i}.jpg`, thumb: `media/thumbs/t${i}.jpg`, display: `media/originals/o${i}.jpg`,
          originalName: `IMG_${i}.JPG`, mime: 'image/jpeg', bytes: 4_000_000, width: 4000, height: 3000,
          capture: { source: 'exif-offset', raw: wall, wallClock: wall, offset: '-07:00', originalInstant: taken },
          takenAt: taken, localTime: wall, day: '2024-06-19', entryId: `n${e}`, importedAt: taken,
        }));
      }
    }
  });
  await harness.library!.flush();
  return tripId;
}

test('a 90-entry part’s preview fetches the thumbnails near the view, and the rest as they scroll in', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const tripId = await busyDay(harness);
  expect((await harness.invoke('series.create', { tripId, title: 'Seattle', start: 'suggestion' })).ok).toBe(true);
  const media: string[] = [];
  page.on('request', (request) => {
    const url = decodeURIComponent(request.url());
    if (url.includes('/__media/') || url.startsWith('proceedings-media:')) media.push(url);
  });
  await page.reload();
  await new TripsPage(page).openTrip(TITLE);
  const series = new SeriesPage(page);
  await series.open();
  await series.panel('Preview');
  await new SeriesPublishPage(page).previewPage(/^2\. /).click();
  const doc = page.frameLocator('iframe.preview-frame');
  await expect(doc.getByRole('heading', { name: /Note 0\b/ })).toBeVisible();
  const all = ENTRIES * PER_ENTRY;
  await expect(doc.locator('img')).toHaveCount(all);
  // The first images arrive, and they are the thumbnails; the page is laid out at the exported size before they do.
  await expect(doc.locator('img[src]').first()).toBeVisible();
  await expect.poll(() => media.length).toBeGreaterThan(0);
  await page.waitForTimeout(1_000);
  const first = [...media];
  expect(first.every((url) => url.includes('media/thumbs/')), first.join('\n')).toBe(true);
  expect(first.length).toBeLessThan(30);
  const box = await doc.locator('img').first().boundingBox();
  expect(box!.width / box!.height).toBeCloseTo(4 / 3, 1);

  // Scrolled to the end: the last photos load, the ones scrolled past in between never did.
  await page.locator('iframe.preview-frame').evaluate((frame: HTMLIFrameElement) => frame.contentWindow!.scrollTo(0, frame.contentDocument!.body.scrollHeight));
  await expect.poll(() => media.some((url) => url.endsWith(`media/thumbs/t${all - 1}.jpg`))).toBe(true);
  await expect.poll(() => doc.locator('img').last().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(400);
  expect(media.length).toBeLessThan(all / 2);
  expect(media.every((url) => url.includes('media/thumbs/'))).toBe(true);
});
