import { readFile } from 'node:fs/promises';
import { shoot } from './support/shoot';
import { expect, test, type Harness } from './fixtures';
import { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';
import { JournalPage } from './pages/JournalPage';
import { PapersLookupPage } from './pages/PapersLookupPage';

/**
 * Issue #13, part 5–6 in the app: a pasted link fills the paper in from the lookup services
 * (a local server in the test process answering in arXiv's and Crossref's formats — nothing
 * reaches the internet), what the writer typed stays theirs, and citations are exported.
 */
const TRIP = { title: 'Tel Aviv and ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-23', end: '2022-10-27', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul' };
const RAFT_TITLE = 'RAFT: Recurrent All-Pairs Field Transforms for Optical Flow';
const TYPED_TITLE = 'RAFT 광류 — 구두 발표';

async function ok<T>(harness: Harness, method: string, payload: unknown): Promise<T> {
  const result = await harness.invoke(method, payload);
  expect(result.error).toBeUndefined();
  return result.value as T;
}

test.describe('papers fill themselves in', () => {
  test('a pasted arXiv link fills the talk\'s paper, the typed title stays, BibTeX is exported; both themes and languages, axe clean', async ({ page, harness }) => {
    test.slow(); // four screenshots and two axe passes
    const trip = await ok<{ id: string }>(harness, 'trips.create', TRIP);
    // Two more papers, by title and by DOI, filled from arXiv's search and from Crossref.
    await ok(harness, 'entries.create', { tripId: trip.id, entry: { kind: 'poster', start: '2022-10-24T15:30', paperTitle: 'Streamable Neural Fields', board: 'P-31' } });
    await ok(harness, 'entries.create', { tripId: trip.id, entry: { kind: 'talk', start: '2022-10-24T16:30', title: 'Instant NGP', paperLink: 'https://doi.org/10.1145/3528223.3530127' } });
    await page.reload();
    await page.getByRole('button', { name: new RegExp(TRIP.title) }).click();

    const journal = new JournalPage(page);
    const editor = new EditorPage(page);
    await journal.selectDay('2022-10-24');
    await journal.add('talk');
    await expect(editor.title).toBeFocused();
    await editor.title.fill(TYPED_TITLE);
    await editor.field('Start').fill('10:30');
    await editor.paste(editor.field('Paper link'), 'https://arxiv.org/abs/2003.12039v2');
    await expect(editor.paperGroup).toContainText('arxiv:2003.12039');
    // The answer arrives as an event: authors, year, abstract and PDF fill in; the typed title is kept.
    const info = editor.root.locator('.paper-lookup');
    await expect(info.locator('.paper-lookup-status')).toContainText('Filled in from arXiv');
    await expect(info.locator('.paper-lookup-title')).toContainText(`${TYPED_TITLE} — Zachary Teed, Jia Deng`);
    await expect(info.locator('.paper-lookup-meta')).toContainText('2020');
    await expect(info.locator('.paper-provenance')).toContainText('From arXiv: authors, abstract, year, PDF link');
    await expect(info.locator('.paper-provenance')).toContainText('Yours: title');
    await expect(editor.title).toHaveValue(TYPED_TITLE);
    await editor.saved();
    await editor.root.locator('.paper-link').screenshot({ path: test.info().outputPath('editor-paper-filled.png') }); // looked at, not in the docs
    expect(harness.paperServer.seen.filter((s) => s.service === 'arxiv').length).toBeGreaterThanOrEqual(1);
    expect(harness.paperServer.seen.every((s) => s.url.startsWith('/'))).toBe(true); // all answered locally

    const papers = new PapersLookupPage(page);
    await papers.open();
    const raft = papers.card(TYPED_TITLE);
    await expect(papers.status(raft)).toContainText('Filled in from arXiv');
    await expect(raft.getByLabel('Title')).toHaveValue(TYPED_TITLE);
    await expect(raft.getByLabel('Authors')).toHaveValue('Zachary Teed, Jia Deng');
    await papers.abstract(raft).locator('summary').click();
    await expect(papers.abstract(raft)).toContainText('We introduce Recurrent All-Pairs Field Transforms (RAFT)');
    await papers.pdfButton(raft).click();
    await expect.poll(() => harness.openedUrls).toContain('https://arxiv.org/pdf/2003.12039');
    await expect(papers.status(papers.card(/Streamable Neural Fields/))).toContainText('Filled in from arXiv');
    await expect(papers.card('Instant NGP')).toBeVisible();
    await expect(papers.status(papers.card('Instant NGP'))).toContainText('Filled in from Crossref');

    // "Look up again" is answered from the library's cache: nothing more is sent.
    const sent = harness.paperServer.seen.length;
    await papers.lookUpAgain(raft).click();
    await expect(papers.status(raft)).toContainText('Filled in from arXiv');
    expect(harness.paperServer.seen.length).toBe(sent);

    // Export BibTeX: the harness answers the save dialog; only that file is written.
    const bib = test.info().outputPath('eccv-2022.bib');
    harness.nextSaveFile = bib;
    const result = await papers.exportCitations('BibTeX');
    await expect(result).toHaveText(`Saved 3 papers to ${bib}`);
    const text = await readFile(bib, 'utf8');
    expect(text).toContain(`title = {{${TYPED_TITLE}}}`);
    expect(text).not.toContain(RAFT_TITLE); // the fetched title never replaced the typed one
    expect(text).toContain('author = {Teed, Zachary and Deng, Jia}');
    expect(text.match(/^@/gm)).toHaveLength(3);
    // Cancelled: nothing written, nothing said.
    harness.nextSaveFile = null;
    await papers.exportCitations('CSL-JSON');
    await expect(papers.exportPanel.getByRole('status')).toHaveCount(0);

    const shell = new AppShell(page);
    await papers.exportPanel.getByRole('button', { name: 'Close' }).click();
    await papers.abstract(raft).locator('summary').click(); // collapsed again, as it opens
    await page.setViewportSize({ width: 1280, height: 900 });
    // From the top of the view, whatever the clicks above scrolled.
    await page.evaluate(() => document.querySelectorAll('*').forEach((el) => el.scrollTop && (el.scrollTop = 0)));
    for (const language of ['en', 'ko'] as const) {
      await shell.setLanguage(language);
      for (const theme of ['light', 'dark'] as const) {
        await shell.setTheme(theme);
        await shoot(page, `papers-lookup-${language}-${theme}.png`);
      }
    }
    await shell.checkA11y('papers with fetched details');
    expect(shell.findings, 'axe findings on the papers view').toEqual([]);

    // The preference off: said beside the switch; "Look up again" waits for it.
    await shell.setLanguage('en');
    await papers.lookupSwitch.click();
    await expect(papers.lookupSwitch).not.toBeChecked();
    await expect(page.getByText('Off: nothing leaves this computer.')).toBeVisible();
    await expect(papers.lookUpAgain(raft)).toBeDisabled();
  });
});
