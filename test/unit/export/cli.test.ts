import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../../support/cli';
import { buildFixture, SERIES_TITLE } from './fixture';

let dir: string;
let lib: string;
let tripId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-cli-export-'));
  lib = path.join(dir, 'lib');
  const fixture = await buildFixture(lib, dir);
  tripId = fixture.tripId;
  await fixture.library.close(); // the CLI takes the lock itself
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('proceedings series / export', () => {
  it('suggests a series, lists and shows it, exports it, and refuses a foreign folder', async () => {
    const { value: created } = await runCliJson<{ series: { id: string; title: string; parts: unknown[] } }>(['--library', lib, 'series', 'suggest', '--trip', tripId]);
    expect(created.series.title).toBe(SERIES_TITLE);
    expect(created.series.parts).toHaveLength(5);
    const list = await runCli(['--library', lib, 'series', 'list', '--trip', tripId]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${created.series.id}\t${SERIES_TITLE}\t5 parts`);
    const show = await runCli(['--library', lib, 'series', 'show', created.series.id.slice(0, 4), '--trip', tripId]);
    expect(show.stdout).toContain(`  2. ${SERIES_TITLE} 2`);

    const out = path.join(dir, 'out');
    const { value: report } = await runCliJson<{ pages: { file: string }[]; photos: { missing: { photoId: string }[] } }>([
      '--library', lib, 'export', '--trip', tripId, '--series', created.series.id, '--format', 'markdown', '--out', out, '--digest', '--long-edge', '800',
    ]);
    expect(report.pages).toHaveLength(6);
    expect(report.photos.missing.map((m) => m.photoId)).toEqual(['ph-missing']);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toContain(`# ${SERIES_TITLE}`);

    const foreign = path.join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'keep.txt'), 'x');
    const refused = await runCli(['--library', lib, 'export', '--trip', tripId, '--series', created.series.id, '--format', 'html', '--out', foreign]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty and is not a previous export/);
    expect(existsSync(path.join(foreign, 'index.html'))).toBe(false);

    const bad = await runCli(['--library', lib, 'export', '--trip', tripId, '--series', created.series.id, '--format', 'pdf', '--out', foreign]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"pdf" is not one of hugo, jekyll, markdown, html');
  }, 180_000); // six CLI processes, each starting tsx
});
