import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../support/cli';
import { folderDifferences, runCliKilledAfter, snapshotFolder } from '../support/kill-cli';
import { buildFixture } from '../unit/export/fixture';
import { pick, record } from './figures';

let dir: string;
let lib: string;
let tripId: string;
let seriesId: string;
let reference: Map<string, Buffer>;
let killedMidRun = 0;

const exportArgs = (out: string, format = 'hugo') => [
  '--library', lib, 'export', '--trip', tripId, '--series', seriesId, '--format', format, '--out', out, '--digest', '--long-edge', '640',
];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-export-kill-'));
  lib = path.join(dir, 'lib');
  const fixture = await buildFixture(lib, dir);
  tripId = fixture.tripId;
  // 40 more photos on the conference days, so the export writes for long enough to be caught at many points.
  await fixture.library.mutate(tripId, (doc) => {
    const model = doc.photos.find((p) => p.id === 'ph-lunch')!;
    const original = readFileSync(path.join(lib, model.file));
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.concat([original, Buffer.from(`extra ${i}`)]);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = `media/originals/${sha256.slice(0, 2)}/${sha256}.jpg`;
      mkdirSync(path.dirname(path.join(lib, file)), { recursive: true });
      writeFileSync(path.join(lib, file), bytes);
      doc.photos.push({ ...model, id: `ph-extra-${i}`, sha256, file, bytes: bytes.length, caption: `사진 ${i}` });
    }
  });
  await fixture.library.close();
  const { value } = await runCliJson<{ series: { id: string } }>(['--library', lib, 'series', 'suggest', '--trip', tripId]);
  seriesId = value.series.id;
  // An uninterrupted export is what every interrupted one must end up as, byte for byte.
  const clean = path.join(dir, 'clean');
  await runCliJson(exportArgs(clean));
  reference = snapshotFolder(clean);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an export killed with SIGKILL', { timeout: 180_000 }, () => {
  // Milliseconds after the export folder appears: from the marker to the last files.
  const moments = pick([0, 4, 15], [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 23, 26, 30, 35, 40, 50, 60, 80]);

  it.each(moments)('%i ms into writing: re-running (no --overwrite) resumes and ends identical to an uninterrupted export', async (ms) => {
    const out = path.join(dir, `out-${ms}`);
    const run = await runCliKilledAfter(exportArgs(out), ms, out);
    if (run.killed) killedMidRun++;
    const again = await runCli([...exportArgs(out), '--json']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(folderDifferences(reference, snapshotFolder(out))).toEqual([]);
    if (run.killed) record('exports killed (SIGKILL) and resumed, nothing lost');
  });

  it('killed twice in a row and then switched to another format, still resumes and leaves no temp files', async () => {
    const out = path.join(dir, 'out-twice');
    await runCliKilledAfter(exportArgs(out, 'jekyll'), 5, out);
    await runCliKilledAfter(exportArgs(out, 'jekyll'), 12, out);
    const again = await runCli([...exportArgs(out), '--json']);
    expect(again.code).toBe(0);
    expect(folderDifferences(reference, snapshotFolder(out))).toEqual([]);
  });

  it('most of those kills landed while the export was running', () => {
    expect(killedMidRun).toBeGreaterThanOrEqual(Math.ceil(moments.length / 2));
  });

  it('an in-progress export of another series still guards its folder', async () => {
    const out = path.join(dir, 'out-other');
    await runCliJson(exportArgs(out));
    // What a run killed after writing its marker leaves behind.
    const marker = path.join(out, '.proceedings-export.json');
    writeFileSync(marker, JSON.stringify({ ...JSON.parse(readFileSync(marker, 'utf8')), state: 'in-progress' }));
    const { value } = await runCliJson<{ series: { id: string } }>(['--library', lib, 'series', 'suggest', '--trip', tripId, '--title', 'Other']);
    const other = await runCli(['--library', lib, 'export', '--trip', tripId, '--series', value.series.id, '--format', 'hugo', '--out', out]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/not a previous export of this series/);
    await runCli(['--library', lib, 'series', 'remove', value.series.id, '--trip', tripId]);
    // Its own series resumes it.
    expect((await runCli(exportArgs(out))).code).toBe(0);
    expect(folderDifferences(reference, snapshotFolder(out))).toEqual([]);
  });
});
