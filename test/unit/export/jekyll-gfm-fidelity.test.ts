import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFaithful } from './built-page';
import { buildFidelityFixture, type FidelityFixture } from './fidelity-fixture';
import { buildJekyllSite } from './jekyll-site';

/**
 * The same day on a Jekyll site that reads posts as GFM (`kramdown: input: GFM`,
 * as GitHub Pages does): the escaping holds for that parser too.
 */
let dir: string;
let fixture: FidelityFixture;
let built: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-jekyll-gfm-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  ({ built } = await buildJekyllSite(dir, fixture, 'kramdown:\n  input: GFM\n'));
}, 120_000);
afterAll(async () => {
  await fixture?.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Jekyll export read as GFM by kramdown', () => {
  it('shows hostile text as typed, links exact, prices as prose, TeX as written', () => {
    expectFaithful(built, 3);
    expect(built).toContain('\\(W^\\top x \\neq b\\)');
  });
});
