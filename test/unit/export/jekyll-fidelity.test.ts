import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtTex, expectFaithful, JOURNAL_TEX, visibleText } from './built-page';
import { buildFidelityFixture, type FidelityFixture } from './fidelity-fixture';
import { buildJekyllSite } from './jekyll-site';
import { expectDrawnAsWritten } from './site-math';

/**
 * The fidelity day exported to Jekyll and built by Debian's real `jekyll build`
 * (4.3, kramdown, Liquid over every post; see jekyll-site.ts): one build per file.
 */
let dir: string;
let fixture: FidelityFixture;
let built: string;
let post: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-jekyll-fidelity-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  ({ post, built } = await buildJekyllSite(dir, fixture));
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
    await expectDrawnAsWritten(built, 'export-jekyll-built.png');
  }, 60_000);
});
