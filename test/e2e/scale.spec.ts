import { Photo } from '../../electron/shared/schemas/photo';
import { expect, test, type Harness } from './fixtures';
import { MapPage } from './pages/MapPage';
import { SeriesPage } from './pages/SeriesPage';
import { TripsPage } from './pages/TripsPage';

/** Issue #16: views that once drew one element per photo of a big trip draw what is asked for or in view. */
const TITLE = 'ICCV 2023 Paris';

/** A one-day trip (plus a travel day) with `count` photo records sharing one path, each with a place in Paris. */
async function bigTrip(harness: Harness, count: number): Promise<string> {
  const created = await harness.invoke('trips.create', {
    title: TITLE, city: 'Paris', start: '2023-10-02', end: '2023-10-02', timeZone: 'Europe/Paris', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1,
  });
  const tripId = (created.value as { id: string }).id;
  await harness.library!.mutate(tripId, (doc) => {
    for (let i = 0; i < count; i++) {
      const wall = new Date(Date.UTC(2023, 9, 2, 8, 0, 0) + i * 20_000).toISOString().slice(0, 19);
      const taken = new Date(Date.parse(`${wall}Z`) - 2 * 3600_000).toISOString();
      doc.photos.push(Photo.parse({
        id: `ph${i}`, sha256: i.toString(16).padStart(64, 'c'), file: 'media/originals/none.jpg', thumb: null, display: null,
        originalName: `IMG_${String(i).padStart(4, '0')}.JPG`, mime: 'image/jpeg', bytes: 1000,
        capture: { source: 'exif-offset', raw: wall, wallClock: wall, offset: '+02:00', originalInstant: taken },
        takenAt: taken, localTime: wall, day: '2023-10-02', gps: { lat: 48.85 + i / 5000, lng: 2.35 + (i % 37) / 3000 }, importedAt: taken,
      }));
    }
  });
  await harness.library!.flush();
  return tripId;
}

test.describe('a big trip', () => {
  test('the whole-trip map lists 400 pins but puts only those in view in the page', async ({ page, harness }) => {
    await bigTrip(harness, 400);
    await page.reload();
    await new TripsPage(page).openTrip(TITLE);
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('checkbox', { name: 'Whole trip' }).check();
    const list = page.getByRole('region', { name: 'In time order' }).getByRole('list');
    await expect(list.getByRole('button', { name: /IMG_0000\.JPG/ })).toBeVisible();
    const rows = list.locator(':scope > li');
    await expect(rows.first()).toHaveAttribute('aria-setsize', '400');
    expect(await rows.count()).toBeLessThan(100);
    // Scrolled to the end, the last pin is there (and the first is not).
    await page.locator('.map-side').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(list.getByRole('button', { name: /IMG_0399\.JPG/ })).toBeVisible();
    await expect(list.locator('li[aria-posinset="400"]')).toHaveCount(1);
    await expect(list.getByRole('button', { name: /IMG_0000\.JPG/ })).toHaveCount(0);
  });

  test('a part’s cover is picked from thumbnails shown on demand, 60 at a time', async ({ page, harness }) => {
    const tripId = await bigTrip(harness, 150);
    expect((await harness.invoke('series.create', { tripId, title: 'Paris' })).ok).toBe(true);
    await page.reload();
    await new TripsPage(page).openTrip(TITLE);
    await new SeriesPage(page).open();
    const cover = page.getByRole('group', { name: 'Cover photo of part 2' });
    await expect(cover).toContainText('No cover');
    // Nothing of the 150 photos is in the page until the picker opens.
    await expect(page.getByRole('list', { name: 'Photos for the cover of part 2' })).toHaveCount(0);
    const choose = cover.getByRole('button', { name: 'Choose cover… of part 2' });
    await choose.click();
    await expect(choose).toHaveAttribute('aria-expanded', 'true');
    const grid = page.getByRole('list', { name: 'Photos for the cover of part 2' });
    await expect(grid.getByRole('button')).toHaveCount(61); // "No cover" and the first 60
    await cover.getByRole('button', { name: 'Show more photos (90 left)' }).click();
    await expect(grid.getByRole('button')).toHaveCount(121);
    await grid.getByRole('button', { name: /IMG_0100\.JPG/ }).click();
    await expect(grid).toHaveCount(0);
    await expect(cover).toContainText('IMG_0100.JPG');
    await expect.poll(async () => {
      const listed = await harness.invoke('series.list', { tripId });
      return (listed.value as { series: { parts: { coverPhotoId?: string }[] } }[])[0]!.series.parts[1]!.coverPhotoId;
    }).toBe('ph100');
    // And cleared again.
    await choose.click();
    await page.getByRole('list', { name: 'Photos for the cover of part 2' }).getByRole('button', { name: 'No cover' }).click();
    await expect(cover).toContainText('No cover');
  });
});
