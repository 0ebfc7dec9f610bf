import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { F, fixturePaths, photoFixtures } from '../fixtures/photos/make-fixtures';
import { expect, test, type Harness } from './fixtures';
import { AppShell } from './pages/AppShell';
import { MapPage } from './pages/MapPage';
import { PhotosPage } from './pages/PhotosPage';
import { TripsPage } from './pages/TripsPage';

/**
 * Issue #15 (items 7 and 8) and #11.11 in the Photos feature: ISO day tabs, the
 * layout at 1024×700 with the camera clocks open and on an empty day, a GPX
 * track imported from the app, overlapping pins on the map and a list that says
 * each time once — axe on the Photos view (camera clocks open) and the map.
 */

const TRIP = { title: 'ECCV 2022', conference: 'ECCV', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-26', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul' };
const TRACK = path.resolve('test/fixtures/gpx/2022-10-24_07-59_Mon.gpx');

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element is laid out').not.toBeNull();
  return b!;
}

/** One line of text: no taller than 1.6 times its line's font size (a wrap would double it). */
async function expectOneLine(locator: Locator, what: string): Promise<void> {
  const { height, fontSize } = await locator.evaluate((el) => ({ height: el.getBoundingClientRect().height, fontSize: parseFloat(getComputedStyle(el).fontSize) }));
  expect(height, `${what} stays on one line`).toBeLessThan(fontSize * 1.8);
}

async function tripWithKeynote(page: Page, harness: Harness): Promise<string> {
  await new TripsPage(page).createTrip(TRIP);
  const tripId = ((await harness.invoke('trips.list', {})).value as { id: string }[])[0]!.id;
  const created = await harness.invoke('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T10:50', title: 'Keynote', place: { name: 'Expo Tel Aviv', lat: 32.104, lng: 34.809 } } });
  expect(created.ok).toBe(true);
  await page.getByRole('button', { name: 'Proceedings' }).click();
  await new TripsPage(page).openTrip(TRIP.title);
  return tripId;
}

test.describe('photos: dates, layout, GPX track, map', () => {
  test.describe.configure({ timeout: 300_000 });

  test('ISO day tabs, a tidy 1024×700 layout, a GPX track placing the camera’s photos, grouped pins, axe clean', async ({ page, harness }) => {
    const shell = new AppShell(page);
    const photos = new PhotosPage(page);
    const fixtures = await photoFixtures();
    await tripWithKeynote(page, harness);
    await page.setViewportSize({ width: 1024, height: 700 });
    await photos.open();
    await photos.addPhotos(harness, fixturePaths(fixtures, F.phoneTalk, F.sonyTalk, F.sonyLater, F.phoneDinner, F.hangul));
    await expect(photos.importPanel.getByRole('status')).toHaveText('Import finished: 5 files handled.');

    // Dates as the journal's day strip writes them: the weekday, then the ISO date.
    await expect(photos.day(/2022-10-24/)).toHaveAttribute('aria-selected', 'true');
    await expect(photos.day(/2022-10-24/).locator('.photo-day-date')).toHaveText('Mon 2022-10-24');
    await expect(photos.importPanel.getByLabel('Where the photos landed')).toHaveText(/^5 on Mon 2022-10-24/);
    await photos.importPanel.getByRole('button', { name: 'Close' }).click();

    // 1024×700, camera clocks open: counts on one line, the tiles clear of the next group's heading.
    await photos.openCameraClocks();
    await expect(photos.camera('SONY ILCE-7M3')).toContainText('2 photos');
    for (const count of await page.locator('.photo-day-count').all()) await expectOneLine(count, 'a day tab’s count');
    for (const count of await photos.grid.locator('.section-head-row .muted').all()) await expectOneLine(count, 'a group’s count');
    for (const count of await page.locator('.camera-card .camera-counts').all()) await expectOneLine(count, 'a camera’s counts');
    const headings = await photos.grid.getByRole('heading', { level: 3 }).all();
    expect(headings.length).toBeGreaterThanOrEqual(2);
    for (const heading of headings.slice(1)) {
      const head = await box(heading);
      for (const tile of await photos.grid.locator('.photo-tile').all()) {
        const t = await box(tile);
        // A tile above this heading ends at least 8 px before it (no tile overlaps or touches it).
        if (t.y < head.y) expect(t.y + t.height, 'a thumbnail ends before the next heading').toBeLessThanOrEqual(head.y - 8);
      }
    }
    await shell.checkA11y('photos with camera clocks', { all: true });
    await shell.screenshots('photos-cameras');

    // An empty day: its hint and the "Drop photos here" zone sit under the Unsorted heading, not over it.
    await photos.day(/2022-10-26/).click();
    await expect(page.getByText('No photos on this day.', { exact: false })).toBeVisible();
    const hint = await box(page.locator('.day-empty'));
    const unsorted = await box(photos.sectionHeading('Unsorted'));
    const drop = await box(photos.grid.getByText('Drop photos here').first());
    expect(hint.y + hint.height, 'the hint ends above the grid').toBeLessThanOrEqual(unsorted.y);
    expect(drop.y, 'the drop zone starts below the Unsorted heading').toBeGreaterThanOrEqual(unsorted.y + unsorted.height);
    await shell.screenshots('photos-empty-day');
    await page.setViewportSize({ width: 1024, height: 700 });

    // A GPX track from the phone: main reads the file the chooser returned; the Sony's two photos get a place.
    await photos.day(/2022-10-24/).click();
    harness.nextFiles = [TRACK];
    await page.getByRole('button', { name: 'Import GPX track…' }).click();
    const result = page.getByRole('status', { name: 'GPX track' });
    await expect(result).toHaveText(/^2 photos got an estimated place from 2022-10-24_07-59_Mon\.gpx\./);
    await page.screenshot({ path: test.info().outputPath('photos-gpx-placed.png') });
    // A path the chooser did not return is refused, and the message says what to do.
    const refused = await harness.invoke('photos.geotagFile', { tripId: ((await harness.invoke('trips.list', {})).value as { id: string }[])[0]!.id, path: '/etc/hostname' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/was not chosen in the GPX file chooser/) } });
    // A file that is no track: a clear message in place, nothing lost.
    const notTrack = test.info().outputPath('notes.gpx');
    writeFileSync(notTrack, '<gpx><metadata><name>empty</name></metadata></gpx>');
    harness.nextFiles = [notTrack];
    await page.getByRole('button', { name: 'Import GPX track…' }).click();
    await expect(result).toHaveText(/^The GPX track could not be used: .*“notes\.gpx”: .*no track points with a time/);
    await page.screenshot({ path: test.info().outputPath('photos-gpx-refused.png') });

    // The map: the two estimated places drawn hollow, the overlapping pins grouped, the list saying each time once.
    const map = new MapPage(page);
    await map.open();
    const list = page.getByRole('region', { name: 'In time order' }).getByRole('listitem');
    await expect(list.filter({ hasText: 'Keynote' })).toHaveText('10:30–10:50 Talk: Keynote');
    await expect(list.filter({ hasText: 'DSC00001.JPG' })).toHaveText('16:34 Photo (estimated place): DSC00001.JPG');
    // The Sony's photos: an estimated place, drawn hollow.
    await expect(map.marker('Photo (estimated place): DSC00002.JPG')).toHaveClass(/estimated/);
    // Two groups: the keynote with the Sony's photo taken in it (at the venue), and the iPhone's two photos
    // taken at one spot in town (south-west of the venue, lower on the map). Enter fans the iPhone's out.
    const groups = map.marker('2 pins here, too close to tell apart — press Enter to open');
    await expect(groups).toHaveCount(2);
    await expect(map.marker('Photo: IMG_0001.jpg')).toHaveCount(0);
    // The map may still be fitting its view (Leaflet redraws the groups when a zoom ends): retry until it rests.
    await expect(async () => {
      const [a, b] = [await box(groups.nth(0)), await box(groups.nth(1))];
      await groups.nth(a.y > b.y ? 0 : 1).focus();
      await page.keyboard.press('Enter');
      await expect(map.marker('Photo: IMG_0001.jpg')).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 15_000 });
    await expect(map.marker('Photo: IMG_0002.jpg')).toBeVisible();
    // The fan opens with an animation: its end is what counts.
    const apart = async () => {
      const [one, two] = [await box(map.marker('Photo: IMG_0001.jpg')), await box(map.marker('Photo: IMG_0002.jpg'))];
      return Math.hypot(one.x - two.x, one.y - two.y);
    };
    await expect.poll(apart, { message: 'fanned-out pins no longer overlap' }).toBeGreaterThan(20);
    await page.screenshot({ path: test.info().outputPath('map-fanned-out.png') });
    await map.marker('Photo: IMG_0001.jpg').focus();
    await page.keyboard.press('Enter');
    await expect(photos.viewer).toBeVisible();
    await page.keyboard.press('Escape');
    await shell.checkA11y('map', { all: true });
    await shell.screenshots('map-grouped');
    expect(shell.findings, `axe findings on ${shell.checked.join(', ')}`).toEqual([]);
  });
});
