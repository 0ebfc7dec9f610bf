import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFaithful, visibleText } from './built-page';
import { buildFidelityFixture, type FidelityFixture } from './fidelity-fixture';
import { buildHugoSite } from './hugo-site';

/**
 * Many Hugo blogs turn on Goldmark's raw HTML (`markup.goldmark.renderer.unsafe`)
 * for their own posts. The export must not depend on it being off: the writer's
 * `<script>` is escaped text either way.
 */
let dir: string;
let fixture: FidelityFixture;
let built: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-hugo-unsafe-'));
  fixture = await buildFidelityFixture(path.join(dir, 'lib'));
  built = await buildHugoSite(dir, fixture, '[markup.goldmark.renderer]\nunsafe = true\n');
}, 120_000);
afterAll(async () => {
  await fixture?.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Hugo export on a site that renders raw HTML', () => {
  it('still shows hostile text as typed and runs none of it', () => {
    expectFaithful(built, 3);
    expect(visibleText(built)).toContain('inline code: {{< param secret >}} and {% include secret.html %}');
  });
});
