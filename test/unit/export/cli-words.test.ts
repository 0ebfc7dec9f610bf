import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper } from '../../../electron/shared/schemas/paper';
import { runCli, runCliJson } from '../../support/cli';
import { DAY, buildStoryFixture, type StoryFixture } from './story-fixture';

let dir: string;
let lib: string;
let fx: Omit<StoryFixture, 'library'>;
const cli = (...args: string[]) => runCli(['--library', lib, ...args]);
const json = <T = Record<string, any>>(...args: string[]) => runCliJson<T>(['--library', lib, ...args]).then((r) => r.value);
const add = (...args: string[]) => json<{ entry: Entry; paper: Paper | null }>('entry', 'add', '--trip', fx.tripId, ...args);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-cli-words-'));
  lib = path.join(dir, 'lib');
  const { library, ...rest } = await buildStoryFixture(lib, dir);
  fx = rest;
  await library.close(); // the CLI takes the lock itself
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Sequential: every write takes the library lock.
describe('CLI: what the writer enters for the publication', { timeout: 300_000 }, () => {
  it('records a paper by its title alone, and the paper gains a link later (#9.7)', async () => {
    const poster = await add('--kind', 'poster', '--start', `${DAY}T16:00`, '--paper-title', 'Adaptive Token Sampling', '--authors', 'Mohsen Fayyaz');
    expect(poster.paper).toMatchObject({ source: 'title', url: '', title: 'Adaptive Token Sampling', authors: ['Mohsen Fayyaz'] });
    expect(poster.entry.paperId).toBe(poster.paper!.id);
    // A talk naming the same paper by title meets the same record.
    const talk = await add('--kind', 'talk', '--start', `${DAY}T16:30`, '--paper-title', 'adaptive token  sampling');
    expect(talk.entry.paperId).toBe(poster.paper!.id);
    const linked = await json<{ entry: Entry; paper: Paper }>('entry', 'edit', talk.entry.id, '--trip', fx.tripId, '--paper', 'arXiv:2111.15667');
    expect(linked.paper).toMatchObject({ id: poster.paper!.id, source: 'arxiv', url: 'https://arxiv.org/abs/2111.15667', title: 'Adaptive Token Sampling' });
  });

  it('Q&A round-trips any text: --qa splits at the last "::", --question/--answer and --qa-json take anything (#9.8)', async () => {
    const talk = await add(
      '--kind', 'talk', '--start', `${DAY}T16:45`,
      '--qa', 'C++::std::vector 쓰나?::네',
      '--question', '답에 :: 가 있으면?', '--answer', 'a::b::c 그대로',
      '--qa-json', JSON.stringify([{ question: '"따옴표"\n줄바꿈', answer: '$x::y$', askedBy: 'other', asker: 'Bob' }]),
    );
    expect(talk.entry.kind === 'talk' && talk.entry.qa.map(({ question, answer, askedBy }) => ({ question, answer, askedBy }))).toEqual([
      { question: 'C++::std::vector 쓰나?', answer: '네', askedBy: 'me' },
      { question: '답에 :: 가 있으면?', answer: 'a::b::c 그대로', askedBy: 'me' },
      { question: '"따옴표"\n줄바꿈', answer: '$x::y$', askedBy: 'other' },
    ]);
    const unpaired = await cli('entry', 'add', '--trip', fx.tripId, '--kind', 'booth', '--start', `${DAY}T17:00`, '--question', 'Q1', '--question', 'Q2', '--answer', 'A1');
    expect(unpaired.code).toBe(2);
    expect(unpaired.stderr).toContain('2 --question but 1 --answer');
    const help = await cli('entry', 'add', '--help');
    expect(help.stdout).toContain('LAST "::"');
  });

  it('a booth, a meal and a person entry carry what happened (shown, price, link, several people); no meal type stays none (#9.11)', async () => {
    const booth = await add('--kind', 'booth', '--start', `${DAY}T17:05`, '--organisation', 'W&B', '--shown', '대시보드 데모', '--handouts', '양말', '--qa', '개선할 점?::딱히');
    expect(booth.entry).toMatchObject({ shown: '대시보드 데모', handouts: '양말', qa: [{ question: '개선할 점?', answer: '딱히' }] });
    const meal = await add('--kind', 'meal', '--start', `${DAY}T19:30`, '--price', '₪90', '--link', 'https://example.org/menu');
    expect(meal.entry).toMatchObject({ price: '₪90', link: 'https://example.org/menu' });
    expect(meal.entry.kind === 'meal' && meal.entry.meal).toBeUndefined();
    const people = await add('--kind', 'person', '--start', `${DAY}T17:10`, '--name', '박지훈', '--person', 'Jane Doe (ETH Zürich)', '--person', '최유나');
    expect(people.entry).toMatchObject({ name: '박지훈', others: [{ name: 'Jane Doe', affiliation: 'ETH Zürich' }, { name: '최유나', affiliation: '' }] });
  });

  it('series edit, part edit, trip day and photos caption store the writer\'s words; the export uses them (#9 writer\'s words)', async () => {
    const edited = await json('series', 'edit', fx.seriesId.slice(0, 5), '--trip', fx.tripId, '--intro', '시리즈 소개글', '--style', 'log', '--language', 'ko');
    expect(edited.series).toMatchObject({ intro: '시리즈 소개글', style: 'log', language: 'ko' });
    const part = await json('series', 'part', 'edit', '--trip', fx.tripId, '--series', fx.seriesId, '--part', '1', '--intro', '첫 문단\n\n둘째 문단', '--outro', '끝.');
    expect(part.series.parts[0]).toMatchObject({ intro: '첫 문단\n\n둘째 문단', outro: '끝.' });
    const day = await json('trip', 'day', fx.tripId, '--date', DAY, '--intro', '이 날의 소개');
    expect(day.day).toMatchObject({ intro: '이 날의 소개' });
    const caption = await json('photos', 'caption', '--trip', fx.tripId, '--photo', 'ph-schnitzel', '--text', '슈니첼 "점심"');
    expect(caption.photo.caption).toBe('슈니첼 "점심"');
    const bad = await cli('series', 'edit', fx.seriesId, '--trip', fx.tripId, '--style', 'poem');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"poem" is not one of log, story');

    const out = path.join(dir, 'md');
    const exported = await cli('export', '--trip', fx.tripId, '--series', fx.seriesId, '--format', 'markdown', '--out', out, '--json');
    expect(exported.code).toBe(0);
    const report = JSON.parse(exported.stdout) as { pages: { file: string }[]; warnings: string[] };
    // The empty part is warned about on stderr and in the report.
    expect(report.warnings).toEqual([expect.stringContaining('Part 2 "빈 파트" is empty')]);
    expect(exported.stderr).toContain('warning: Part 2 "빈 파트" is empty');
    const text = readFileSync(path.join(out, report.pages[0]!.file), 'utf8');
    const at = (s: string) => text.indexOf(s);
    expect(at('시리즈 소개글')).toBeGreaterThan(0);
    expect(at('첫 문단') < at('## ') && at('## ') < at('이 날의 소개')).toBe(true);
    expect(text).toContain('![슈니첼 "점심"](images/');
    expect(text).toContain('다음 글: [빈 파트]'); // the remembered language, Korean
    // A meal at 19:30 without a type reads as dinner, from its time — never "Lunch".
    expect(text).toContain('### 19:30 · 식사\n\n*저녁 · ₪90 · [링크](https://example.org/menu)*');

    // Drop the empty part: the export no longer warns.
    const removed = await json('series', 'part', 'remove', '--trip', fx.tripId, '--series', fx.seriesId, '--part', '2');
    expect(removed.series.parts).toHaveLength(1);
    const again = await json<{ warnings: string[] }>('export', '--trip', fx.tripId, '--series', fx.seriesId, '--format', 'markdown', '--out', out);
    expect(again.warnings).toEqual([]);
  });
});
