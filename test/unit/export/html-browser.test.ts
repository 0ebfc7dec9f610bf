/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportReport } from '../../../electron/services/export/export';
import type { Library } from '../../../electron/services/library/library';
import { createSeries } from '../../../electron/services/series/arrange';
import { previewPart } from '../../../electron/services/export/preview';
import { REPO_ROOT } from '../../support/library';
import { buildFixture, SERIES_TITLE } from './fixture';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Kept for a person to look at (test-results/ is git-ignored). */
export const SCREENSHOT = path.join(REPO_ROOT, 'test-results', 'export-html-part2.png');

let dir: string;
let library: Library;
let tripId: string;
let seriesId: string;
let report: ExportReport;
let server: Server;
let base: string;
let browser: Browser;

/** Serves the export folder read-only over http on 127.0.0.1 (file:// pages misbehave). */
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
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-html-'));
  ({ library, tripId } = await buildFixture(path.join(dir, 'lib'), dir));
  seriesId = (await createSeries(library, tripId, {})).series.id;
  report = await exportSeries(library, { tripId, seriesId, format: 'html', outDir: path.join(dir, 'html'), digest: true, language: 'ko' });
  server = await serve(report.outDir);
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/`;
  browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  await library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTML export in Chromium', () => {
  it('has no broken links, images, stylesheets or fonts on any page', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
    const visited = new Set<string>();
    const queue = [base];
    while (queue.length) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const broken = await page.$$eval('img', (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
      expect(broken, url).toEqual([]);
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) if (link.startsWith(base)) queue.push(link.split('#')[0]!);
    }
    // The index and every page were reached by following links.
    expect(visited.size).toBe(report.pages.length + 1);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('shows a part with its navigation, figures and KaTeX math — screenshot for a person', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    await page.goto(base + encodeURI(report.pages[1]!.file));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.title()).toBe(`${SERIES_TITLE} 2`);
    expect(await page.locator('nav.series-nav li').count()).toBe(report.pages.length);
    expect(await page.locator('nav.series-nav [aria-current="page"]').textContent()).toBe(`${SERIES_TITLE} 2`);
    expect(await page.locator('.katex').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('figure figcaption').first().textContent()).toBe('발표장 풍경 "Hall A"');
    // KaTeX's own font is really in use (shipped in assets/, not from a CDN).
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('keeps the layout when the article is copied into a blog editor (styles are inline)', async () => {
    const page = await browser.newPage();
    await page.goto(base + encodeURI(report.pages[2]!.file));
    const article = await page.$eval('article', (a) => a.outerHTML);
    await page.setContent(`<div contenteditable="true">${article}</div>`); // no stylesheet at all
    const qa = await page.$eval('.qa', (el) => getComputedStyle(el).borderLeftWidth);
    expect(qa).toBe('4px');
    const img = await page.$eval('figure img', (el) => getComputedStyle(el).maxWidth);
    expect(img).toBe('100%');
    await page.close();
  });

  it('previews a part as a standalone document with library media URLs', async () => {
    const { html, title } = await previewPart(library, { tripId, seriesId, partId: (await library.trip(tripId)).series[0]!.parts[1]!.id, language: 'ko', digest: true });
    expect(title).toBe(`${SERIES_TITLE} 2`);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // These photos have no thumbnail: the original stands in. Each waits in data-preview-src (the app sets src as it nears
    // the view) at the exported size, so the page is laid out before any image loads.
    expect(html).toMatch(/<img data-preview-src="proceedings-media:\/\/library\/media\/originals\/[0-9a-f]{2}\/[0-9a-f]{64}\.jpg"[^>]* style="aspect-ratio:1200\/900;max-width:100%[^"]*" width="1200" height="900">/);
    expect(html).not.toMatch(/<img[^>]* src=/);
    expect(html).toContain('data-part-id=');
    expect(html).toContain('<style>'); // self-contained: no stylesheet links
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toMatch(/@font-face\{[^}]*data:font\/woff2;base64,/); // KaTeX fonts inlined for srcdoc
    // Same article as the export, apart from where links and images point.
    const exported = readFileSync(path.join(report.outDir, report.pages[1]!.file), 'utf8');
    const strip = (s: string) => s.slice(s.indexOf('<article'), s.indexOf('</article>')).replace(/(href|src)="[^"]*"/g, '').replace(/ data-part-id="[^"]*"/g, '')
      .replace(/ data-preview-(?= )/g, ' ').replace(/aspect-ratio:\d+\/\d+;| width="\d+" height="\d+"/g, '');
    expect(strip(html)).toBe(strip(exported));
  });
});
