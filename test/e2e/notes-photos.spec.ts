import { expect, test, type Harness } from './fixtures';
import { F, fixturePaths, photoFixtures } from '../fixtures/photos/make-fixtures';
import { EditorPage } from './pages/EditorPage';
import { JournalPage } from './pages/JournalPage';
import { PhotosPage } from './pages/PhotosPage';
import { TripsPage } from './pages/TripsPage';

const TRIP = { title: 'ECCV 2022', conference: 'ECCV', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-26', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 0, travelDaysAfter: 0 };

async function ok<T>(harness: Harness, method: string, payload: unknown): Promise<T> {
  const result = await harness.invoke(method, payload);
  expect(result.ok, `${method}: ${result.error?.message}`).toBe(true);
  return result.value as T;
}

/** A keynote with the phone photo taken during it (10:34), imported for real. */
async function seed(harness: Harness): Promise<{ tripId: string; photoId: string; entryId: string }> {
  const { id: tripId } = await ok<{ id: string }>(harness, 'trips.create', TRIP);
  const { entry } = await ok<{ entry: { id: string } }>(harness, 'entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T10:50', title: 'Keynote' } });
  const dir = await photoFixtures();
  const { jobId } = await ok<{ jobId: string }>(harness, 'photos.import', { tripId, paths: fixturePaths(dir, F.phoneTalk) });
  await expect.poll(async () => (await ok<{ phase: string }>(harness, 'photos.importStatus', { jobId })).phase, { timeout: 60_000 }).toBe('finished');
  const photos = await ok<{ id: string; entryId: string | null }[]>(harness, 'photos.list', { tripId });
  await ok(harness, 'photos.update', { tripId, photoId: photos[0]!.id, patch: { caption: '기조연설 무대' } });
  return { tripId, photoId: photos[0]!.id, entryId: entry.id };
}

test('a photo goes into the notes at the cursor or where it is dropped, and the preview shows it', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const { photoId } = await seed(harness);
  await page.reload();
  await new TripsPage(page).openTrip(TRIP.title);
  const journal = new JournalPage(page);
  await journal.open(/Keynote/);
  const editor = new EditorPage(page);
  const notes = editor.field(/^(Notes|메모)/);
  await notes.fill('첫 문단.\n\n둘째 문단.');
  await notes.focus();
  await notes.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(5, 5));
  const photos = editor.root.getByRole('group', { name: /Photos to place in the notes/ });
  await photos.getByRole('button', { name: /^Insert photo/ }).click();
  await expect(notes).toHaveValue(new RegExp(`^첫 문단\\.\\n\\n!\\[[^\\]]*\\]\\(photo:${photoId}\\)\\n\\n둘째 문단\\.$`));
  // The notes preview shows the photo itself, from the library.
  await expect(editor.root.getByRole('region', { name: /Preview|미리 보기/ }).locator('img')).toHaveCount(1);
  await editor.saved();

  // Dragging the thumbnail into the notes drops the same reference where the pointer is.
  await notes.fill('끝 문단.');
  await photos.getByRole('button', { name: /^Insert photo/ }).dragTo(notes);
  await expect(notes).toHaveValue(new RegExp(`\\(photo:${photoId}\\)`));
  await editor.saved();
  await page.screenshot({ path: test.info().outputPath('notes-photo.png') });
});

test('the photo viewer puts a photo into its entry\'s notes, once', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const { tripId, photoId, entryId } = await seed(harness);
  await page.reload();
  await new TripsPage(page).openTrip(TRIP.title);
  const photos = new PhotosPage(page);
  await photos.open();
  await photos.tile('기조연설 무대').click();
  await photos.viewer.getByRole('button', { name: 'Insert into notes' }).click();
  await expect(page.getByText('The photo now stands in the entry’s notes')).toBeVisible();
  const body = async () => (await ok<{ entries: { id: string; body: string }[] }>(harness, 'trips.get', { tripId })).entries.find((e) => e.id === entryId)!.body;
  await expect.poll(body).toBe(`![기조연설 무대](photo:${photoId})\n`);
  await photos.viewer.getByRole('button', { name: 'Insert into notes' }).click();
  await expect(page.getByText('This photo is already in the entry’s notes.')).toBeVisible();
  expect(await body()).toBe(`![기조연설 무대](photo:${photoId})\n`);
});
