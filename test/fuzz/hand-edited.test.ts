import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../support/cli';
import { cleanupTempDirs, tempDir } from '../support/library';
import { pick, record } from './figures';

afterAll(cleanupTempDirs);

type Doc = Record<string, unknown> & {
  trip: Record<string, unknown>;
  entries: Record<string, unknown>[];
  papers: Record<string, unknown>[];
  series: (Record<string, unknown> & { parts: Record<string, unknown>[] })[];
};

let lib: string;
let tripId: string;
let entryId: string;
let file: string;
let pristine: string;

beforeAll(async () => {
  lib = tempDir();
  const { value: trip } = await runCliJson<{ trip: { id: string } }>([
    '--library', lib, 'trip', 'create', '--title', '텔 아비브와 ECCV 2022', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul',
  ]);
  tripId = trip.trip.id;
  const { value: entry } = await runCliJson<{ entry: { id: string } }>([
    '--library', lib, 'entry', 'add', '--trip', tripId, '--kind', 'talk', '--start', '2022-10-24T10:30', '--title', 'RAFT', '--paper', 'arXiv:2007.10909',
  ]);
  entryId = entry.entry.id;
  await runCliJson(['--library', lib, 'series', 'suggest', '--trip', tripId]);
  file = path.join(lib, 'trips', `${tripId}.json`);
  pristine = readFileSync(file, 'utf8');
}, 120_000);

const read = () => JSON.parse(readFileSync(file, 'utf8')) as Doc;

describe('a hand-edited trip file', { timeout: 180_000 }, () => {
  it('keeps unknown fields at every level through CLI edits of the trip, an entry and a series', async () => {
    const doc = JSON.parse(pristine) as Doc;
    doc['x-sync'] = { device: '노트북', rev: 7 };
    doc.trip['x-colour'] = '#ff0000';
    doc.entries[0]!['x-slides'] = 'https://example.org/slides.pdf';
    doc.papers[0]!['x-bibtex'] = '@article{teed2020raft}';
    doc.series[0]!['x-blog'] = 'velog';
    doc.series[0]!.parts[0]!['x-draft'] = true;
    writeFileSync(file, JSON.stringify(doc, null, 2));

    await runCliJson(['--library', lib, 'trip', 'edit', tripId, '--title', '부산 ICCV']);
    await runCliJson(['--library', lib, 'entry', 'edit', entryId, '--trip', tripId, '--title', 'RAFT (oral)', '--start', '2022-10-24T11:00']);
    await runCliJson(['--library', lib, 'entry', 'add', '--trip', tripId, '--kind', 'note', '--start', '2022-10-25T09:00', '--title', 'note']);
    const seriesId = String(doc.series[0]!.id);
    await runCliJson(['--library', lib, 'series', 'rename', seriesId, '--trip', tripId, '--title', '여행기']);

    const after = read();
    expect(after['x-sync']).toEqual({ device: '노트북', rev: 7 });
    expect(after.trip).toMatchObject({ title: '부산 ICCV', 'x-colour': '#ff0000' });
    expect(after.entries.find((e) => e.id === entryId)).toMatchObject({ title: 'RAFT (oral)', 'x-slides': 'https://example.org/slides.pdf' });
    expect(after.papers[0]!['x-bibtex']).toBe('@article{teed2020raft}');
    expect(after.series[0]).toMatchObject({ title: '여행기', 'x-blog': 'velog' });
    expect(after.series[0]!.parts[0]!['x-draft']).toBe(true);
    record('hand-edited trip files tried', 1);
  });

  it('a trip file whose id differs from its file name is refused with a message naming both, and left untouched', async () => {
    const other = tempDir();
    const { value } = await runCliJson<{ trip: { id: string } }>([
      '--library', other, 'trip', 'create', '--title', 'Copy', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul',
    ]);
    const original = path.join(other, 'trips', `${value.trip.id}.json`);
    const copied = path.join(other, 'trips', 'copied-by-hand.json');
    renameSync(original, copied);
    const before = readFileSync(copied, 'utf8');

    const listed = await runCliJson<{ trips: { id: string; problem?: { message: string } }[] }>(['--library', other, 'trip', 'list']);
    expect(listed.value.trips).toHaveLength(1);
    expect(listed.value.trips[0]!.id).toBe('copied-by-hand');
    expect(listed.value.trips[0]!.problem?.message).toContain(`its trip id "${value.trip.id}" differs from its file name "copied-by-hand.json"`);

    const edit = await runCli(['--library', other, 'entry', 'add', '--trip', 'copied-by-hand', '--kind', 'note', '--start', '2022-10-24T10:00', '--title', 'x', '--json']);
    expect(edit.code).toBe(1);
    expect(JSON.parse(edit.stderr).error).toMatchObject({ code: 'trip-corrupt', message: expect.stringContaining('differs from its file name') });
    expect(readFileSync(copied, 'utf8')).toBe(before);
    record('hand-edited trip files tried', 1);
  });

  type Edit = [string, (doc: Doc) => unknown, 'kept' | RegExp];
  /** Hand edits: each is either kept through a CLI save, or refused with a message and the file left byte for byte. */
  const EDITS: Edit[] = pick<Edit>(
    [
      ['an unknown nested object on an entry', (d) => ((d.entries[0]!['x-meta'] = { 좌석: 'A12', tags: [1, 2] }), d), 'kept'],
      ['trip.title a number', (d) => ((d.trip.title = 42), d), /trip\.title/],
      ['truncated JSON', () => '{"schemaVersion": 1, "trip": {', /not valid JSON/],
    ],
    [
      ['an unknown nested object on an entry', (d) => ((d.entries[0]!['x-meta'] = { 좌석: 'A12', tags: [1, 2] }), d), 'kept'],
      ['an unknown array at the top', (d) => ((d['x-history'] = [{ at: '2022-10-24', by: 'me' }]), d), 'kept'],
      ['a decomposed (NFD) Hangul title', (d) => ((d.trip.title = '부산'.normalize('NFD')), d), 'kept'],
      ['an entry dated outside the trip', (d) => ((d.entries[0]!.start = '2021-01-01T10:00'), d), 'kept'],
      ['trip.title a number', (d) => ((d.trip.title = 42), d), /trip\.title/],
      ['entries not a list', (d) => ((d.entries = {} as unknown as Doc['entries']), d), /entries/],
      ['no trip', (d) => ((delete (d as Partial<Doc>).trip), d), /trip/],
      ['an entry of an unknown kind', (d) => ((d.entries[0]!.kind = 'lecture'), d), /entries\.0\.kind/],
      ['an entry without an id', (d) => ((delete d.entries[0]!.id), d), /entries\.0\.id/],
      ['a newer format version', (d) => ((d.schemaVersion = 99), d), /newer/i],
      ['truncated JSON', () => '{"schemaVersion": 1, "trip": {', /not valid JSON/],
      ['an empty file', () => '', /not valid JSON/],
      ['a JSON array', () => '[]', /journal format/],
    ],
  );

  it.each(EDITS)('%s: kept through a save, or refused naming the problem with the file untouched', async (_what, edit, expected) => {
    const edited = edit(JSON.parse(pristine) as Doc);
    const text = typeof edited === 'string' ? edited : JSON.stringify(edited, null, 2);
    writeFileSync(file, text);
    const r = await runCli(['--library', lib, 'entry', 'add', '--trip', tripId, '--kind', 'note', '--start', '2022-10-25T09:00', '--title', '추가', '--json']);
    if (expected === 'kept') {
      expect(r.stderr).toBe('');
      const after = read();
      const before = JSON.parse(text) as Doc;
      const { entries: _e, ...restAfter } = after;
      const { entries: _b, ...restBefore } = before;
      expect(restAfter).toEqual(restBefore);
      expect(after.entries.slice(0, before.entries.length)).toEqual(before.entries);
      expect(after.entries.at(-1)).toMatchObject({ title: '추가' });
    } else {
      expect(r.code).toBe(1);
      const error = (JSON.parse(r.stderr) as { error: { code: string; message: string } }).error;
      expect(error.code).toMatch(/^(trip-corrupt|newer-version)$/);
      expect(error.message).toContain(file);
      expect(error.message).toMatch(expected);
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
    writeFileSync(file, pristine);
    record('hand-edited trip files tried');
  });
});
