/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportOptions, type ExportReport } from '../../../electron/services/export/export';
import type { Library } from '../../../electron/services/library/library';
import { REPO_ROOT } from '../../support/library';
import { buildStoryFixture, type StoryFixture } from './story-fixture';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Refreshed only with UPDATE_DOCS_SCREENSHOTS=1, like the app's screenshots; otherwise kept in test-results/. */
const SHOTS = process.env.UPDATE_DOCS_SCREENSHOTS ? path.join(REPO_ROOT, 'docs', 'screenshots') : path.join(REPO_ROOT, 'test-results');
const PHOTO_ORDER = ['텔 아비브 엑스포 앞', '발표장 풍경', 'Weak Subnet 슬라이드', '미사일 런처', 'LED 백팩', '사진', '저녁 먹으러 가는 길', '거위 다리'];

let dir: string;
let fx: StoryFixture;
let library: Library;
let browser: Browser;

const run = (format: ExportOptions['format'], out: string) =>
  exportSeries(library, { tripId: fx.tripId, seriesId: fx.seriesId, format, outDir: path.join(dir, out), digest: true, skipEmpty: true });

function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.jpg': 'image/jpeg', '.woff2': 'font/woff2' };
  const s = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

/** Every same-site link and image of every page, followed in Chromium: none broken, every #anchor present. */
async function crawl(root: string, start: string): Promise<{ pages: number; problems: string[] }> {
  const server = await serve(root);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  const visited = new Set<string>();
  const anchors: string[] = [];
  const queue = [base + start];
  while (queue.length) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    await page.goto(url, { waitUntil: 'load' });
    // Lazy images below the fold load only when asked to.
    await page.$$eval('img', (imgs) => imgs.forEach((i) => ((i as HTMLImageElement).loading = 'eager')));
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete), undefined, { timeout: 10_000 });
    problems.push(...(await page.$$eval('img', (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => `image ${i.src}`))));
    problems.push(...(await page.$$eval('.katex-error', (els) => els.map((e) => `katex ${e.textContent}`))));
    for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      if (!href.startsWith(base)) continue;
      const [target, fragment] = href.split('#');
      queue.push(target!);
      if (fragment) anchors.push(href);
    }
  }
  for (const href of anchors) {
    await page.goto(href);
    if (!(await page.evaluate((id) => Boolean(document.getElementById(decodeURIComponent(id))), href.split('#')[1]!))) problems.push(`no anchor ${href}`);
  }
  await page.close();
  server.close();
  return { pages: visited.size, problems };
}

const captionsIn = (html: string) => [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => m[1]!);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-story-builds-'));
  fx = await buildStoryFixture(path.join(dir, 'lib'), dir);
  library = fx.library;
  browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the story day built by the real site generators and read in Chromium', { timeout: 180_000 }, () => {
  it('hugo builds it: photos in time order with captions, the digest links land on the entries', async () => {
    const report: ExportReport = await run('hugo', 'hugo-site');
    const site = report.outDir;
    writeFileSync(path.join(site, 'hugo.toml'), 'baseURL = "http://example.org/"\nlanguageCode = "ko"\ntitle = "블로그"\n');
    mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
    writeFileSync(path.join(site, 'layouts', '_default', 'single.html'), '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n');
    writeFileSync(path.join(site, 'layouts', '_default', 'list.html'), '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n');
    const pub = path.join(dir, 'hugo-public');
    execFileSync('/usr/bin/hugo', ['--source', site, '--destination', pub, '--quiet'], { stdio: 'pipe' });
    const built = (i: number) => readFileSync(path.join(pub, report.pages[i]!.file.replace(/^content\//, '').replace(/index\.md$/, 'index.html')), 'utf8');
    expect(captionsIn(built(0))).toEqual(PHOTO_ORDER);
    expect(built(0)).toContain('<figcaption>');
    expect(built(0)).toMatch(/<h3 id="entry-[\w-]+"><a href="https:\/\/arxiv.org\/abs\/2207.11247">Panoptic Scene Graph Generation<\/a><\/h3>/);
    const { problems, pages } = await crawl(pub, report.pages[1]!.file.replace(/^content\//, '').replace(/index\.md$/, ''));
    expect(problems).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('jekyll builds it: the same order, captions and entry anchors', async () => {
    const report = await run('jekyll', 'jekyll-site');
    const site = report.outDir;
    writeFileSync(path.join(site, '_config.yml'), 'title: 블로그\nmarkdown: kramdown\n');
    mkdirSync(path.join(site, '_layouts'), { recursive: true });
    writeFileSync(path.join(site, '_layouts', 'post.html'), '<!doctype html><html lang="{{ page.lang }}"><head><meta charset="utf-8"><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n');
    const dest = path.join(dir, 'jekyll-public');
    execFileSync('jekyll', ['build', '--quiet', '--source', site, '--destination', dest], { stdio: 'pipe', env: { ...process.env, JEKYLL_ENV: 'production' } });
    // Each post sets its permalink: /<series>/<part>/.
    const permalink = (i: number) => /\npermalink: "\/([^"]+)"/.exec(readFileSync(path.join(site, report.pages[i]!.file), 'utf8'))![1]!;
    const part = readFileSync(path.join(dest, permalink(0), 'index.html'), 'utf8');
    expect(part).toContain('<html lang="ko">');
    expect(captionsIn(part)).toEqual(PHOTO_ORDER);
    expect(part).toMatch(/<h3 id="entry-[\w-]+"><a href="https:\/\/arxiv.org\/abs\/2207.11247">Panoptic Scene Graph Generation<\/a><\/h3>/);
    const { problems, pages } = await crawl(dest, permalink(report.pages.length - 1));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  });

  it('the HTML export reads like the post: screenshots of the story part and of the digest', async () => {
    const report = await run('html', 'html');
    const { problems, pages } = await crawl(report.outDir, 'index.html');
    expect(problems).toEqual([]);
    expect(pages).toBe(report.pages.length + 1);
    const server = await serve(report.outDir);
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(base + encodeURI(report.pages[0]!.file));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.$$eval('figure img', (imgs) => imgs.map((i) => (i as HTMLImageElement).alt))).toEqual(PHOTO_ORDER);
    // Two paragraphs of the writer's before any heading.
    expect(await page.$$eval('article > .intro p', (ps) => ps.length)).toBe(2);
    expect(await page.locator('article h2').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'series-story.png'), fullPage: true });
    await page.goto(base + encodeURI(report.pages[report.pages.length - 1]!.file));
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('article h3').first().textContent()).toBe('★ Panoptic Scene Graph Generation');
    await page.screenshot({ path: path.join(SHOTS, 'series-digest.png'), fullPage: true });
    await page.close();
    server.close();
  });
});
