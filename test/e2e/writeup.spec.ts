import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { F, fixturePaths, photoFixtures } from '../fixtures/photos/make-fixtures';
import { expect, test, type Harness } from './fixtures';
import { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';
import { JournalPage } from './pages/JournalPage';
import { PhotosPage } from './pages/PhotosPage';
import { SearchPage } from './pages/SearchPage';
import { SeriesPage } from './pages/SeriesPage';
import { SeriesPublishPage } from './pages/SeriesPublishPage';

/**
 * Issue #15: an attendee writes up Monday of ECCV 2022 in the evening, after the
 * trip, from the keyboard: quick capture, a pasted paper link, notes with math,
 * a poster's Q&A, search, delete and undo. Then the day's photos are imported
 * and shown where they landed, the series is arranged and published, and the
 * result opened. Axe runs on every screen (light and dark, English and Korean)
 * and each main screen is photographed at 1024×700 and 1600×1000 in both themes.
 */

const TRIP = { title: 'Tel Aviv and ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-23', end: '2022-10-27' };
const TALK = 'RAFT: Recurrent All-Pairs Field Transforms';
const NOTES = 'Flow as a fixed point: $f_{k+1} = f_k + \\Delta f_k$, with cost volume $C(x, y) = \\langle g(x), g(y) \\rangle$.';

type Doc = { entries: { id: string; kind: string; title: string; start: string; end?: string; paperId?: string; qa?: { question: string; answer: string }[] }[]; papers: { id: string; title: string }[] };

async function tripDoc(harness: Harness): Promise<Doc> {
  const trips = (await harness.invoke('trips.list', {})).value as { id: string }[];
  return (await harness.invoke('trips.get', { tripId: trips[0]!.id })).value as Doc;
}

test.describe('writing up a day afterwards', () => {
  test.describe.configure({ timeout: 600_000 });

  test('by keyboard: capture, paper, math notes, Q&A, search, delete and undo; photos land; the series is published and opened', async ({ page, harness }) => {
    const shell = new AppShell(page);
    const journal = new JournalPage(page);
    const editor = new EditorPage(page);
    const search = new SearchPage(page);
    const photos = new PhotosPage(page);
    const series = new SeriesPage(page);
    const publish = new SeriesPublishPage(page);
    const fixtures = await photoFixtures();

    await test.step('the trip form fits a 700 px laptop screen', async () => {
      await shell.checkA11y('trip list');
      await page.getByRole('button', { name: 'New trip' }).first().focus();
      await page.keyboard.press('Enter');
      const form = page.getByRole('form', { name: 'New trip' });
      await expect(form.getByLabel('Title')).toBeFocused();
      await expect(form.getByLabel('Conference')).toHaveAttribute('placeholder', 'e.g. ECCV 2022');
      await page.keyboard.type(TRIP.title);
      await form.getByLabel('Conference').fill(TRIP.conference);
      await form.getByLabel('City').fill(TRIP.city);
      await expect(form.getByLabel('Venue time zone')).toHaveValue('Asia/Jerusalem');
      await form.getByLabel('Home time zone').fill('Asia/Seoul');
      await form.getByLabel('First day').fill(TRIP.start);
      await form.getByLabel('Last day').fill(TRIP.end);
      await form.getByLabel('Travel days before').fill('1');
      await page.setViewportSize({ width: 1024, height: 700 });
      const save = form.getByRole('button', { name: 'Create trip' });
      await expect(save).toBeInViewport();
      await page.setViewportSize({ width: 1280, height: 820 });
      await shell.screenshots('trip-form', 'writeup-trip-form');
      await shell.checkA11y('trip form');
      await save.focus();
      await page.keyboard.press('Enter');
      await expect(journal.day('2022-10-23')).toHaveAttribute('aria-selected', 'true');
    });

    await test.step('a talk by Ctrl+Shift+T on Monday, its paper pasted, its notes with math by Ctrl+J', async () => {
      await journal.day('2022-10-23').focus();
      await page.keyboard.press('ArrowRight');
      await expect(journal.day('2022-10-24')).toHaveAttribute('aria-selected', 'true');
      // On a 1024×700 laptop screen the header, quick capture and day strip leave most of the height to the day.
      await page.setViewportSize({ width: 1024, height: 700 });
      const strip = (await journal.dayStrip.boundingBox())!;
      console.log(`1024×700: day strip ends at ${Math.round(strip.y + strip.height)} px`);
      expect(strip.y + strip.height).toBeLessThan(200);
      const addButtons = page.getByRole('group', { name: 'Add', exact: true }).getByRole('button');
      const rows = new Set(await addButtons.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))));
      expect(rows.size).toBe(2); // 4 + 4, never "Note" alone on a row
      await page.setViewportSize({ width: 1280, height: 820 });
      await page.keyboard.press('Control+Shift+T');
      await expect(editor.root).toHaveAccessibleName('Edit talk');
      await expect(editor.title).toBeFocused();
      // The link pasted into the empty title attaches the paper; the title is typed after it.
      await editor.paste(editor.title, 'https://arxiv.org/abs/2003.12039v3');
      await expect(editor.paperGroup).toContainText('arxiv:2003.12039');
      await page.keyboard.type(TALK);
      // Day, then Start and End: one Tab stop each, 24-hour.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(editor.field('Start')).toBeFocused();
      await expect(editor.field('Start')).toHaveValue('09:00'); // an empty past day starts at 09:00, not at the clock's time
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1030');
      await page.keyboard.press('Tab');
      await expect(editor.field('Start')).toHaveValue('10:30');
      await page.keyboard.type('10:50');
      await page.keyboard.press('Control+J');
      await expect(editor.field('Notes')).toBeFocused();
      await page.keyboard.type(NOTES);
      await expect(editor.preview.locator('.katex')).toHaveCount(2);
      await editor.saved();
      const doc = await tripDoc(harness);
      const talk = doc.entries.find((e) => e.kind === 'talk')!;
      expect(talk).toMatchObject({ title: TALK, start: '2022-10-24T10:30', end: '2022-10-24T10:50' });
      // The paper linked before the title was typed took the talk's title.
      expect(doc.papers.find((p) => p.id === talk.paperId)!.title).toBe(TALK);
    });

    await test.step('a poster by Ctrl+Shift+P lands after the talk, and its Q&A is typed with Enter', async () => {
      await page.keyboard.press('Control+Shift+P');
      await expect(editor.root).toHaveAccessibleName('Edit poster');
      await expect(editor.title).toBeFocused();
      await page.keyboard.type('RAFT poster, board 12');
      await shell.tabTo(editor.root.getByRole('button', { name: 'Add question' }));
      await page.keyboard.press('Enter');
      await expect(editor.question(1)).toBeFocused();
      await page.keyboard.type('왜 GRU를 쓰나요?');
      await page.keyboard.press('Enter');
      await expect(editor.answer(1)).toBeFocused();
      await page.keyboard.type('Memory across iterations; $k = 12$ updates at test time.');
      await page.keyboard.press('Enter');
      await expect(editor.question(2)).toBeFocused();
      await page.keyboard.type('Speed?');
      await editor.saved();
      const poster = (await tripDoc(harness)).entries.find((e) => e.kind === 'poster')!;
      expect(poster.start).toBe('2022-10-24T10:50');
      expect(poster.qa!.map((q) => q.question)).toEqual(['왜 GRU를 쓰나요?', 'Speed?']);
      await expect(journal.timeline.getByRole('button')).toHaveText([/^10:30–10:50.*RAFT: Recurrent/, /^10:50.*RAFT poster/]);
    });

    await test.step('a booth by Ctrl+Shift+B, deleted; focus goes to the timeline; Ctrl+Z brings it back', async () => {
      await page.keyboard.press('Control+Shift+B');
      await expect(editor.root).toHaveAccessibleName('Edit booth');
      await page.keyboard.type('Mobileye');
      await editor.saved();
      await shell.tabTo(editor.root.getByRole('button', { name: 'Delete' }), { back: true });
      await page.keyboard.press('Enter');
      await expect(journal.item('RAFT poster')).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: 'Booth deleted.' })).toBeVisible();
      await shell.checkA11y('journal after a delete');
      await page.keyboard.press('Control+Z');
      await expect(editor.root).toHaveAccessibleName('Edit booth');
      await expect(editor.title).toBeFocused();
      await expect(editor.title).toHaveValue('Mobileye');
      // The stale "deleted · Undo" notice is gone; the confirmation follows a switch to Korean.
      await expect(page.getByRole('status').filter({ hasText: 'Booth deleted.' })).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: 'Entry restored.' })).toBeVisible();
      await shell.setLanguage('ko');
      await expect(page.getByRole('status').filter({ hasText: '항목을 되살렸습니다.' })).toBeVisible();
      await shell.setLanguage('en');
    });

    await test.step('search from a text field opens the match with the cursor in the matching field', async () => {
      await expect(editor.title).toBeFocused();
      await search.open();
      await page.keyboard.type('fixed point');
      const hit = search.options.first();
      await expect(hit).toContainText(TALK);
      // The snippet shows typeset math, not backslashes.
      await expect(hit.locator('.katex').first()).toBeVisible();
      await expect(hit.locator('.search-hit-snippet .snippet-math')).toHaveCount(2);
      expect((await hit.locator('.search-hit-snippet > span:not(.snippet-math)').allInnerTexts()).join('')).not.toContain('\\');
      await shell.checkA11y('search dialog');
      await shell.screenshots('search', 'writeup-search');
      await page.keyboard.press('Enter');
      await expect(search.dialog).toBeHidden();
      await expect(editor.root).toHaveAccessibleName('Edit talk');
      await expect(editor.field('Notes')).toBeFocused();
      // The caret sits before the match, nothing selected: typing adds to the notes, never replaces them.
      await expect.poll(() => editor.field('Notes').evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([NOTES.indexOf('fixed point'), NOTES.indexOf('fixed point')]);
      await shell.checkA11y('journal with the talk open', { all: true });
      await shell.screenshots('journal', 'writeup-journal');
    });

    await test.step('the Papers view names the pasted paper after its talk', async () => {
      await shell.openTab(/^Papers$/);
      await expect(page.getByRole('article', { name: TALK })).toBeVisible();
      await expect(page.getByText('Untitled paper')).toHaveCount(0);
      await shell.checkA11y('papers');
    });

    await test.step('imported photos: the Photos tab goes to the day that got them and says where they landed', async () => {
      await shell.openTab(/^Photos$/);
      await journal.page.getByRole('button', { name: 'Add photos' }).focus();
      harness.nextFiles = fixturePaths(fixtures, F.phoneTalk, F.sonyTalk, F.hangul, F.phoneDinner);
      await page.keyboard.press('Enter');
      await expect(photos.importPanel.getByRole('status')).toHaveText('Import finished: 4 files handled.');
      await expect(photos.day(/2022-10-24/)).toHaveAttribute('aria-selected', 'true');
      await expect(photos.importPanel.getByLabel('Where the photos landed')).toHaveText(/^4 on Mon 2022-10-24( · [1-4] unsorted)?$/);
      await expect(photos.tile(F.phoneTalk)).toBeVisible();
      await shell.checkA11y('photos');
      await shell.screenshots('photos', 'writeup-photos');
    });

    const out = mkdtempSync(path.join(os.tmpdir(), 'proceedings-writeup-'));
    await test.step('the series: from the suggestion, a part renamed, previewed with its digest', async () => {
      await shell.openTab(/^Series$/);
      await expect(page.getByRole('heading', { name: 'No series yet' })).toBeVisible();
      await shell.checkA11y('series, none yet');
      await page.getByRole('button', { name: 'Start from suggestion' }).focus();
      await page.keyboard.press('Enter');
      await series.suggestion.getByLabel('Series title').fill('텔 아비브와 ECCV 2022 여행기');
      await series.suggestion.getByRole('button', { name: 'Keep this arrangement' }).focus();
      await page.keyboard.press('Enter');
      await expect(series.parts.locator(':scope > li')).toHaveCount(6);
      // Once a series exists, starting another one is a side option, not the page's first buttons.
      await expect(page.getByRole('button', { name: 'Start from suggestion' })).toBeHidden();
      await series.partTitle(3).fill('RAFT와 포스터');
      await series.partTitle(3).press('Enter');
      await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
      await shell.checkA11y('series arrange');
      await series.panel('Preview');
      await expect(publish.previewPage('Papers I saw')).toBeVisible();
      await shell.checkA11y('series preview');
    });

    await test.step('published as HTML with the digest the preview showed, then opened', async () => {
      await series.panel('Publish');
      await expect(publish.form.getByRole('checkbox', { name: /papers digest/ })).toBeChecked();
      harness.nextFolder = out;
      await publish.chooseFolder();
      await publish.form.getByRole('button', { name: 'Publish' }).focus();
      await page.keyboard.press('Enter');
      await expect(publish.report).toBeVisible({ timeout: 60_000 });
      const open = publish.report.getByRole('button', { name: 'Open index.html' });
      await expect(open).toBeFocused();
      // Styles and KaTeX's fonts are counted apart from the pages and photos.
      await expect(publish.report.getByRole('definition').nth(1)).not.toHaveText('0');
      await shell.checkA11y('series published');
      await shell.screenshots('published', 'writeup-published');
      await page.keyboard.press('Enter');
      await publish.report.getByRole('button', { name: 'Show in folder' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => harness.openedExports).toEqual([`open:${path.join(out, 'index.html')}`, `show:${path.join(out, 'index.html')}`]);
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('텔 아비브와 ECCV 2022 여행기');
    });

    await test.step('the published site, opened in the browser', async () => {
      const site = await page.context().newPage();
      await site.goto(`file://${path.join(out, 'index.html')}`);
      await expect(site.getByRole('link', { name: /RAFT와 포스터/ }).first()).toBeVisible();
      await site.screenshot({ path: test.info().outputPath('site-index.png') });
      await site.close();
    });

    console.log(`axe: ${shell.checked.length} checks in ${shell.seconds.toFixed(1)} s, findings: ${JSON.stringify(shell.findings, null, 1)}`);
    expect(shell.findings, `axe findings on ${shell.checked.length} screen/theme/language checks`).toEqual([]);
    test.info().annotations.push({ type: 'axe', description: `${shell.checked.length} checks, 0 serious or moderate` });
  });
});
