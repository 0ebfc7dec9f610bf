import { expect, test } from './fixtures';
import { TripsPage } from './pages/TripsPage';

test.describe('app shell', () => {
  test('first start shows an empty state that says what to do', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
    await expect(page.getByText(/Create a trip for your next conference/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('empty-state.png') });
  });

  test('creates a Hangul-titled trip with the venue zone suggested from the city', async ({ page, harness }) => {
    const trips = new TripsPage(page);
    await page.getByRole('button', { name: 'New trip' }).first().click();
    const form = page.getByRole('form', { name: 'New trip' });
    await form.getByLabel('City', { exact: true }).fill('Tel Aviv');
    await expect(form.getByLabel('Venue time zone', { exact: true })).toHaveValue('Asia/Jerusalem');
    await page.screenshot({ path: test.info().outputPath('trip-form.png') });
    await form.getByRole('button', { name: 'Cancel' }).click();
    await trips.createTrip({ title: '텔 아비브와 ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-22', end: '2022-10-28', homeTimeZone: 'Asia/Seoul' });
    await expect(page.getByRole('heading', { name: '텔 아비브와 ECCV 2022' })).toBeVisible();
    const list = await harness.invoke('trips.list', {});
    expect(list.ok).toBe(true);
    expect(list.value).toEqual([expect.objectContaining({ title: '텔 아비브와 ECCV 2022', city: 'Tel Aviv' })]);
  });

  test('a bad payload sent through the bridge is refused and changes nothing', async ({ harness }) => {
    const bad = await harness.invoke('trips.create', { title: '', start: '2022-10-28', end: '2022-10-22', timeZone: 'Mars/Olympus', homeTimeZone: 'Asia/Seoul' });
    expect(bad.ok).toBe(false);
    expect(bad.error?.code).toBe('invalid-input');
    expect(bad.error?.message).toMatch(/title/);
    expect(bad.error?.message).toMatch(/timeZone/);
    const unknown = await harness.invoke('fs.readFile', { path: '/etc/passwd' });
    expect(unknown.ok).toBe(false);
    expect(unknown.error?.message).toMatch(/Unknown request/);
    const list = await harness.invoke('trips.list', {});
    expect(list.value).toEqual([]);
  });
});
