import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportOptions } from '../../../electron/services/export/export';
import type { Library } from '../../../electron/services/library/library';
import { createSeries, updateSeries } from '../../../electron/services/series/arrange';
import { buildFixture, SERIES_TITLE } from './fixture';

let dir: string;
let library: Library;
let tripId: string;
let seriesId: string;
let entries: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-export-'));
  ({ library, tripId, entries } = await buildFixture(path.join(dir, 'lib'), dir, { heic: true }));
  seriesId = (await createSeries(library, tripId, {})).series.id;
}, 60_000);
afterAll(async () => {
  await library.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (format: ExportOptions['format'], out: string, extra: Partial<ExportOptions> = {}) =>
  exportSeries(library, { tripId, seriesId, format, outDir: path.join(dir, out), digest: true, ...extra });

/** Every file under a folder (relative, sorted) with the sha256 of its bytes. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(path.relative(root, abs), createHash('sha256').update(readFileSync(abs)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

/** Relative Markdown links and images of a file, decoded, resolved against the file's folder. */
function markdownTargets(file: string, resolveDirs = true): string[] {
  const filePath = file;
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href))
    .map((href) => {
      // A link to an entry (the digest's "Seen at") must land on an anchor that page has.
      const [file, fragment] = href.split('#');
      if (fragment && resolveDirs) expect(readFileSync(path.resolve(path.dirname(filePath), decodeURI(file!)), 'utf8')).toContain(`<a id="${fragment}"></a>`);
      return file!;
    })
    .map((href) => (resolveDirs ? path.resolve(path.dirname(file), decodeURI(href)) : decodeURI(href)));
}

describe('Markdown folder', () => {
  it('is readable as it is: README lists parts, every link and image resolves, Korean intact, math kept', async () => {
    const report = await run('markdown', 'md');
    const root = report.outDir;
    expect(report.pages).toHaveLength(6); // 5 parts + the paper digest
    expect(report.pages[0]!.title).toBe(`${SERIES_TITLE} 1`);
    for (const file of ['README.md', ...report.pages.map((p) => p.file)]) {
      for (const target of markdownTargets(path.join(root, file))) expect(existsSync(target), `${file} → ${target}`).toBe(true);
    }
    const part2 = readFileSync(path.join(root, report.pages[1]!.file), 'utf8');
    expect(part2.startsWith(`# ${SERIES_TITLE} 2\n`)).toBe(true);
    // Navigation first: all pages, the current one marked; previous/next at the end.
    expect(part2.indexOf(`1. [${SERIES_TITLE} 1](01-`)).toBeGreaterThan(0);
    expect(part2).toContain(`2. **[${SERIES_TITLE} 2](02-`);
    expect(part2.trimEnd().split('\n').pop()).toMatch(/^← Previous: \[.* 1\]\(01-.*\| Next: \[.* 3\]\(03-.*→$/);
    // A talk: title linked to its paper, format and session, notes with math untouched.
    expect(part2).toContain('### [10:30 · Masked Autoencoders 이야기](https://arxiv.org/abs/2111.06377)');
    expect(part2).toContain('*Oral · Session: Oral 1A · Room Hall A*');
    expect(part2).toContain('$\\mathcal{L} = \\sum_i \\|x_i - \\hat{x}_i\\|^2$');
    expect(part2).toContain('$$\nE = mc^2\n$$');
    expect(part2).toContain('*Lunch · @ Abu Hassan · Hummus · ★★★★★*');
    expect(part2).toMatch(/!\[발표장 풍경 "Hall A"\]\(images\/[0-9a-f]{20}\.jpg\) {2}\n\*발표장 풍경 "Hall A"\*/);
    expect(part2).not.toContain('SECRET'); // left out of the export
    const part3 = readFileSync(path.join(root, report.pages[2]!.file), 'utf8');
    expect(part3).toContain('**Q.** 학습 시간은?\n\n**A.** 8 GPU로 하루');
    expect(part3).toContain('**Q (Bob).** Why not SDF?');
    const digest = readFileSync(path.join(root, report.pages[5]!.file), 'utf8');
    // Starred paper first, with authors, where it was seen (linked to the entry in its part) and the notes.
    expect(digest.indexOf('★ A NeRF Paper')).toBeLessThan(digest.indexOf('Masked Autoencoders Are Scalable'));
    expect(digest).toContain('*Kaiming He, Xinlei Chen*');
    expect(digest).toMatch(/\*Seen at: \[Talk 2022\\-10\\-24 10:30 \\\(Oral 1A\\\) — 텔 아비브와 ECCV 2022 여행기 2\]\(02-[^)]+\.md#entry-[\w-]+\)/);
    // issue #9: the digest carries the writer's notes themselves, like a paper-notes list (was: a quoted first line).
    expect(digest).toContain('\n\n마스킹 비율이 75%일 때 가장 좋다고 한다\\.\n');
  });

  it('reports a missing original and exports the rest; HEIC becomes JPEG; no GPS or camera data; names hide times', async () => {
    const report = await run('markdown', 'md');
    expect(report.photos.missing.map((m) => m.photoId)).toEqual(['ph-missing']);
    expect(report.photos.exported).toBe(5);
    const images = readdirSync(path.join(report.outDir, 'images')).sort();
    expect(images).toHaveLength(5);
    for (const name of images) {
      expect(name).toMatch(/^[0-9a-f]{20}\.jpg$/);
      const file = path.join(report.outDir, 'images', name);
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe('jpeg');
      expect(await exifr.parse(file, { gps: true, tiff: true, exif: true })).toBeFalsy();
      const tags = execFileSync('/usr/bin/exiftool', ['-j', '-G1', '-a', file], { encoding: 'utf8' });
      expect(tags).not.toMatch(/GPS|iPhone|Apple|SerialNumber|DateTimeOriginal/);
    }
  });

  it('orients and resizes (long edge configurable, never enlarged) and can keep only the capture date', async () => {
    const report = await run('markdown', 'md-small', { longEdge: 400, keepCaptureDate: true, digest: false });
    const part2 = readFileSync(path.join(report.outDir, report.pages[1]!.file), 'utf8');
    const talkImage = /!\[발표장[^\]]*\]\((images\/[0-9a-f]{20}\.jpg)\)/.exec(part2)![1]!;
    const meta = await sharp(path.join(report.outDir, talkImage)).metadata();
    // The original is 1200×900 with orientation 6: published upright, 300×400.
    expect([meta.width, meta.height]).toEqual([300, 400]);
    expect(meta.orientation ?? 1).toBe(1);
    const tags = await exifr.parse(path.join(report.outDir, talkImage), { gps: true, reviveValues: false });
    expect(tags.DateTimeOriginal).toBe('2022:10:24 10:34:00');
    expect(tags.latitude).toBeUndefined();
    expect(JSON.stringify(tags)).not.toMatch(/iPhone|Apple/);
    const big = await run('markdown', 'md-big', { longEdge: 4000, digest: false });
    const bigImage = /!\[발표장[^\]]*\]\((images\/[0-9a-f]{20}\.jpg)\)/.exec(readFileSync(path.join(big.outDir, big.pages[1]!.file), 'utf8'))![1]!;
    expect((await sharp(path.join(big.outDir, bigImage)).metadata()).height).toBe(1200);
  });
});

describe('Jekyll', () => {
  it('writes dated posts with series front matter, permalinks, Liquid-free text and assets that resolve', async () => {
    const report = await run('jekyll', 'jekyll');
    expect(report.pages.map((p) => p.file)[1]).toBe('_posts/2022-10-24-텔-아비브와-eccv-2022-여행기-2.md');
    const post = readFileSync(path.join(report.outDir, report.pages[1]!.file), 'utf8');
    expect(post).toMatch(/^---\nlayout: "post"\ntitle: "텔 아비브와 ECCV 2022 여행기 2"\ndate: 2022-10-24\nseries: "텔 아비브와 ECCV 2022 여행기"\npart: 2\nlang: "en"\npermalink: "\/텔-아비브와-eccv-2022-여행기\/텔-아비브와-eccv-2022-여행기-2\/"\n---\n\n/);
    // No {% raw %} wrapper (text could close it): the body holds no Liquid tag at all.
    expect(post).not.toMatch(/\{[{%]/);
    // Links resolve against the permalink folder, as a browser would.
    const pageDir = path.join(report.outDir, '텔-아비브와-eccv-2022-여행기', '텔-아비브와-eccv-2022-여행기-2');
    for (const href of markdownTargets(path.join(report.outDir, report.pages[1]!.file), false)) {
      const target = path.resolve(pageDir, href);
      if (href.endsWith('/')) expect(report.pages.some((p) => target.endsWith(p.file.replace(/^_posts\/\d{4}-\d\d-\d\d-/, '').replace(/\.md$/, '')))).toBe(true);
      else expect(existsSync(target), href).toBe(true);
    }
  });
});

describe('determinism, incremental re-export and output folder safety', () => {
  it('writes byte-identical files twice and rewrites only what changed', async () => {
    const first = await run('html', 'html-twice');
    const before = snapshot(first.outDir);
    const again = await run('html', 'html-twice');
    expect(again.files.written).toBe(0);
    expect(again.photos.converted).toBe(0);
    expect(snapshot(again.outDir)).toEqual(before);
    await library.mutate(tripId, (doc) => {
      doc.entries.find((e) => e.id === entries.note)!.body = '바닷가를 걸었다. 바람이 좋았다.';
    });
    const changed = await run('html', 'html-twice');
    expect(changed.files.written).toBe(1);
    expect(changed.files.removed).toBe(0);
    expect(readFileSync(path.join(changed.outDir, changed.pages[2]!.file), 'utf8')).toContain('바람이 좋았다');
  });

  it('removes files of the previous export that are gone (renamed part), never others', async () => {
    const first = await run('markdown', 'md-rename');
    writeFileSync(path.join(first.outDir, 'my-notes.txt'), 'mine');
    const { series } = await updateSeries(library, tripId, seriesId, {});
    const parts = series.parts.map((p, i) => (i === 0 ? { ...p, title: '출발 ../../escape' } : p));
    await updateSeries(library, tripId, seriesId, { parts });
    const second = await run('markdown', 'md-rename');
    expect(second.pages[0]!.file).toBe('01-출발-escape.md');
    expect(second.files.removed).toBe(1);
    expect(existsSync(path.join(first.outDir, first.pages[0]!.file))).toBe(false);
    expect(readFileSync(path.join(first.outDir, 'my-notes.txt'), 'utf8')).toBe('mine');
    await updateSeries(library, tripId, seriesId, { parts: series.parts });
  });

  it('refuses a non-empty folder that is not an export of this series unless told to overwrite', async () => {
    const out = path.join(dir, 'busy');
    mkdirSync(out);
    writeFileSync(path.join(out, 'thesis.tex'), 'precious');
    await expect(run('html', 'busy')).rejects.toMatchObject({ code: 'conflict' });
    expect(readdirSync(out)).toEqual(['thesis.tex']);
    const other = (await createSeries(library, tripId, { title: '다른 시리즈' })).series.id;
    await run('markdown', 'other-series');
    await expect(exportSeries(library, { tripId, seriesId: other, format: 'markdown', outDir: path.join(dir, 'other-series') })).rejects.toMatchObject({ code: 'conflict' });
    const forced = await run('html', 'busy', { overwrite: true });
    expect(forced.pages).toHaveLength(6);
    expect(readFileSync(path.join(out, 'thesis.tex'), 'utf8')).toBe('precious');
    await expect(run('html', path.relative(dir, path.join(library.paths.root, 'exports')))).rejects.toThrow(/outside the library/);
  });

  it('never writes through a symlink that leads out of the folder', async () => {
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    const out = path.join(dir, 'linked');
    mkdirSync(out);
    symlinkSync(outside, path.join(out, 'images'));
    await expect(run('markdown', 'linked', { overwrite: true })).rejects.toMatchObject({ code: 'outside-library' });
    expect(readdirSync(outside)).toEqual([]);
  });
});
