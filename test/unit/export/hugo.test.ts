import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportReport } from '../../../electron/services/export/export';
import type { Library } from '../../../electron/services/library/library';
import { createSeries } from '../../../electron/services/series/arrange';
import { buildFixture, SERIES_TITLE } from './fixture';

const HUGO = '/usr/bin/hugo';
let dir: string;
let library: Library;
let report: ExportReport;
let publicDir: string;

/** A bare site around the export: the export itself brings content and the taxonomy config. */
function addSiteSkeleton(site: string): void {
  writeFileSync(path.join(site, 'hugo.toml'), 'baseURL = "http://example.org/"\nlanguageCode = "ko"\ntitle = "블로그"\n');
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    path.join(site, 'layouts', '_default', 'single.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>' +
      '<p class="series">{{ range .Params.series }}{{ . }}{{ end }}</p>{{ .Content }}</body></html>\n',
  );
  writeFileSync(
    path.join(site, 'layouts', '_default', 'list.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>' +
      '{{ range .Pages.ByWeight }}<a class="post" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n',
  );
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-hugo-'));
  const fixture = await buildFixture(path.join(dir, 'lib'), dir);
  library = fixture.library;
  const seriesId = (await createSeries(library, fixture.tripId, {})).series.id;
  const site = path.join(dir, 'site');
  report = await exportSeries(library, { tripId: fixture.tripId, seriesId, format: 'hugo', outDir: site, digest: true, language: 'ko' });
  addSiteSkeleton(site);
  publicDir = path.join(dir, 'public');
  execFileSync(HUGO, ['--source', site, '--destination', publicDir, '--quiet'], { stdio: 'pipe' });
}, 120_000);
afterAll(async () => {
  await library.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The built page of a bundle: content/posts/<s>/<p>/index.md → public/posts/<s>/<p>/index.html. */
const builtPage = (bundleFile: string) => path.join(publicDir, bundleFile.replace(/^content\//, '').replace(/index\.md$/, 'index.html'));

/** href/src of a built page that stay on the site, resolved as a browser would (folder → index.html). */
function localTargets(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  const pageUrl = `/${path.relative(publicDir, path.dirname(file)).split(path.sep).join('/')}/`;
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((u) => !/^(https?:|mailto:|#)/.test(u) || u.startsWith('http://example.org/'))
    .map((u) => {
      const url = new URL(u, `http://example.org${pageUrl}`);
      const local = path.join(publicDir, decodeURIComponent(url.pathname));
      return url.pathname.endsWith('/') ? path.join(local, 'index.html') : local;
    });
}

describe('Hugo export built with the real hugo', () => {
  it('builds every part as a page with its Hangul title and the series taxonomy', () => {
    expect(report.pages).toHaveLength(6);
    for (const page of report.pages) {
      const built = builtPage(page.file);
      expect(existsSync(built), built).toBe(true);
      const html = readFileSync(built, 'utf8');
      expect(html).toContain(`<title>${page.title}</title>`);
      expect(html).toContain(`<p class="series">${SERIES_TITLE}</p>`);
    }
    expect(report.pages[0]!.title).toBe(`${SERIES_TITLE} 1`);
    const term = readFileSync(path.join(publicDir, 'series', '텔-아비브와-eccv-2022-여행기', 'index.html'), 'utf8');
    const listed = [...term.matchAll(/class="post" href="[^"]+">([^<]+)</g)].map((m) => m[1]);
    expect(listed).toEqual(report.pages.map((p) => p.title)); // ordered by weight
  });

  it('starts every page with the series navigation and ends it with previous/next, all links resolving', () => {
    for (const [i, page] of report.pages.entries()) {
      const built = builtPage(page.file);
      const html = readFileSync(built, 'utf8');
      const nav = html.slice(html.indexOf('<ol>'), html.indexOf('</ol>'));
      expect(nav.match(/<li>/g)).toHaveLength(report.pages.length);
      expect(nav).toMatch(new RegExp(`<strong><a href="[^"]+">${page.title.replace(/[()]/g, '\\$&')}</a></strong> ← 이 글`));
      if (i > 0) expect(html).toContain(`← 이전 글: <a href=`);
      if (i < report.pages.length - 1) expect(html).toContain(`다음 글: <a href=`);
      for (const target of localTargets(built)) expect(existsSync(target), `${page.file}: ${target}`).toBe(true);
    }
  });

  it('renders photos as figures with captions; every image exists and carries no GPS', async () => {
    const html = readFileSync(builtPage(report.pages[1]!.file), 'utf8');
    expect(html).toMatch(/<figure>\s*<img src="[0-9a-f]{20}\.jpg"\s+alt="발표장 풍경 &#34;Hall A&#34;"[^>]*>\s*<figcaption>\s*<p>발표장 풍경 (?:&#34;|&quot;|")Hall A(?:&#34;|&quot;|")<\/p>\s*<\/figcaption>/);
    const images = report.pages.flatMap((p) => localTargets(builtPage(p.file)).filter((t) => t.endsWith('.jpg')));
    expect(images.length).toBe(4);
    for (const image of images) {
      expect(existsSync(image)).toBe(true);
      expect(await exifr.gps(image).catch(() => undefined)).toBeFalsy();
    }
    // Math reaches the page exactly as written, between $…$, for the site's MathJax/KaTeX.
    // Math reaches the page as written, between the default delimiters of MathJax and KaTeX auto-render.
    expect(html).toContain('\\(\\mathcal{L} = \\sum_i \\|x_i - \\hat{x}_i\\|^2\\)');
    expect(html).toContain('\\[E = mc^2\\]');
  });
});
