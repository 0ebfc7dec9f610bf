import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtTex, decodeAttribute, expectFaithful, JOURNAL_TEX, visibleText } from './built-page';
import { buildFidelityFixture, HOSTILE_LINE, type FidelityFixture } from './fidelity-fixture';
import { buildHugoSite } from './hugo-site';
import { expectDrawnAsWritten } from './site-math';

/**
 * The fidelity day exported to Hugo and built by Debian's real hugo (see
 * hugo-site.ts): one build for the whole file.
 */
let dir: string;
let fixture: FidelityFixture;
let built: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-hugo-fidelity-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  built = await buildHugoSite(dir, fixture);
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
    // The figure shortcode's parameters carry the caption and alt text exactly, quotes and all.
    const img = /<img src="[0-9a-f]{20}\.jpg"\s+alt="([^"]*)"/.exec(built);
    expect(decodeAttribute(img![1]!)).toBe(HOSTILE_LINE);
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
    await expectDrawnAsWritten(built, 'export-hugo-built.png');
  }, 60_000);
});
