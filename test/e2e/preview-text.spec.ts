import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { JournalPage } from './pages/JournalPage';
import { TripsPage } from './pages/TripsPage';

const TRIP = { title: 'ECCV 2022 미리 보기', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-26', homeTimeZone: 'Asia/Seoul' };

/** Notes written like the reference post, plus text that must stay text. */
const NOTES = [
  '발표자는 Jingkang Yang (https://twitter.com/jingkangy)의 연구실 출신. 논문은 https://arxiv.org/abs/2202.04200)이라서 찾기 쉬웠다.',
  '택시는 시간당 $2, 총 $40 정도였다. 기본적인 접근은 $p(y|x_1) \\neq p(y|x_2)$가 있을 때.',
  '$$ \\mathbb{R}^{h \\times w \\times c} \\neq \\frac{W^\\top}{\\|W\\|} $$',
  '<script>alert(1)</script> {{< param secret >}} {% endraw %}',
].join('\n\n');

test('the notes preview reads prices, links, display math and raw HTML as every export does', async ({ page, harness }) => {
  const trip = (await harness.invoke('trips.create', { ...TRIP, timeZone: 'Asia/Jerusalem' })).value as { id: string };
  const created = await harness.invoke('entries.create', { tripId: trip.id, entry: { kind: 'note', start: '2022-10-24T09:00', title: '첫날 메모', body: NOTES } });
  expect(created.ok).toBe(true);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.reload();
  await new TripsPage(page).openTrip(TRIP.title);
  await new JournalPage(page).open('첫날 메모');
  const preview = new EditorPage(page).preview;
  await expect(preview.locator('.katex-display')).toHaveCount(1);
  await expect(preview).toContainText('택시는 시간당 $2, 총 $40 정도였다.');
  await expect(preview.getByRole('link', { name: 'https://twitter.com/jingkangy', exact: true })).toHaveAttribute('href', 'https://twitter.com/jingkangy');
  await expect(preview.getByRole('link', { name: 'https://arxiv.org/abs/2202.04200', exact: true })).toHaveAttribute('href', 'https://arxiv.org/abs/2202.04200');
  await expect(preview).toContainText(')의 연구실');
  await expect(preview).toContainText('<script>alert(1)</script> {{< param secret >}} {% endraw %}');
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(preview.locator('.katex-error')).toHaveCount(0);
  // ≠ drawn by the same KaTeX as its stylesheet: as wide as one relation, not "/ =" side by side.
  const em = await preview.locator('.katex-display .mrel').first().evaluate((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize));
  expect(em).toBeGreaterThan(0.5);
  expect(em).toBeLessThan(1);
  expect(dialogs).toEqual([]);
  await preview.screenshot({ path: test.info().outputPath('preview-text.png') });
});
