import path from 'node:path';
import { shoot } from './support/shoot';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';
import { JournalPage } from './pages/JournalPage';
import { ProgrammePage } from './pages/ProgrammePage';
import { TripsPage } from './pages/TripsPage';

/**
 * Issue #13, in the app: a programme imported from a file, two overlapping
 * talks starred (the clash said in words), a quick capture during one of them
 * that fills the talk from the programme, notes written, and a re-import that
 * moves the talk to another room and time — the entry follows, the notes stay.
 */

const FIXTURES = path.resolve('test/fixtures/programme');
const TRIP = { title: 'ICML 2024 in Vienna', conference: 'ICML 2024', city: 'Vienna', start: '2024-07-22', end: '2024-07-24', timeZone: 'Europe/Vienna', homeTimeZone: 'Asia/Seoul' };
const FLOW = 'Oral 2A: Optical Flow';
const VIT = '비전 트랜스포머의 효율적인 학습';
const NOTES = 'All-pairs correlation volume; a GRU iterates the flow field.';

type Invoke = { invoke(m: string, p: unknown): Promise<{ ok: boolean; value?: unknown }> };
async function talkEntry(harness: Invoke, tripId: string) {
  const doc = (await harness.invoke('trips.get', { tripId })).value as { entries: { kind: string; title: string; start: string; end?: string; room?: string; body: string; sessionId?: string }[] };
  return doc.entries.find((e) => e.title === FLOW);
}

test('import a programme, star a clash, capture a talk from it, re-import a moved programme: notes intact', async ({ page, harness }) => {
  // 14:05 in Vienna (CEST, UTC+2) on the first day: both starred talks are running. Timers keep running.
  await page.clock.setFixedTime(new Date('2024-07-22T12:05:00Z'));
  const created = await harness.invoke('trips.create', TRIP);
  expect(created.ok).toBe(true);
  const tripId = (created.value as { id: string }).id;
  await page.reload();
  await new TripsPage(page).openTrip(TRIP.title);
  const shell = new AppShell(page);
  const programme = new ProgrammePage(page);
  const journal = new JournalPage(page);
  const editor = new EditorPage(page);
  // The logged entry's row (a planned row may name the talk too, in its clash).
  const logged = journal.timeline.locator('[data-entry-id]').filter({ hasText: FLOW });
  const planned = (title: string) => journal.timeline.locator('[data-session-id]').filter({ has: page.locator('.timeline-title', { hasText: title }) });

  // Empty state names the formats; the chooser's file is imported and reported.
  await programme.open();
  await expect(page.getByRole('heading', { name: 'No programme yet' })).toBeVisible();
  await expect(page.getByText(/iCalendar \(\.ics\), pretalx or frab schedule\.json/)).toBeVisible();
  harness.nextFiles = [path.join(FIXTURES, 'programme.csv')];
  await programme.import();
  await expect(programme.report).toContainText('Imported 6 sessions (csv)');
  await expect(programme.report).toContainText('6 added');
  await expect(programme.day('2024-07-22')).toHaveAttribute('aria-selected', 'true');
  await expect(programme.day('2024-07-22')).toContainText('Mon');
  await expect.poll(() => programme.rowTitles()).toEqual(['Keynote: Scaling, Data; and Everything', FLOW, VIT]);

  // Star one with the mouse, the other from the keyboard (arrows move, S stars).
  await programme.star(FLOW).click();
  await expect(programme.star(FLOW)).toHaveAttribute('aria-pressed', 'true');
  await programme.openButton('Keynote').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(programme.openButton(VIT)).toBeFocused();
  await page.keyboard.press('s');
  await expect(programme.star(VIT)).toHaveAttribute('aria-pressed', 'true');
  await expect(programme.row(FLOW)).toContainText(`Conflicts with ${VIT}`);
  await expect(programme.row(VIT)).toContainText(`Conflicts with ${FLOW}`);

  // Enter opens the details; the search is Hangul-aware and looks through every day.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: VIT })).toContainText('Room 101');
  await programme.search.fill('ㅂㅈ');
  await expect.poll(() => programme.rowTitles()).toEqual([VIT]);
  await programme.search.fill('bounds');
  await expect(programme.list).toContainText('2024-07-23');
  await programme.search.fill('');

  await page.mouse.move(0, 0);
  for (const theme of ['light', 'dark'] as const) {
    await shell.setTheme(theme);
    await shell.setLanguage('en');
    await shoot(page, `programme-${theme}-en.png`);
    await shell.setLanguage('ko');
    await expect(programme.row(FLOW)).toContainText(`${VIT}와(과) 시간이 겹침`);
    await shoot(page, `programme-${theme}-ko.png`);
  }
  await shell.setTheme('light');
  await shell.setLanguage('en');
  await shell.checkA11y('programme');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('article', { name: VIT })).toBeHidden();

  // The plan on the day's timeline: outlined, labelled, the clash in words.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const plannedFlow = planned(FLOW);
  await expect(plannedFlow).toContainText('Planned');
  await expect(plannedFlow).toContainText(`Conflicts with ${VIT}`);
  await expect(planned(VIT)).toBeVisible();
  await planned(VIT).click();
  await expect(page.getByRole('article', { name: VIT })).toContainText('Attend — log this talk');
  await page.mouse.move(0, 0);
  await shoot(page, 'programme-timeline.png');
  await page.getByRole('article', { name: VIT }).getByRole('button', { name: 'Close' }).click();
  await shell.checkA11y('timeline with a plan');

  // Ctrl+Shift+T during the slot: the chooser offers both (starred, running); the keyboard picks the flow talk.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+T');
  const chooser = page.getByRole('dialog', { name: 'Which talk is this?' });
  await expect(chooser.getByRole('option')).toHaveCount(3);
  await expect(chooser.getByRole('option').last()).toHaveText('New talk (not in the programme)');
  await shell.checkA11y('talk chooser');
  await chooser.getByRole('option').first().focus();
  for (let i = 0; i < 2 && !(await chooser.getByRole('option', { name: new RegExp(FLOW) }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  await expect(editor.root).toHaveAccessibleName('Edit talk');
  await expect(editor.title).toHaveValue(FLOW);
  await editor.field('Notes').fill(NOTES);
  await editor.saved();
  // The entry stands for the plan now: the flow talk is listed once, as logged.
  await expect(planned(FLOW)).toHaveCount(0);
  await expect(logged).toContainText('14:00');
  expect(await talkEntry(harness, tripId)).toMatchObject({ kind: 'talk', start: '2024-07-22T14:00', end: '2024-07-22T14:20', room: 'Hall B', body: NOTES });

  // The programme moves the talk to Hall C at 16:00: the entry follows, the notes stay.
  await programme.open();
  harness.nextFiles = [path.join(FIXTURES, 'programme-moved.csv')];
  await programme.import();
  await expect(programme.report).toContainText('1 changed');
  await expect(programme.report).toContainText('1 logged talk followed its session');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(logged).toContainText('16:00–16:20');
  await expect(logged).toContainText('Hall C');
  await logged.click();
  await expect(editor.field('Notes')).toHaveValue(NOTES);
  expect(await talkEntry(harness, tripId)).toMatchObject({ start: '2024-07-22T16:00', end: '2024-07-22T16:20', room: 'Hall C', body: NOTES });
  // The clash is gone with the move; the other star is still planned.
  await expect(planned(VIT)).not.toContainText('Conflicts');

  expect(shell.findings, `axe findings on ${shell.checked.join(', ')}`).toEqual([]);
});
