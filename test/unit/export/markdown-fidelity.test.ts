import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries } from '../../../electron/services/export/export';
import { expectFaithful } from './built-page';
import { buildFidelityFixture, type FidelityFixture } from './fidelity-fixture';

/**
 * The fidelity day exported as a plain Markdown folder and read by an
 * independent GFM reader with dollar math (Debian's pandoc, `gfm+tex_math_dollars`,
 * the syntax GitHub renders): the same words, links and TeX as the journal.
 */
let dir: string;
let fixture: FidelityFixture;
let markdown: string;
let html: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-md-fidelity-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  const report = await exportSeries(fixture.library, { tripId: fixture.tripId, seriesId: fixture.seriesId, format: 'markdown', outDir: path.join(dir, 'md'), language: 'ko' });
  const file = path.join(report.outDir, report.pages[0]!.file);
  markdown = readFileSync(file, 'utf8');
  html = execFileSync('/usr/bin/pandoc', ['-f', 'gfm+tex_math_dollars', '-t', 'html', '--mathjax', '--wrap=none', file], { encoding: 'utf8' });
}, 120_000);
afterAll(async () => {
  await fixture?.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Markdown export of the fidelity day, read by pandoc as GFM', () => {
  it('keeps math as $…$ / $$…$$ and escapes prose dollars', () => {
    expect(markdown).toContain('택시는 시간당 \\$2, 총 \\$40');
    expect(markdown).toContain('$W^\\top x \\neq b$');
  });

  it('shows hostile text as typed, links exact, prices as prose, TeX as written', () => {
    expectFaithful(html, 0);
  });
});
