import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Harness } from './fixtures';
import { SeriesPage } from './pages/SeriesPage';
import { SeriesPublishPage } from './pages/SeriesPublishPage';
import { TripsPage } from './pages/TripsPage';

const TRIP_TITLE = '텔 아비브와 ECCV 2022';
const SERIES_TITLE = '텔 아비브와 ECCV 2022 여행기';

async function ok<T>(harness: Harness, method: string, payload: unknown): Promise<T> {
  const result = await harness.invoke(method, payload);
  expect(result.ok, `${method}: ${result.error?.message}`).toBe(true);
  return result.value as T;
}

/** A five-day ECCV trip: travel days around three conference days, each with something in it. */
async function seedTrip(harness: Harness): Promise<{ tripId: string; posterId: string }> {
  const trip = await ok<{ id: string }>(harness, 'trips.create', {
    title: TRIP_TITLE, conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-26',
    timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1, travelDaysAfter: 1,
  });
  const entries = [
    { kind: 'travel', start: '2022-10-23T09:00', title: 'ICN → TLV', from: 'Incheon', to: 'Tel Aviv', carrier: 'KE' },
    { kind: 'talk', start: '2022-10-24T10:30', title: 'Masked Autoencoders Are Scalable Vision Learners', format: 'oral', session: 'Oral 1.A', paperLink: 'https://arxiv.org/abs/2111.06377' },
    { kind: 'meal', start: '2022-10-24T20:00', title: '야파의 후무스 저녁', meal: 'dinner', dish: 'Hummus', rating: 5 },
    { kind: 'poster', start: '2022-10-25T11:00', title: 'Poster: open-vocabulary detection', board: '42', qa: [{ question: 'Does it work on video?', answer: 'Frame by frame, yes.' }] },
    { kind: 'note', start: '2022-10-26T18:00', title: '마지막 날 메모', body: 'Closing and the beach.' },
    { kind: 'travel', start: '2022-10-27T13:00', title: 'TLV → ICN', from: 'Tel Aviv', to: 'Incheon' },
  ];
  const ids: string[] = [];
  for (const entry of entries) ids.push((await ok<{ entry: { id: string } }>(harness, 'entries.create', { tripId: trip.id, entry })).entry.id);
  return { tripId: trip.id, posterId: ids[3]! };
}

type Stored = { series: { title: string; parts: { title: string; sections: { type: string; date?: string; entryId?: string }[] }[] } };
const storedDays = async (harness: Harness, tripId: string) => {
  const [view] = await ok<Stored[]>(harness, 'series.list', { tripId });
  return view!.series.parts.map((p) => p.sections.map((s) => s.date ?? s.entryId));
};

test.describe('series', () => {
  let outRoot: string;
  test.beforeEach(() => {
    outRoot = mkdtempSync(path.join(os.tmpdir(), 'proceedings-e2e-series-out-'));
  });
  test.afterEach(() => rmSync(outRoot, { recursive: true, force: true }));

  test('builds a series from the suggestion, rearranges it, previews a part and publishes it', async ({ page, harness }) => {
    // One user journey through every panel; generous because CI machines run the specs in parallel.
    test.setTimeout(180_000);
    const { tripId, posterId } = await seedTrip(harness);
    await page.reload();
    await new TripsPage(page).openTrip(TRIP_TITLE);
    const series = new SeriesPage(page);
    const publish = new SeriesPublishPage(page);
    await series.open();
    await expect(page.getByRole('heading', { name: 'No series yet' })).toBeVisible();

    // The suggestion is shown first and stored only when kept.
    await page.getByRole('button', { name: 'Start from suggestion' }).click();
    await expect(series.suggestion.getByRole('list', { name: 'Suggested parts' }).locator(':scope > li')).toHaveCount(5);
    expect(await ok<unknown[]>(harness, 'series.list', { tripId })).toEqual([]);
    await series.suggestion.getByLabel('Series title').fill(SERIES_TITLE);
    await series.suggestion.getByRole('button', { name: 'Keep this arrangement' }).click();
    await expect(series.parts.locator(':scope > li')).toHaveCount(5);
    await expect(series.partTitle(1)).toHaveAttribute('placeholder', `${SERIES_TITLE} 1`);
    await expect(series.sections(2).getByText('2 entries')).toBeVisible();
    expect(await storedDays(harness, tripId)).toEqual([['2022-10-23'], ['2022-10-24'], ['2022-10-25'], ['2022-10-26'], ['2022-10-27']]);

    // Keyboard drag and drop: the 25th goes up into part 2, before the 24th.
    await series.keyboardDrag('Tue 2022-10-25', ['ArrowUp']);
    await expect.poll(() => series.sectionNames(2)).toEqual(['Tue 2022-10-25', 'Mon 2022-10-24']);
    await expect(series.handle('Tue 2022-10-25')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    expect(await storedDays(harness, tripId)).toEqual([['2022-10-23'], ['2022-10-25', '2022-10-24'], [], ['2022-10-26'], ['2022-10-27']]);

    // The explicit buttons do the same without dragging: down one step, then "Move to…" part 3.
    await page.getByRole('button', { name: 'Move Tue 2022-10-25 down', exact: true }).click();
    await expect.poll(() => series.sectionNames(2)).toEqual(['Mon 2022-10-24', 'Tue 2022-10-25']);
    await series.moveTo('Tue 2022-10-25', 3);
    await expect.poll(() => series.sectionNames(3)).toEqual(['Tue 2022-10-25']);

    // Pointer drag: the 26th (part 4) onto the 25th in part 3, taking its place.
    await series.pointerDrag('Wed 2022-10-26', series.row('Tue 2022-10-25'));
    await expect.poll(() => series.sectionNames(3)).toEqual(['Wed 2022-10-26', 'Tue 2022-10-25']);
    await expect(series.sections(4).getByText(/Empty/)).toBeVisible();

    // Remove the empty part; removing a full one puts its day under "Not in any part", from where it comes back.
    await page.getByRole('button', { name: 'Remove part 4', exact: true }).click();
    await expect(series.parts.locator(':scope > li')).toHaveCount(4);
    await page.getByRole('button', { name: 'Remove part 4', exact: true }).click();
    await expect(series.unplaced.getByText('Thu 2022-10-27')).toBeVisible();
    // Its entry is listed under it: placing the day places the entry too.
    await expect(series.unplaced.locator('li.nested').filter({ hasText: 'TLV → ICN' })).toBeVisible();
    await page.getByRole('button', { name: 'Add to… Thu 2022-10-27' }).click();
    await page.getByRole('menuitem', { name: /^Part 3 · / }).click();
    await expect.poll(() => series.sectionNames(3)).toEqual(['Wed 2022-10-26', 'Tue 2022-10-25', 'Thu 2022-10-27']);
    await expect(series.unplaced.getByText('Everything is in a part.')).toBeVisible();

    // Rename part 1 (Hangul); the default title stays as the placeholder.
    await series.partTitle(1).fill('서울에서 텔 아비브로');
    await series.partTitle(1).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await expect.poll(async () => (await ok<Stored[]>(harness, 'series.list', { tripId }))[0]!.series.parts[0]!.title).toBe('서울에서 텔 아비브로');
    expect(await storedDays(harness, tripId)).toEqual([['2022-10-23'], ['2022-10-24'], ['2022-10-26', '2022-10-25', '2022-10-27']]);

    // One entry of a day gets a part of its own: the poster leaves the 25th for a new part 4.
    await page.getByRole('button', { name: '+ Add part' }).click();
    await expect(series.parts.locator(':scope > li')).toHaveCount(4);
    await page.getByRole('button', { name: 'Entries of Tue 2022-10-25' }).click();
    const posterName = 'Poster: open-vocabulary detection';
    await page.getByRole('list', { name: 'Entries of Tue 2022-10-25' }).getByRole('button', { name: `Move to… ${posterName}` }).click();
    await page.getByRole('menuitem', { name: /^Part 4 · / }).click();
    await expect.poll(() => series.sectionNames(4)).toEqual([posterName]);
    await expect(series.sections(3).getByText('0 entries')).toBeVisible();
    await series.partTitle(4).fill('포스터 세션');
    await series.partTitle(4).blur();
    await expect.poll(() => storedDays(harness, tripId)).toEqual([['2022-10-23'], ['2022-10-24'], ['2022-10-26', '2022-10-25', '2022-10-27'], [posterId]]);
    await series.screenshot(test.info().outputPath('series-arrange.png'));

    // Preview part 2: the sandboxed page shows the series navigation and the day's entries.
    await series.panel('Preview');
    await publish.previewPage(new RegExp(`^2\\. ${SERIES_TITLE} 2$`)).click();
    const frame = publish.previewFrame;
    // No scripts in the preview: same-origin only lets the app set image sources as they scroll into view.
    await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin');
    await expect(frame).toHaveAttribute('title', `Preview of ${SERIES_TITLE} 2`);
    const doc = page.frameLocator('iframe.preview-frame');
    await expect(doc.getByRole('heading', { name: 'Masked Autoencoders Are Scalable Vision Learners' })).toBeVisible();
    await expect(doc.getByText('야파의 후무스 저녁')).toBeVisible();
    await expect(doc.getByRole('link', { name: '서울에서 텔 아비브로' }).first()).toBeVisible();
    await expect(doc.getByRole('link', { name: `${SERIES_TITLE} 3` }).first()).toBeVisible();
    // The talk's heading links to its arXiv paper.
    await expect(doc.getByRole('link', { name: /Masked Autoencoders/ })).toHaveAttribute('href', /arxiv\.org\/abs\/2111\.06377/);
    await series.screenshot(test.info().outputPath('series-preview.png'));

    // Publish as HTML, then as Hugo, each into a folder chosen in the (fake) system dialog.
    await series.panel('Publish');
    await expect(publish.form.getByRole('button', { name: 'Publish' })).toBeDisabled();
    const htmlDir = path.join(outRoot, 'html');
    harness.nextFolder = htmlDir;
    await publish.chooseFolder();
    await expect(publish.form.getByText(htmlDir)).toBeVisible();
    await expect(publish.form.getByLabel('Long edge of photos (px)')).toHaveValue('1600');
    await expect(publish.form.getByLabel('Keep capture date in photos')).not.toBeChecked();
    // The trip has papers: the digest the preview lists is included by default.
    await expect(publish.form.getByLabel(/Add the papers digest/)).toBeChecked();
    await publish.publish();
    const htmlFiles = await publish.reportedFiles();
    expect(htmlFiles).toHaveLength(5); // four parts and the digest
    for (const file of [...htmlFiles, 'index.html']) expect(existsSync(path.join(htmlDir, file)), file).toBe(true);
    expect(readFileSync(path.join(htmlDir, htmlFiles[0]!), 'utf8')).toContain('서울에서 텔 아비브로');
    await expect(publish.report.getByText('Pages and photos written')).toBeVisible();
    await expect(publish.report.getByRole('button', { name: 'Open index.html' })).toBeFocused();
    await series.screenshot(test.info().outputPath('series-export.png'));

    const hugoDir = path.join(outRoot, 'hugo');
    harness.nextFolder = hugoDir;
    await publish.chooseFolder();
    await publish.form.getByRole('radio', { name: /Hugo/ }).check();
    await publish.publish();
    const hugoFiles = await publish.reportedFiles();
    expect(hugoFiles).toHaveLength(5);
    for (const file of hugoFiles) {
      expect(file).toMatch(/index\.md$/);
      expect(existsSync(path.join(hugoDir, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(hugoDir, hugoFiles[1]!), 'utf8')).toContain('Masked Autoencoders Are Scalable Vision Learners');

    // The same screens in the dark theme (the preview stays a white page: it is what readers see).
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await series.screenshot(test.info().outputPath('series-export-dark.png'));
    await series.panel('Arrange');
    await page.getByRole('button', { name: 'Entries of Mon 2022-10-24' }).click();
    await expect(page.getByRole('list', { name: 'Entries of Mon 2022-10-24' }).getByRole('listitem')).toHaveCount(2);
    await series.screenshot(test.info().outputPath('series-arrange-dark.png'));
  });

  test('a refused folder offers Overwrite after a confirmation; Korean UI previews in Korean', async ({ page, harness }) => {
    test.setTimeout(120_000);
    const { tripId } = await seedTrip(harness);
    await ok(harness, 'series.create', { tripId, title: SERIES_TITLE, start: 'suggestion' });
    await page.reload();
    await new TripsPage(page).openTrip(TRIP_TITLE);
    const series = new SeriesPage(page);
    const publish = new SeriesPublishPage(page);
    await series.open();
    await series.panel('Publish');

    const foreign = path.join(outRoot, 'my-notes');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'todo.txt'), 'not an export');
    harness.nextFolder = foreign;
    await publish.chooseFolder();
    await publish.form.getByRole('radio', { name: /Markdown folder/ }).check();
    await publish.form.getByLabel(/Add the papers digest/).uncheck();
    await publish.publish();
    const alert = page.getByRole('alert').filter({ hasText: 'is not empty and is not a previous export' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Overwrite…' }).click();
    await alert.getByRole('group', { name: 'Confirm overwriting' }).getByRole('button', { name: 'Overwrite and publish' }).click();
    const files = await publish.reportedFiles();
    expect(files.length).toBe(5);
    for (const file of files) expect(existsSync(path.join(foreign, file)), file).toBe(true);
    expect(readFileSync(path.join(foreign, 'todo.txt'), 'utf8')).toBe('not an export');

    // The export's own words follow the UI language.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('tab', { name: '미리 보기', exact: true }).click();
    await page.getByRole('button', { name: /^2\. / }).click();
    const doc = page.frameLocator('iframe.preview-frame');
    await expect(doc.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(doc.getByText(/\d일차/).first()).toBeVisible();
    await page.getByRole('tab', { name: '구성', exact: true }).click();
    await expect(page.getByRole('heading', { name: '어느 편에도 없음' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '1편 제목' })).toHaveAttribute('placeholder', `${SERIES_TITLE} 1`);
  });

  test('a story-style series with its own words: preview without clock times, empty part warned about and left out', async ({ page, harness }) => {
    test.setTimeout(120_000);
    const { tripId } = await seedTrip(harness);
    const created = await ok<{ series: { id: string; parts: { id: string; title: string; sections: unknown[] }[] } }>(harness, 'series.create', { tripId, title: SERIES_TITLE, start: 'suggestion' });
    // An empty part left at the end by mistake.
    const parts = [...created.series.parts.map((p) => ({ id: p.id, title: p.title, sections: p.sections })), { title: '빈 편', sections: [] }];
    await ok(harness, 'series.update', { tripId, seriesId: created.series.id, parts });
    await page.reload();
    await new TripsPage(page).openTrip(TRIP_TITLE);
    const series = new SeriesPage(page);
    const publish = new SeriesPublishPage(page);
    await series.open();

    await publish.seriesIntro.fill('텔 아비브에서 열린 ECCV 2022 참가기.');
    await publish.seriesIntro.blur();
    await publish.style.selectOption('story');
    await publish.postLanguage.selectOption('ko');
    await series.panel('Preview');
    await publish.previewPage(/^2\. /).click();
    const doc = page.frameLocator('iframe.preview-frame');
    await expect(doc.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(doc.getByRole('heading', { name: 'Masked Autoencoders Are Scalable Vision Learners' })).toBeVisible();
    await expect(doc.locator('article')).not.toContainText('10:30');
    await expect(doc.locator('article')).not.toContainText('Oral');
    await publish.previewPage(/^1\. /).click();
    await expect(doc.getByText('텔 아비브에서 열린 ECCV 2022 참가기.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('series-story-preview.png') });

    // Stored on the series: a reload keeps style, language and intro.
    const [stored] = await ok<{ series: { style: string; language: string; intro: string } }[]>(harness, 'series.list', { tripId });
    expect(stored!.series).toMatchObject({ style: 'story', language: 'ko', intro: '텔 아비브에서 열린 ECCV 2022 참가기.' });

    await series.panel('Publish');
    await expect(publish.emptyPartsWarning).toContainText('6: 빈 편');
    await publish.emptyPartsWarning.getByRole('checkbox').check();
    harness.nextFolder = path.join(outRoot, 'story');
    await publish.chooseFolder();
    await publish.form.getByRole('radio', { name: /Markdown folder/ }).check();
    await page.screenshot({ path: test.info().outputPath('series-publish-empty.png') });
    await publish.publish();
    const files = await publish.reportedFiles();
    // Five parts (the empty sixth left out) and the papers digest, which is included when the trip has papers.
    expect(files).toHaveLength(6);
    expect(files.join('\n')).not.toContain('빈-편');
    expect(files.at(-1)).toMatch(/내가-본-논문들\.md$/);
    await expect(publish.report.getByRole('alert')).toContainText('"빈 편" is empty and was left out');
  });
});
