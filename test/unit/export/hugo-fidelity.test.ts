import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportReport } from '../../../electron/services/export/export';
import { INCLUDED, SECRET } from '../../support/hostile-text';
import { builtTex, expectFaithful, JOURNAL_TEX, visibleText } from './built-page';
import { buildFidelityFixture, type FidelityFixture } from './fidelity-fixture';
import { renderBuiltPage } from './site-math';
import { REPO_ROOT } from '../../support/library';

/**
 * The fidelity day exported to Hugo and built by Debian's real hugo (0.111,
 * Goldmark with the typographer on) in a site that has a secret parameter and
 * includes the shipped math partial: one build for the whole file.
 */
const HUGO = '/usr/bin/hugo';
let dir: string;
let fixture: FidelityFixture;
let report: ExportReport;
let built: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-hugo-fidelity-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  const site = path.join(dir, 'site');
  report = await exportSeries(fixture.library, { tripId: fixture.tripId, seriesId: fixture.seriesId, format: 'hugo', outDir: site, language: 'ko' });
  writeFileSync(path.join(site, 'hugo.toml'), `baseURL = "http://example.org/"\ntitle = "블로그"\n[params]\nsecret = "${SECRET}"\n`);
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  mkdirSync(path.join(site, 'layouts', 'partials'), { recursive: true });
  writeFileSync(path.join(site, 'layouts', 'partials', 'secret.html'), INCLUDED);
  writeFileSync(
    path.join(site, 'layouts', '_default', 'single.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title>{{ partial "proceedings-math.html" . }}</head>' +
      '<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n',
  );
  writeFileSync(path.join(site, 'layouts', '_default', 'list.html'), '<!doctype html><html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>\n');
  execFileSync(HUGO, ['--source', site, '--destination', path.join(dir, 'public'), '--quiet'], { stdio: 'pipe' });
  const page = report.pages[0]!.file.replace(/^content\//, '').replace(/index\.md$/, 'index.html');
  built = readFileSync(path.join(dir, 'public', page), 'utf8');
}, 120_000);
afterAll(async () => {
  await fixture?.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Hugo export of the fidelity day, built with the real hugo', () => {
  it('shows hostile text as typed (no shortcode runs), links exact, prices as prose, TeX as written', () => {
    // The three <script> elements are the shipped KaTeX partial's, none from the writer.
    expectFaithful(built, 3);
    expect(built).toContain('katex@');
  });

  it('keeps code with shortcodes literal in code spans and code blocks', () => {
    const text = visibleText(built);
    expect(text).toContain('{{< param secret >}} {% endraw %}{{ site.secret }}\n<script>alert(1)</script>');
    expect(built).toContain('<pre><code class="language-html">{{&lt; param secret &gt;}}');
    expect(text).toContain('inline code: {{< param secret >}} and {% include secret.html %} and a`b >}} {{< figure src=/X >}} done');
  });

  it('hands the typographer nothing to rewrite inside math', () => {
    const tex = builtTex(visibleText(built));
    expect(tex).toEqual(JOURNAL_TEX);
    expect(tex.join(' ')).toContain("\\theta ' = T^{'}");
    expect(tex.join(' ')).not.toMatch(/&[lr]squo;|‘|’|…|–/);
  });

  it('draws every formula with the shipped math snippet in Chromium, as written, prices untouched', async () => {
    const shot = path.join(REPO_ROOT, 'test-results', 'export-hugo-built.png');
    mkdirSync(path.dirname(shot), { recursive: true });
    const site = await renderBuiltPage(built, shot);
    expect(site.errors).toBe(0);
    expect(site.tex).toEqual(JOURNAL_TEX);
    expect(site.text).toContain('택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.');
    expect(site.dialogs).toEqual([]);
  }, 60_000);
});
