import { shoot } from './support/shoot';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { JournalPage } from './pages/JournalPage';
import { PapersPage } from './pages/PapersPage';
import { SearchPage } from './pages/SearchPage';
import { TripsPage } from './pages/TripsPage';

const TRIP = { title: 'Tel Aviv and ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-23', end: '2022-10-27', homeTimeZone: 'Asia/Seoul' };
const TALK_TITLE = 'Contrastive Learning for Unpaired Image-to-Image Translation';

async function tripDoc(harness: { invoke(m: string, p: unknown): Promise<{ ok: boolean; value?: unknown }> }) {
  const list = (await harness.invoke('trips.list', {})).value as { id: string }[];
  const doc = await harness.invoke('trips.get', { tripId: list[0]!.id });
  expect(doc.ok).toBe(true);
  return doc.value as {
    entries: { id: string; kind: string; title: string; paperId?: string; qa?: { question: string; answer: string; askedBy: string }[]; start: string; end?: string; meal?: string; rating?: number; dish?: string }[];
    papers: { id: string; key: string; starred: boolean; title: string }[];
    trip: { travelDaysBefore: number };
  };
}

/** The day the first test types in, put in through the bridge: a talk and a poster of one paper, a lunch. */
async function seedConferenceDay(harness: { invoke(m: string, p: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> }) {
  const ok = async (method: string, payload: unknown) => {
    const result = await harness.invoke(method, payload);
    expect(result.error).toBeUndefined();
    return result.value as { id: string; entry: { id: string; paperId?: string } };
  };
  const trip = await ok('trips.create', { ...TRIP, timeZone: 'Asia/Jerusalem', travelDaysBefore: 1 });
  const tripId = trip.id;
  const talk = await ok('entries.create', {
    tripId,
    entry: { kind: 'talk', start: '2022-10-23T10:30', end: '2022-10-23T10:45', title: TALK_TITLE, format: 'oral', session: 'Oral 1.2 — Generative models', room: 'Hall A', speakers: ['Taesung Park', 'Alexei Efros'], paperLink: 'https://arxiv.org/abs/2007.10909v2' },
  });
  await ok('entries.create', {
    tripId,
    entry: {
      kind: 'poster', start: '2022-10-23T10:45', title: TALK_TITLE, board: 'P-112', paperLink: 'arxiv.org/pdf/2007.10909.pdf',
      body: 'PatchNCE loss: $\\ell = -\\log \\frac{e^{v \\cdot v^+/\\tau}}{\\sum_n e^{v \\cdot v_n/\\tau}}$\n\n**Takeaway**: one-sided translation works.',
      qa: [
        { question: 'How does it compare with CycleGAN on small data?', answer: 'Better FID with a tenth of the training time.', askedBy: 'me', asker: '' },
        { question: '코드와 데이터셋은 공개되나요?', answer: '네, 다음 달에 GitHub에 공개됩니다.', askedBy: 'other', asker: '김지수' },
      ],
    },
  });
  await ok('entries.create', { tripId, entry: { kind: 'meal', start: '2022-10-23T12:30', title: '점심 — 카르멜 시장', meal: 'lunch', dish: '후무스와 팔라펠', rating: 4, place: { name: 'Carmel Market' } } });
  await ok('papers.update', { tripId, paperId: talk.entry.paperId, patch: { starred: true } });
}

test.describe('journal', () => {
  test('logs a talk and a poster of one paper with two Q&A items, and a lunch, and keeps them across a reload', async ({ page, harness }) => {
    const trips = new TripsPage(page);
    const journal = new JournalPage(page);
    const editor = new EditorPage(page);
    test.slow(); // one long story of a conference day, with six screenshots
    await trips.createTrip(TRIP);

    // The trip's days, travel day included after editing the trip.
    await expect(journal.dayStrip.getByRole('tab')).toHaveCount(5);
    await page.getByRole('button', { name: 'Edit trip' }).click();
    await page.getByLabel('Travel days before').fill('1');
    await page.getByRole('button', { name: 'Save trip' }).click();
    await expect(journal.dayStrip.getByRole('tab')).toHaveCount(6);
    await expect(journal.day('2022-10-22')).toContainText('Travel');
    await expect(journal.day('2022-10-23')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(/Ctrl\+Shift\+T for a talk/)).toBeVisible();

    // A talk, its paper pasted as an arXiv abs link with a version.
    await journal.add('talk');
    await expect(editor.title).toBeFocused();
    await editor.title.fill(TALK_TITLE);
    await editor.field('Session').fill('Oral 1.2 — Generative models');
    await editor.field('Room').fill('Hall A');
    await editor.field('Speakers').fill('Taesung Park, Alexei Efros');
    await editor.field('Start').fill('10:30');
    await editor.field('End').fill('10:45');
    await editor.field('Paper link').fill('https://arxiv.org/abs/2007.10909v2');
    await editor.field('Paper link').press('Enter');
    await expect(editor.paperGroup).toContainText('arxiv:2007.10909');
    await editor.paperGroup.getByRole('button', { name: 'Star paper' }).click();
    await expect(editor.paperGroup.getByRole('button', { name: 'Star paper' })).toHaveAttribute('aria-pressed', 'true');
    await editor.paperGroup.getByRole('button', { name: /^Open https:\/\/arxiv.org\/abs\/2007.10909$/ }).click();
    await expect.poll(() => harness.openedUrls).toEqual(['https://arxiv.org/abs/2007.10909']);
    await editor.saved();

    // A poster of the same paper: the PDF link pasted into the title attaches the paper instead.
    await journal.add('poster');
    await expect(editor.title).toBeFocused();
    await editor.paste(editor.title, 'arxiv.org/pdf/2007.10909.pdf');
    await expect(editor.paperGroup).toContainText('arxiv:2007.10909');
    await expect(editor.title).toHaveValue(TALK_TITLE);
    await editor.field('Board').fill('P-112');
    await editor.root.getByRole('button', { name: 'Add question' }).click();
    await expect(editor.question(1)).toBeFocused();
    await page.keyboard.type('How does it compare with CycleGAN on small data?');
    await page.keyboard.press('Enter');
    await expect(editor.answer(1)).toBeFocused();
    await page.keyboard.type('Better FID with a tenth of the training time.');
    await page.keyboard.press('Enter');
    await expect(editor.question(2)).toBeFocused();
    await page.keyboard.type('코드와 데이터셋은 공개되나요?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('네, 다음 달에 GitHub에 공개됩니다.');
    await editor.root.getByLabel('Asked by 2').selectOption('other');
    await editor.root.getByLabel('Who asked 2').fill('김지수');
    await editor.field('Notes').fill('PatchNCE loss: $\\ell = -\\log \\frac{e^{v \\cdot v^+/\\tau}}{\\sum_n e^{v \\cdot v_n/\\tau}}$\n\n**Takeaway**: one-sided translation works. <img src=x onerror="window.__xss=1">');
    await expect(editor.preview.locator('.katex').first()).toBeVisible();
    await expect(editor.preview.locator('strong')).toHaveText('Takeaway');
    await expect(editor.preview.locator('img')).toHaveCount(0);
    await editor.saved();
    // A taller window for this one, so the whole poster editor is in the picture.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
    await shoot(page, 'editor-poster.png');
    await page.setViewportSize({ width: 1280, height: 820 });

    // Lunch with a place and a rating.
    await journal.add('meal');
    await editor.title.fill('점심 — 카르멜 시장');
    await editor.field('Meal').selectOption('lunch');
    await editor.field('Dish').fill('후무스와 팔라펠');
    await editor.root.getByRole('radio', { name: '4 stars' }).check();
    await editor.field('Place').fill('Carmel Market');
    await editor.field('Start').fill('12:30');
    await editor.saved();

    // The timeline in time order, with summaries and stars.
    const items = await journal.timelineTexts();
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('10:30–10:45');
    expect(items[0]).toContain('Oral · Oral 1.2 — Generative models · Hall A');
    expect(items[1]).toContain('#P-112 · 2 questions');
    expect(items[2]).toContain('Lunch · 후무스와 팔라펠 · Carmel Market · ★★★★');
    await expect(journal.timeline.getByRole('img', { name: 'Starred paper' })).toHaveCount(2);
    await expect(journal.day('2022-10-23')).toContainText('3 entries');
    await journal.open('카르멜');
    await shoot(page, 'journal-light.png');

    // Stored as one paper shared by the talk and the poster.
    const doc = await tripDoc(harness);
    expect(doc.papers).toEqual([expect.objectContaining({ key: 'arxiv:2007.10909', starred: true, title: TALK_TITLE })]);
    const talk = doc.entries.find((e) => e.kind === 'talk')!;
    const poster = doc.entries.find((e) => e.kind === 'poster')!;
    expect(talk).toMatchObject({ start: '2022-10-23T10:30', end: '2022-10-23T10:45', paperId: doc.papers[0]!.id });
    expect(poster.paperId).toBe(doc.papers[0]!.id);
    expect(poster.qa).toEqual([
      expect.objectContaining({ question: 'How does it compare with CycleGAN on small data?', answer: 'Better FID with a tenth of the training time.', askedBy: 'me' }),
      expect.objectContaining({ question: '코드와 데이터셋은 공개되나요?', answer: '네, 다음 달에 GitHub에 공개됩니다.', askedBy: 'other' }),
    ]);
    expect(doc.entries.find((e) => e.kind === 'meal')).toMatchObject({ meal: 'lunch', dish: '후무스와 팔라펠', rating: 4, start: '2022-10-23T12:30' });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Everything is kept across a reload.
    await page.reload();
    await trips.openTrip(TRIP.title);
    await expect(journal.timeline.getByRole('button')).toHaveCount(3);
    await journal.open('#P-112');
    await expect(editor.question(2)).toHaveValue('코드와 데이터셋은 공개되나요?');
    await expect(editor.root.getByLabel('Who asked 2')).toHaveValue('김지수');
    await expect(editor.paperGroup).toContainText('arxiv:2007.10909');
  });

  test.describe('with a conference day from the bridge', () => {
    test.beforeEach(async ({ page, harness }) => {
      await seedConferenceDay(harness);
      await page.reload();
      await new TripsPage(page).openTrip(TRIP.title);
      await expect(new JournalPage(page).timeline.getByRole('button')).toHaveCount(3);
    });

    test('finds entries by search, shows the paper with its talk and poster, in Korean and dark', async ({ page, harness }) => {
      test.slow();
      const journal = new JournalPage(page);
      const editor = new EditorPage(page);
      await journal.open('#P-112');
      await expect(editor.preview.locator('.katex').first()).toBeVisible();
      // Search: Hangul in a Q&A answer, a dish, a speaker; Enter opens the entry.
      const search = new SearchPage(page);
      await search.open();
      await search.box.fill('데이터셋');
      await expect(search.group('Questions and answers').getByRole('option')).toHaveCount(1);
      await search.box.fill('ㅍㄹㅍ'); // initial consonants of 팔라펠
      await expect(search.group('Entries').getByRole('option')).toContainText('점심 — 카르멜 시장');
      await search.box.fill('efros');
      await expect(search.group('People').getByRole('option')).toContainText(TALK_TITLE);
      await search.box.fill('2007.10909');
      await expect(search.group('Papers').getByRole('option')).toHaveCount(1);
      // Arrow keys move through every group; Escape closes and gives the focus back.
      await search.box.fill('contrastive');
      await expect(search.options).toHaveCount(3);
      await expect(search.options.nth(0)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(search.options.nth(2)).toHaveAttribute('aria-selected', 'true');
      await expect(search.group('Papers').getByRole('option')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Escape');
      await expect(search.dialog).toBeHidden();
      await search.open();
      await search.box.fill('공개');
      await shoot(page, 'search.png');
      await page.keyboard.press('Enter');
      await expect(search.dialog).toBeHidden();
      await expect(editor.root).toHaveAccessibleName('Edit poster');
      await expect(editor.answer(2)).toHaveValue('네, 다음 달에 GitHub에 공개됩니다.');

      // Papers: the talk and the poster side by side.
      const papers = new PapersPage(page);
      await papers.open();
      const card = papers.card(TALK_TITLE);
      await expect(card.getByRole('button', { name: `Star ${TALK_TITLE}` })).toHaveAttribute('aria-pressed', 'true');
      await expect(papers.column(card, 'Talks')).toContainText(TALK_TITLE);
      await expect(papers.column(card, 'Posters')).toContainText('2 questions');
      await card.getByLabel('Authors').fill('Taesung Park, Alexei A. Efros, Richard Zhang, Jun-Yan Zhu');
      await card.getByRole('button', { name: 'https://arxiv.org/abs/2007.10909' }).click();
      await expect.poll(() => harness.openedUrls).toEqual(['https://arxiv.org/abs/2007.10909']);
      await expect.poll(async () => (await tripDoc(harness)).papers[0]).toMatchObject({ authors: ['Taesung Park', 'Alexei A. Efros', 'Richard Zhang', 'Jun-Yan Zhu'] });
      await shoot(page, 'papers.png');

      // Korean and dark.
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await expect(editor.root).toHaveAccessibleName('Edit poster');
      await page.getByLabel('Theme').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await shoot(page, 'journal-dark.png');
      await page.getByLabel('Language').selectOption('ko');
      await expect(page.getByRole('toolbar', { name: '빠른 기록' })).toBeVisible();
      await expect(editor.root).toHaveAccessibleName('포스터 편집');
      await expect(journal.day('2022-10-23')).toContainText('항목 3개');
      await expect(journal.timeline).toContainText('점심');
      await page.getByLabel('테마').selectOption('light');
      await shoot(page, 'korean.png');
    });
  });

  test.describe('with a trip from the bridge', () => {
    test.beforeEach(async ({ page, harness }) => {
      const created = await harness.invoke('trips.create', { ...TRIP, timeZone: 'Asia/Jerusalem' });
      expect(created.ok).toBe(true);
      await page.reload();
      await new TripsPage(page).openTrip(TRIP.title);
      await expect(new JournalPage(page).day(TRIP.start)).toHaveAttribute('aria-selected', 'true');
    });

    test('quick capture by shortcut adds an entry on the selected day, with the cursor in its title', async ({ page, harness }) => {
      const journal = new JournalPage(page);
      const editor = new EditorPage(page);
      await journal.selectDay('2022-10-25');
      await page.keyboard.press('Control+Shift+N');
      await expect(editor.root).toHaveAccessibleName('Edit note');
      await expect(editor.title).toBeFocused();
      await page.keyboard.type('빠른 메모: 오후 세션 정리');
      await editor.saved();
      // 2022 is long past: on a day that is not today the entry goes after the day's last one (09:00 on an empty day),
      // as the Add buttons do, never at the clock's time.
      const note = (await tripDoc(harness)).entries.find((e) => e.kind === 'note')!;
      expect(note.title).toBe('빠른 메모: 오후 세션 정리');
      expect(note.start).toBe('2022-10-25T09:00');
      await expect(journal.day('2022-10-25')).toContainText('1 entry');

      // From the papers tab too: the capture brings the timeline back with the new poster open.
      await new PapersPage(page).open();
      await page.keyboard.press('Control+Shift+P');
      await expect(editor.root).toHaveAccessibleName('Edit poster');
      await expect(editor.title).toBeFocused();
      await expect(journal.captureBar.getByRole('button')).toHaveText([/Talk\s*Ctrl\+Shift\+T/, /Poster\s*Ctrl\+Shift\+P/, /Booth\s*Ctrl\+Shift\+B/, /Meal\s*Ctrl\+Shift\+M/, /Note\s*Ctrl\+Shift\+N/]);
    });

    test('deleting offers Undo, and Ctrl+Z outside a text field restores too', async ({ page, harness }) => {
      const journal = new JournalPage(page);
      const editor = new EditorPage(page);
      await journal.add('person');
      await editor.title.fill('Jun-Yan Zhu');
      await editor.field('Affiliation').fill('Carnegie Mellon University');
      await editor.field('Contact').fill('junyanz@cmu.edu');
      await expect(journal.item('Jun-Yan Zhu')).toContainText('Carnegie Mellon University');

      // Deleting saves what was typed first, so the undo brings all of it back.
      await editor.delete();
      await expect(journal.timeline).toBeHidden();
      await page.getByRole('status').filter({ hasText: 'Person deleted.' }).getByRole('button', { name: 'Undo' }).click();
      await expect(journal.item('Jun-Yan Zhu')).toContainText('Carnegie Mellon University');
      await expect(editor.field('Contact')).toHaveValue('junyanz@cmu.edu');

      await editor.delete();
      await expect(journal.timeline).toBeHidden();
      expect((await tripDoc(harness)).entries).toHaveLength(0);
      await page.locator('body').click({ position: { x: 5, y: 400 } });
      await page.keyboard.press('Control+Z');
      await expect(journal.item('Jun-Yan Zhu')).toBeVisible();
      expect((await tripDoc(harness)).entries).toEqual([expect.objectContaining({ kind: 'person', title: 'Jun-Yan Zhu', affiliation: 'Carnegie Mellon University' })]);
    });

    test('switching entries saves pending keystrokes, and a refused field shows its error beside it', async ({ page, harness }) => {
      const journal = new JournalPage(page);
      const editor = new EditorPage(page);
      await journal.add('talk');
      await editor.title.fill('Keynote: the future of 3D vision');
      await editor.field('Format').selectOption('keynote');
      await journal.add('travel');
      await editor.field('From').fill('Tel Aviv');
      await editor.field('To').fill('Jerusalem');
      // No pause: the click on the talk leaves the travel entry at once.
      await editor.field('Carrier').fill('Israel Railways');
      await journal.open('Keynote');
      await expect.poll(async () => (await tripDoc(harness)).entries.find((e) => e.kind === 'travel')).toMatchObject({ from: 'Tel Aviv', to: 'Jerusalem', carrier: 'Israel Railways' });
      await expect(journal.item('Untitled travel')).toContainText('Tel Aviv → Jerusalem · Israel Railways');
      await expect(journal.item('Keynote')).toContainText('Keynote');

      await editor.field('Paper link').fill('not a paper');
      await editor.field('Paper link').press('Enter');
      await expect(editor.root.getByRole('alert')).toContainText('paperLink');
      await expect(editor.field('Paper link')).toHaveAttribute('aria-invalid', 'true');
      await expect(editor.status).toHaveText('Not saved');
      await editor.field('Paper link').fill('https://openreview.net/forum?id=B1xsqj09Fm');
      await editor.field('Paper link').press('Enter');
      await expect(editor.paperGroup).toContainText('openreview:B1xsqj09Fm');
      await expect(editor.root.getByRole('alert')).toHaveCount(0);
    });
  });
});
