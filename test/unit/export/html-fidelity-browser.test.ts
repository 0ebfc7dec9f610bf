/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportReport } from '../../../electron/services/export/export';
import { REPO_ROOT } from '../../support/library';
import { expectFaithful, JOURNAL_TEX } from './built-page';
import { buildFidelityFixture, HOSTILE_IN_MARKDOWN, HOSTILE_LINE, HOSTILE_SHORT, type FidelityFixture } from './fidelity-fixture';

/**
 * The fidelity day exported as HTML and opened in real Chromium: math drawn
 * by the one KaTeX whose CSS and fonts the export ships (≠ is one glyph as wide
 * as =, formulas stay inside their paragraph, no .katex-error), hostile text
 * shown as typed with a dialog listener that must never fire. Leaves a
 * screenshot for a person to look at.
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
export const SCREENSHOT = path.join(REPO_ROOT, 'test-results', 'export-html-fidelity.png');

let dir: string;
let fixture: FidelityFixture;
let report: ExportReport;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.jpg': 'image/jpeg', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };
  const s = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-html-fidelity-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  report = await exportSeries(fixture.library, { tripId: fixture.tripId, seriesId: fixture.seriesId, format: 'html', outDir: path.join(dir, 'html'), language: 'ko' });
  server = await serve(report.outDir);
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(base + encodeURI(report.pages[0]!.file), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  await fixture?.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTML export of the fidelity day in Chromium', () => {
  it('shows hostile text as typed, runs nothing (no dialog), links exact, prices as prose', async () => {
    const html = readFileSync(path.join(report.outDir, report.pages[0]!.file), 'utf8');
    expectFaithful(html, 0, 'katex');
    const text = await page.locator('article').innerText();
    for (const payload of HOSTILE_IN_MARKDOWN) expect(text, payload).toContain(payload);
    expect(text).toContain(HOSTILE_LINE);
    expect(text.split(HOSTILE_SHORT).length - 1).toBeGreaterThanOrEqual(3);
    expect(text).toContain('택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.');
    expect(await page.locator('article script').count()).toBe(0);
    expect(await page.locator('a[href="https://twitter.com/jingkangy"]').innerText()).toBe('https://twitter.com/jingkangy');
    expect(await page.locator('a[href="https://arxiv.org/abs/2202.04200"]').innerText()).toBe('https://arxiv.org/abs/2202.04200');
    // Hovering and clicking every link of the article opens no dialog either.
    for (const link of await page.locator('article a[href^="http"]').all()) await link.hover();
    expect(dialogs).toEqual([]);
  });

  it('renders each formula of the journal, as written, with no KaTeX error', async () => {
    const annotations = await page.$$eval('annotation[encoding="application/x-tex"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(annotations).toEqual(JOURNAL_TEX);
    expect(await page.locator('.katex-error').count()).toBe(0);
    // One display formula per `$$` paragraph, the one-line one included.
    expect(await page.locator('.katex-display').count()).toBe(2);
  });

  it('draws math with the KaTeX whose CSS and fonts it ships: ≠ is one glyph, boxes stay in their paragraph', async () => {
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    const widths = await page.$$eval('.katex', (els) => {
      const of = (tex: string) => els.find((e) => e.querySelector('annotation')?.textContent === tex)!.querySelector('.katex-html')!.getBoundingClientRect().width;
      return { neq: of('a \\neq b'), eq: of('a = b') };
    });
    // "/ =" drawn side by side (mismatched CSS) is about twice as wide as one ≠.
    expect(Math.abs(widths.neq - widths.eq)).toBeLessThan(widths.eq * 0.1);
    const escapes = await page.$$eval('.katex', (els) =>
      els.flatMap((el) => {
        const box = el.getBoundingClientRect();
        const block = el.closest('p, .katex-display, div')!.getBoundingClientRect();
        const fontSize = parseFloat(getComputedStyle(el).fontSize);
        const out = box.left < block.left - 1 || box.right > block.right + 1 || box.top < block.top - fontSize || box.bottom > block.bottom + fontSize;
        // A formula broken onto a second line at full size is more than three lines tall.
        const tall = box.height > fontSize * 3.2;
        return out || tall ? [`${el.querySelector('annotation')?.textContent}: ${JSON.stringify(box)}`] : [];
      }),
    );
    expect(escapes).toEqual([]);
  });

  it('leaves a screenshot of the part with math and Hangul', async () => {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.locator('.katex-display').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    // The paragraphs with prices, links and formulas, at full size.
    const math = SCREENSHOT.replace(/\.png$/, '-math.png');
    const notes = page.locator('.notes').first();
    const box = (await notes.boundingBox())!;
    await page.screenshot({ path: math, clip: { x: box.x, y: box.y, width: box.width, height: 420 } });
    expect(statSync(math).size).toBeGreaterThan(10_000);
  });
});
