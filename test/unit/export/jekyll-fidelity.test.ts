import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * The fidelity day exported to Jekyll and built by Debian's real `jekyll build`
 * (4.3, kramdown, Liquid over every post) in a site with a secret in
 * _config.yml and an include that must never be pulled in: one build per file.
 */
let dir: string;
let fixture: FidelityFixture;
let report: ExportReport;
let built: string;
let post: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-jekyll-fidelity-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  const site = path.join(dir, 'site');
  report = await exportSeries(fixture.library, { tripId: fixture.tripId, seriesId: fixture.seriesId, format: 'jekyll', outDir: site, language: 'ko' });
  writeFileSync(path.join(site, '_config.yml'), `title: 블로그\nsecret: ${SECRET}\n`);
  mkdirSync(path.join(site, '_layouts'), { recursive: true });
  writeFileSync(path.join(site, '_includes', 'secret.html'), INCLUDED);
  // Titles are escaped by the layout, as Jekyll themes do (minima: `{{ page.title | escape }}`).
  writeFileSync(
    path.join(site, '_layouts', 'post.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>{{ page.title | escape }}</title>{% include proceedings-math.html %}</head>' +
      '<body><h1>{{ page.title | escape }}</h1>{{ content }}</body></html>\n',
  );
  execFileSync('/usr/bin/jekyll', ['build', '--quiet', '--source', site, '--destination', path.join(dir, '_site')], { stdio: 'pipe', env: { ...process.env, JEKYLL_ENV: 'production' } });
  post = readFileSync(path.join(site, report.pages[0]!.file), 'utf8');
  const permalink = /^permalink: "([^"]+)"$/m.exec(post)![1]!;
  built = readFileSync(path.join(dir, '_site', permalink, 'index.html'), 'utf8');
}, 120_000);
afterAll(async () => {
  await fixture?.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Jekyll export of the fidelity day, built with the real jekyll', () => {
  it('writes no Liquid tag at all from the writer (no {% raw %} that text could close)', () => {
    const body = post.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).not.toMatch(/\{[{%]/);
    expect(existsSync(path.join(dir, 'site', '_includes', 'proceedings-math.html'))).toBe(true);
  });

  it('shows hostile text as typed (nothing runs, no site data, no include), links exact, prices as prose, TeX as written', () => {
    expectFaithful(built, 3);
    expect(readdirSync(path.join(dir, '_site')).length).toBeGreaterThan(0);
  });

  it('keeps code with Liquid literal in code spans and code blocks', () => {
    const text = visibleText(built);
    expect(text).toContain('{{< param secret >}} {% endraw %}{{ site.secret }}\n<script>alert(1)</script>');
    expect(built).toMatch(/<pre><code class="language-html">&#123;&#123;&#60; param secret/);
    expect(text).toContain('inline code: {{< param secret >}} and {% include secret.html %} and a`b >}} {{< figure src=/X >}} done');
  });

  it('hands kramdown nothing to rewrite inside math', () => {
    expect(builtTex(visibleText(built))).toEqual(JOURNAL_TEX);
  });

  it('draws every formula with the shipped math snippet in Chromium, as written, prices untouched', async () => {
    const shot = path.join(REPO_ROOT, 'test-results', 'export-jekyll-built.png');
    mkdirSync(path.dirname(shot), { recursive: true });
    const site = await renderBuiltPage(built, shot);
    expect(site.errors).toBe(0);
    expect(site.tex).toEqual(JOURNAL_TEX);
    expect(site.text).toContain('택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.');
    expect(site.dialogs).toEqual([]);
  }, 60_000);
});
