import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../support/cli';
import { cleanupTempDirs, tempDir } from '../support/library';
import { FULL, record } from './figures';

afterAll(cleanupTempDirs);

let lib: string;
let tripId: string;
let seriesId: string;
let file: string;

beforeAll(async () => {
  lib = tempDir();
  const { value } = await runCliJson<{ trip: { id: string } }>([
    '--library', lib, 'trip', 'create', '--title', '텔 아비브와 ECCV 2022', '--start', '2022-10-24', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul', '--travel-before', '2', '--travel-after', '1',
  ]);
  tripId = value.trip.id;
  const { value: s } = await runCliJson<{ series: { id: string } }>(['--library', lib, 'series', 'suggest', '--trip', tripId]);
  seriesId = s.series.id;
  file = path.join(lib, 'trips', `${tripId}.json`);
}, 60_000);

const note = (...extra: string[]) => ['entry', 'add', '--trip', '@trip', '--kind', 'note', '--start', '2022-10-25T10:00', ...extra];

/** [what, args (@trip / @series replaced), message the error must contain]. Every one must be refused. */
const REFUSED: [string, string[], RegExp][] = [
  ['--lat ""', note('--lat', ''), /lat: "" is not a number/],
  ['--lat 0x10', note('--lat', '0x10'), /lat: "0x10" is not a number/],
  ['--lat 1e1', note('--lat', '1e1'), /lat: "1e1" is not a number/],
  ['--lat 91', note('--lat', '91'), /place\.lat: .*90/],
  ['--lng Infinity', note('--lng', 'Infinity'), /lng: "Infinity" is not a number/],
  ['--lng " "', note('--lng', ' '), /lng: " " is not a number/],
  ['--rating 0x3', ['entry', 'add', '--trip', '@trip', '--kind', 'meal', '--start', '2022-10-25T12:00', '--rating', '0x3'], /rating: "0x3" is not a number/],
  ['--rating 2.5', ['entry', 'add', '--trip', '@trip', '--kind', 'meal', '--start', '2022-10-25T12:00', '--rating', '2.5'], /rating: "2.5" is not a number/],
  ['a 400-character series title', ['series', 'rename', '@series', '--trip', '@trip', '--title', '여'.repeat(400)], /^Invalid input — title: Too big: expected string to have <=300 characters$/],
  ['a 400-character suggested series title', ['series', 'suggest', '--trip', '@trip', '--title', 'x'.repeat(400)], /^Invalid input — title: Too big/],
  ['entry dated 1900-01-01', note('--start', '1900-01-01T10:00'), /start: 1900-01-01 is outside the trip \(2022-10-22 – 2022-10-29 with its travel days/],
  ['entry dated 9999-12-31', note('--start', '9999-12-31T23:59'), /start: 9999-12-31 is outside the trip/],
  ['entry ending 2023-01-01', note('--end', '2023-01-01T10:00'), /end: 2023-01-01 is outside the trip/],
  ['--start 2022-02-30', note('--start', '2022-02-30T10:00'), /start: is not a real date and time/],
  ['missing --trip', ['entry', 'add', '--kind', 'note', '--start', '2022-10-25T10:00'], /required option '--trip <id>' not specified/],
  ['missing --tz on trip create', ['trip', 'create', '--title', 'x', '--start', '2022-10-24', '--end', '2022-10-28'], /required option '--tz <zone>' not specified/],
  ['an unknown command', ['teleport'], /unknown command 'teleport'/],
  ['an unknown option', note('--colour', 'red'), /unknown option '--colour'/],
  ['--travel-before 0x2', ['trip', 'edit', '@trip', '--travel-before', '0x2'], /travel-before: "0x2" is not a number/],
  ['--day-start ""', ['trip', 'edit', '@trip', '--day-start', ''], /day-start: "" is not a number/],
  ['--long-edge 0x400', ['export', '--trip', '@trip', '--series', '@series', '--format', 'html', '--out', '/tmp/never-written', '--long-edge', '0x400'], /long-edge: "0x400" is not a number/],
  ['--format "html;rm"', ['export', '--trip', '@trip', '--series', '@series', '--format', 'html;rm', '--out', '/tmp/never-written'], /"html;rm" is not one of/],
  ['an unknown trip', ['entry', 'add', '--trip', 'nope', '--kind', 'note', '--start', '2022-10-25T10:00'], /There is no trip "nope"/],
  ['a trip id with ../', ['backup', 'list', '--trip', '../../etc'], /is not a valid id/],
  ['an empty title on trip create', ['trip', 'create', '--title', '   ', '--start', '2022-10-24', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem'], /title: is required/],
  ['an unknown time zone', ['trip', 'edit', '@trip', '--tz', 'Mars/Olympus'], /timeZone: must be an IANA time zone/],
];

const fill = (args: string[]) => args.map((a) => (a === '@trip' ? tripId : a === '@series' ? seriesId : a));

describe('hostile CLI inputs', { timeout: 600_000 }, () => {
  // Under npm test every case runs once with --json; the fuzz run also runs each without it.
  it.each(REFUSED)('%s: refused with one JSON error document on stderr under --json; the journal is unchanged', async (_what, args, message) => {
    const before = readFileSync(file, 'utf8');
    const r = await runCli([...fill(args), '--library', lib, '--json']);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(r.stderr) as { error: { code: string; message: string } };
    expect(Object.keys(doc)).toEqual(['error']);
    expect(doc.error.code).toMatch(/^(invalid-input|not-found)$/);
    expect(doc.error.message).toMatch(message);
    expect(doc.error.message).not.toMatch(/\[\s*\{|"code":|"path":/); // never a raw zod dump
    expect(readFileSync(file, 'utf8')).toBe(before);
    record('hostile CLI inputs refused with a clear message');
    if (FULL) {
      const human = await runCli([...fill(args), '--library', lib]);
      expect(human.code).toBe(r.code);
      expect(human.stderr).toMatch(new RegExp(message.source.replace(/^\^/, '').replace(/\$$/, '')));
      expect(human.stderr).not.toMatch(/\[\s*\{|"code":/);
      record('hostile CLI inputs refused with a clear message');
    }
  });

  it('several bad fields: a line per field for people, an issues list under --json', async () => {
    const args = ['--library', lib, 'trip', 'create', '--title', 'x'.repeat(400), '--start', '2022-10-24', '--end', '2022-10-20', '--tz', 'Asia/Jerusalem', '--home-tz', 'Nowhere/Else'];
    const human = await runCli(args);
    expect(human.code).toBe(2);
    const lines = human.stderr.trim().split('\n');
    expect(lines[0]).toBe('proceedings: Invalid input —');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0]).sort()).toEqual(['end', 'homeTimeZone', 'title']);
    const json = await runCli([...args, '--json']);
    const doc = JSON.parse(json.stderr) as { error: { issues: { path: string[] }[] } };
    expect(doc.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['end', 'homeTimeZone', 'title']);
    record('hostile CLI inputs refused with a clear message', 2);
  });

  it('control characters: stripped from titles (escape sequences whole), newlines and tabs kept in notes; Hangul and RTL text kept', async () => {
    const { value } = await runCliJson<{ entry: { id: string; title: string; body: string } }>([
      '--library', lib, ...fill(note('--title', '\u001b[31m빨강\u001b[0m\u0007 title\nsecond line\u0001', '--body', '첫 줄\n\t둘째 줄\u001b]0;pwned\u0007 끝\r\n', '--place', 'תל אביב\u001b[2J')),
    ]);
    expect(value.entry.title).toBe('빨강 title second line');
    expect(value.entry.body).toBe('첫 줄\n\t둘째 줄 끝\r\n');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: { id: string; title: string; place?: { name: string } }[] };
    expect(stored.entries.find((e) => e.id === value.entry.id)).toMatchObject({ title: '빨강 title second line', place: { name: 'תל אביב' } });
    const trip = await runCliJson<{ trip: { title: string } }>(['--library', lib, 'trip', 'edit', tripId, '--title', '부산\u001b[1m ICCV\u009b']);
    expect(trip.value.trip.title).toBe('부산 ICCV');
    record('hostile CLI inputs stripped of control characters', 2);
  });

  it('dates near the trip are accepted (travel days and a week either side)', async () => {
    for (const start of ['2022-10-15T08:00', '2022-10-22T08:00', '2022-10-29T23:00', '2022-11-05T09:00']) {
      expect((await runCli(['--library', lib, ...fill(note('--start', start))])).code).toBe(0);
    }
    expect((await runCli(['--library', lib, ...fill(note('--start', '2022-10-14T23:59'))])).code).toBe(2);
  });
});
