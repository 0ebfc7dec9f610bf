import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSeries, type ExportOptions, type ExportReport } from '../../../electron/services/export/export';
import type { Library } from '../../../electron/services/library/library';
import { listSeries, updateSeries } from '../../../electron/services/series/arrange';
import { previewPart } from '../../../electron/services/export/preview';
import { buildStoryFixture, STORY_TITLE, type StoryFixture } from './story-fixture';

let dir: string;
let fx: StoryFixture;
let library: Library;
const reports = new Map<string, ExportReport>();

const run = async (format: ExportOptions['format'], extra: Partial<ExportOptions> = {}, name: string = format) => {
  const report = await exportSeries(library, { tripId: fx.tripId, seriesId: fx.seriesId, format, outDir: path.join(dir, name), digest: true, ...extra });
  reports.set(name, report);
  return report;
};
/**
 * The characters a reader of the built page sees: the Markdown exports escape every punctuation mark and write braces
 * as character references (shared/markdown/escape.ts), so the source is compared with those resolved.
 */
const seen = (md: string) =>
  md.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&').replace(/\\([!-/:-@[-`{-~])/g, '$1');
const page = (report: ExportReport, i: number) => {
  const text = readFileSync(path.join(report.outDir, report.pages[i]!.file), 'utf8');
  return report.pages[i]!.file.endsWith('.md') ? seen(text) : text;
};
/** Positions of needles in text, asserting each is there. */
const order = (text: string, needles: string[]) =>
  needles.map((n) => {
    const at = text.indexOf(n);
    expect(at, `missing: ${n}`).toBeGreaterThanOrEqual(0);
    return at;
  });
const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-story-'));
  fx = await buildStoryFixture(path.join(dir, 'lib'), dir);
  library = fx.library;
  for (const format of ['markdown', 'hugo', 'jekyll', 'html'] as const) await run(format);
}, 120_000);
afterAll(async () => {
  await library.close();
  // KEEP_EXPORT=1 leaves the exports for a person to open.
  if (process.env.KEEP_EXPORT) console.log(`exports kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

describe('a story-style day like the reference post, in all four formats', () => {
  it('opens with the series intro and the part intro before any heading, and ends with the outro', () => {
    for (const [format, report] of reports) {
      const text = page(report, 0);
      const [seriesIntro, intro, firstHeading, outro] = order(text, [
        '이스라엘 텔 아비브에서 열린 ECCV 2022 참가기.',
        '본격적인 학회의 시작.',
        format === 'html' ? '<h3' : '### ',
        '다음 편에서 계속.',
      ]);
      expect(seriesIntro! < intro! && intro! < firstHeading! && firstHeading! < outro!, format).toBe(true);
      expect(text, format).toContain('오후에는 포스터 세션이 길었다.'); // the day's intro
    }
  });

  it('a story shows no clock times, no kind labels and no day heading for a one-day part; Q&A reads as an exchange', () => {
    const md = page(reports.get('markdown')!, 0);
    expect(md).not.toMatch(/\b\d\d:\d\d\b/);
    expect(md).not.toMatch(/Oral|Poster|Lunch|Dinner|구두 발표|포스터 ·|점심|저녁 ·/);
    expect(md).not.toMatch(/^## /m);
    expect(md).toContain('### [Panoptic Scene Graph Generation](https://arxiv.org/abs/2207.11247)');
    // An untitled meal gets no heading of its own, but keeps its words, price and link.
    expect(md).not.toMatch(/### .*(Meal|식사)/);
    expect(md).toContain('[Expo Tel Aviv](https://www.expotelaviv.com/) · 슈니첼과 가지와 빵 · ₪58');
    expect(md).toContain('> **데이터셋은 공개되나요?** *(옆 사람의 질문)*\n> \n> — 이미 공개했다');
    // Q&A on a talk and a booth too; a booth says what it showed and handed out; several people met at once.
    expect(md).toContain('> **C++::std::vector 쓰나?**\n> \n> — 네');
    expect(md).toContain('> **실제 장비인가요?**');
    expect(md).toContain('전시: 미사일 런처 시뮬레이터 · 나눠 준 것: 스티커');
    expect(md).toContain('김민지 (NAVER), 이서연 (KAIST), Hugo Touvron (Meta)');
    // The remembered language (ko) is used by the Markdown export too.
    expect(md).toContain('다음 글: [빈 파트]');
  });

  it('photos stand where the writer or the clock puts them, each once, with captions as alt text', () => {
    const md = page(reports.get('markdown')!, 0);
    const pos = order(md, [
      '![텔 아비브 엑스포 앞]', // loose, 08:50: before the first talk
      '예를 들어 Lottery Ticket',
      '![발표장 풍경]', // placed inline in the notes, between two paragraphs
      '손실은 $\\mathcal{L}_{weak} \\neq \\mathcal{L}$ 이다.',
      '![Weak Subnet 슬라이드]', // the talk's other photo follows it
      '![미사일 런처]',
      '![LED 백팩]',
      '슈니첼이 학회 단골 메뉴였다.',
      '해피 아워',
      '![저녁 먹으러 가는 길]', // loose, 19:20: after the 17:30 happy hour, before the 19:45 dinner
      '그럭저럭 괜찮았다.',
      '![거위 다리]',
    ]);
    expect(increasing(pos)).toBe(true);
    expect(md.split('](photo:').length).toBe(1); // every reference resolved
    expect(md.match(/!\[발표장 풍경\]/g)).toHaveLength(1); // each photo once
    expect(md).toMatch(/!\[사진\]\(images\/[0-9a-f]{20}\.jpg\)/); // an uncaptioned photo gets a neutral alt, never ""
    const html = page(reports.get('html')!, 0);
    expect(html).toMatch(/<figure[^>]*><img src="images\/[0-9a-f]{20}\.jpg" alt="발표장 풍경"[^>]*><figcaption[^>]*>발표장 풍경<\/figcaption><\/figure>/);
    expect(html).not.toContain('photo:');
    const hugo = page(reports.get('hugo')!, 0);
    expect(hugo).toMatch(/\{\{< figure src="[0-9a-f]{20}\.jpg" alt="발표장 풍경" caption="발표장 풍경" >\}\}/);
  });

  it('a log-style export shows both ends of a range and infers a meal from its time, never "Lunch"', async () => {
    const report = await run('markdown', { style: 'log', language: 'en', digest: false }, 'md-log');
    const md = page(report, 0);
    expect(md).toContain('### 17:30–19:00 · 해피 아워');
    expect(md).toContain('### 09:30–09:45 · Improving Robustness by Enhancing Weak Subnets');
    expect(md).not.toContain('Improving Robustness by Enhancing Weak Subnets]('); // a paper known by title has no link yet
    expect(md).toContain('### 19:45 · Meal');
    expect(md).toContain('*Dinner · @ Little Prague · 거위 다리 구이 · ₪120*');
    expect(md).toContain('**Q.** C++::std::vector 쓰나?\n\n**A.** 네');
    expect(md).toContain('## Day 2 · Tue 2022-10-25');
  });

  it('the digest lists every paper like a paper-notes list: starred first, link line, authors, where seen (to the entry), notes', () => {
    const report = reports.get('markdown')!;
    const digest = page(report, report.pages.length - 1);
    const [psg, streamable, weak] = order(digest, ['### [★ Panoptic Scene Graph Generation]', '### Streamable Neural Fields', '### Improving Robustness by Enhancing Weak Subnets']);
    expect(psg! < streamable! && streamable! > weak!).toBe(true);
    expect(digest).toContain('*Jingkang Yang, Yi Zhe Ang*');
    expect(digest).toContain('*[https://arxiv.org/abs/2207.11247](https://arxiv.org/abs/2207.11247)*');
    expect(digest).toMatch(/\*본 곳: \[포스터 2022-10-25 11:30 — 텔 아비브와 ECCV 2022 여행기 4\]\(01-[^)]+\.md#entry-[\w-]+\)\*/);
    expect(digest).toContain('그렇다면 일부 weight만으로 복원할 수 있을까?'); // notes of a paper with no link
    expect(digest).not.toContain('photo:'); // inline photos stay in the parts
    const anchor = /\.md#(entry-[\w-]+)\)/.exec(digest)![1]!;
    expect(page(report, 0)).toContain(`<a id="${anchor}"></a>`);
    const hugoDigest = page(reports.get('hugo')!, reports.get('hugo')!.pages.length - 1);
    expect(hugoDigest).toMatch(/\]\(\.\.\/[^)]+\/#entry-[\w-]+\)/);
    expect(page(reports.get('hugo')!, 0)).toContain(`{#${anchor}}`);
  });

  it('warns about the empty part, can leave it out, and never starts on it', async () => {
    const report = reports.get('hugo')!;
    expect(report.warnings).toEqual([expect.stringContaining('Part 2 "빈 파트" is empty')]);
    expect(report.start).toBe(report.pages[0]!.file);
    const views = await listSeries(library, fx.tripId);
    expect(views[0]!.emptyPartIds).toEqual([fx.partIds[1]]);
    const skipped = await run('markdown', { skipEmpty: true }, 'md-skip');
    expect(skipped.pages.map((p) => p.title)).toEqual([`${STORY_TITLE} 4`, `${STORY_TITLE}: 내가 본 논문들`]);
    expect(skipped.warnings).toEqual([expect.stringContaining('was left out')]);
    // An empty part that is first is not where a Hugo export starts.
    await updateSeries(library, fx.tripId, fx.seriesId, {
      parts: [...(await listSeries(library, fx.tripId))[0]!.series.parts].reverse().map((p) => ({ id: p.id, title: p.title, sections: p.sections })),
    });
    const reversed = await run('hugo', {}, 'hugo-reversed');
    expect(reversed.pages[0]!.title).toBe('빈 파트');
    expect(reversed.start).toBe(reversed.pages[1]!.file);
    // Rearranging kept the parts' own words.
    expect(page(reversed, 1)).toContain('다음 편에서 계속.');
    await updateSeries(library, fx.tripId, fx.seriesId, {
      parts: [...(await listSeries(library, fx.tripId))[0]!.series.parts].reverse().map((p) => ({ id: p.id, title: p.title, sections: p.sections })),
    });
  });

  it('the preview honours the series\' style and language, and resolves photo references', async () => {
    const { html } = await previewPart(library, { tripId: fx.tripId, seriesId: fx.seriesId, partId: fx.partIds[0]! });
    expect(html).toContain('<html lang="ko">');
    expect(html).not.toMatch(/>\d\d:\d\d/);
    expect(html).toMatch(/<img data-preview-src="proceedings-media:\/\/library\/[^"]+" alt="발표장 풍경"/);
    const log = await previewPart(library, { tripId: fx.tripId, seriesId: fx.seriesId, partId: fx.partIds[0]!, style: 'log' });
    expect(log.html).toContain('17:30–19:00');
  });
});
