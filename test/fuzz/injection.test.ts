/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntry } from '../../electron/services/journal/entries';
import { createSeries } from '../../electron/services/series/arrange';
import { runCliJson } from '../support/cli';
import { HOSTILE_PAYLOADS, INCLUDED, SECRET } from '../support/hostile-text';
import { cleanupTempDirs, makeTrip, openLibrary, REPO_ROOT, tempDir } from '../support/library';
import { record } from './figures';

/**
 * Every injection payload typed as an entry's title and notes, exported by the
 * real CLI, built by the real hugo and jekyll (sites holding a secret and an
 * include), and opened in Chromium with a dialog listener: no dialog, no secret,
 * and each title shown exactly as typed.
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const ENGINES = ['hugo', 'jekyll', 'html'] as const;
type Engine = (typeof ENGINES)[number];

let dir: string;
let browser: Browser;
const built: Partial<Record<Engine, string>> = {};

function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.html')) out.push(path.join(d, e.name));
    }
  };
  walk(root);
  return out.sort();
}

function serve(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  dir = tempDir('proceedings-injection-');
  const lib = path.join(dir, 'lib');
  const library = await openLibrary(lib);
  const trip = await makeTrip(library);
  for (const [i, p] of HOSTILE_PAYLOADS.entries()) {
    await createEntry(library, trip.id, { kind: 'note', start: `2022-10-24T${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`, title: p.text, body: `${p.text}\n\n\`${p.text}\`` });
  }
  const seriesId = (await createSeries(library, trip.id, {})).series.id;
  await library.close();
  const exportTo = (format: Engine, out: string) => runCliJson(['--library', lib, 'export', '--trip', trip.id, '--series', seriesId, '--format', format, '--out', out, '--overwrite']);

  const hugo = path.join(dir, 'hugo');
  mkdirSync(path.join(hugo, 'layouts', '_default'), { recursive: true });
  mkdirSync(path.join(hugo, 'layouts', 'partials'), { recursive: true });
  writeFileSync(path.join(hugo, 'hugo.toml'), `baseURL = "http://example.org/"\ntitle = "blog"\n[params]\nsecret = "${SECRET}"\n`);
  writeFileSync(path.join(hugo, 'layouts', 'partials', 'secret.html'), INCLUDED);
  writeFileSync(path.join(hugo, 'layouts', '_default', 'single.html'), '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n');
  writeFileSync(path.join(hugo, 'layouts', '_default', 'list.html'), '<!doctype html><html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>\n');
  await exportTo('hugo', hugo);
  execFileSync('/usr/bin/hugo', ['--source', hugo, '--destination', path.join(dir, 'hugo-public'), '--quiet'], { stdio: 'pipe' });
  built.hugo = path.join(dir, 'hugo-public');

  const jekyll = path.join(dir, 'jekyll');
  mkdirSync(path.join(jekyll, '_includes'), { recursive: true });
  mkdirSync(path.join(jekyll, '_layouts'), { recursive: true });
  writeFileSync(path.join(jekyll, '_config.yml'), `title: blog\nsecret: ${SECRET}\n`);
  writeFileSync(path.join(jekyll, '_includes', 'secret.html'), INCLUDED);
  writeFileSync(path.join(jekyll, '_layouts', 'post.html'), '<!doctype html><html><head><meta charset="utf-8"><title>{{ page.title }}</title></head><body><h1>{{ page.title }}</h1>{{ content }}</body></html>\n');
  await exportTo('jekyll', jekyll);
  execFileSync('/usr/bin/jekyll', ['build', '--source', jekyll, '--destination', path.join(dir, 'jekyll-site'), '--quiet'], { stdio: 'pipe', env: { ...process.env, JEKYLL_NO_BUNDLER_REQUIRE: 'true' } });
  built.jekyll = path.join(dir, 'jekyll-site');

  await exportTo('html', path.join(dir, 'html'));
  built.html = path.join(dir, 'html');
  browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  cleanupTempDirs();
});

describe('injection payloads, end to end through the CLI', { timeout: 240_000 }, () => {
  it.each(ENGINES)('%s: no secret, no include, no dialog in Chromium; every title shown exactly as typed', async (engine) => {
    const root = built[engine]!;
    const pages = htmlFiles(root).filter((f) => readFileSync(f, 'utf8').includes('<h1') || engine === 'html');
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).not.toContain(SECRET);
      expect(html, f).not.toContain(INCLUDED);
    }
    const server = await serve(root);
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    let text = '';
    try {
      for (const f of pages) {
        await page.goto(base + path.relative(root, f).split(path.sep).join('/'));
        text += `${await page.evaluate(() => document.body.innerText)}\n`;
        // For a person to look at (test-results/ is git-ignored): the conference day's part, where the payloads are.
        if (f.includes('eccv-2022-3') && !f.includes('/tags/')) await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', `fuzz-injection-${engine}.png`), fullPage: true });
        // Nothing the writer typed became an element that runs script.
        expect(await page.evaluate(() => Array.from(document.querySelectorAll('*')).some((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))))).toBe(false);
        expect(await page.evaluate(() => Array.from(document.querySelectorAll('a[href],img[src],iframe')).map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)))).toEqual([]);
      }
    } finally {
      await page.close();
      server.close();
    }
    expect(dialogs).toEqual([]);
    const missing = HOSTILE_PAYLOADS.filter((p) => !text.includes(p.text)).map((p) => p.name);
    record('injection payloads shown as plain text (hugo, jekyll, html in Chromium)', HOSTILE_PAYLOADS.length - missing.length);
    record('injection payloads tried', HOSTILE_PAYLOADS.length);
    expect(missing).toEqual([]);
  });
});
