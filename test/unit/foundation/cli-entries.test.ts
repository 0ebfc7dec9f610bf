import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../electron/shared/schemas/entry';
import { runCli, runCliJson } from '../../support/cli';
import { cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';

let root = '';
let tripId = '';
const cli = (...args: string[]) => runCli(['--library', root, ...args]);
const cliJson = <T = Record<string, any>>(...args: string[]) => runCliJson<T>(['--library', root, ...args]).then((r) => r.value);
const add = (...args: string[]) => cliJson<{ entry: Entry; paper: Record<string, any> | null }>('entry', 'add', '--trip', tripId, ...args);

beforeAll(async () => {
  root = tempDir();
  const lib = await openLibrary(root);
  tripId = (await makeTrip(lib)).id;
  await lib.close();
});
afterAll(cleanupTempDirs);

// Runs are sequential here: every write takes the library lock.
describe('CLI: entries and papers', { timeout: 400_000 }, () => {
  const ids: Record<string, string> = {};

  it('entry add: every kind with its own fields', async () => {
    const talk = await add('--kind', 'talk', '--start', '2022-10-24 10:30', '--end', '2022-10-24T11:00', '--title', '기조연설: 광학 흐름', '--format', 'keynote', '--session', 'Opening', '--room', 'Hall A', '--speaker', '김민지;Zachary Teed', '--tag', 'flow', '--tag', 'best', '--paper', 'https://arxiv.org/abs/2003.12039v3');
    expect(talk.entry).toMatchObject({ kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T11:00', title: '기조연설: 광학 흐름', format: 'keynote', session: 'Opening', room: 'Hall A', speakers: ['김민지', 'Zachary Teed'], tags: ['flow', 'best'] });
    expect(talk.paper).toMatchObject({ key: 'arxiv:2003.12039', authors: ['김민지', 'Zachary Teed'] });
    ids.talk = talk.entry.id;

    const poster = await add('--kind', 'poster', '--start', '2022-10-24T15:00', '--board', '42', '--qa', '왜 이렇게 빠른가요?::GRU 반복 덕분', '--qa', 'Memory?::8 GB', '--qa-other', 'Code?::github', '--paper', 'arXiv:2003.12039');
    expect(poster.entry).toMatchObject({
      kind: 'poster',
      board: '42',
      qa: [
        { question: '왜 이렇게 빠른가요?', answer: 'GRU 반복 덕분', askedBy: 'me' },
        { question: 'Memory?', answer: '8 GB', askedBy: 'me' },
        { question: 'Code?', answer: 'github', askedBy: 'other' },
      ],
    });
    expect(poster.entry.paperId).toBe(talk.entry.paperId);
    ids.poster = poster.entry.id;

    ids.booth = (await add('--kind', 'booth', '--start', '2022-10-25T12:00', '--organisation', 'Mobileye')).entry.id;
    const person = await add('--kind', 'person', '--start', '2022-10-25T12:30', '--name', '이서연', '--affiliation', 'KAIST', '--contact', 'seoyeon@example.org');
    expect(person.entry).toMatchObject({ name: '이서연', affiliation: 'KAIST', contact: 'seoyeon@example.org' });
    const meal = await add('--kind', 'meal', '--start', '2022-10-26T01:30', '--meal', 'dinner', '--dish', 'Shakshuka', '--rating', '5', '--place', 'Dr Shakshuka', '--lat', '32.05', '--lng', '34.75');
    expect(meal.entry).toMatchObject({ meal: 'dinner', dish: 'Shakshuka', rating: 5, place: { name: 'Dr Shakshuka', lat: 32.05, lng: 34.75 } });
    ids.meal = meal.entry.id;
    expect((await add('--kind', 'place', '--start', '2022-10-27T17:00', '--place-kind', 'sight', '--title', 'Jaffa')).entry).toMatchObject({ placeKind: 'sight', title: 'Jaffa' });
    expect((await add('--kind', 'travel', '--start', '2022-10-21T23:55', '--tz', 'Asia/Seoul', '--from', 'ICN', '--to', 'TLV', '--carrier', 'Korean Air')).entry).toMatchObject({ timeZone: 'Asia/Seoul', from: 'ICN', to: 'TLV', carrier: 'Korean Air' });
    expect((await add('--kind', 'note', '--start', '2022-10-24T23:00', '--body', '$$E=mc^2$$ 좋다')).entry.body).toBe('$$E=mc^2$$ 좋다');
  });

  it('entry list sorts by time and filters by day (late dinners stay on the evening before) and kind', async () => {
    const all = await cliJson<{ entries: Entry[] }>('entry', 'list', '--trip', tripId);
    expect(all.entries.map((e) => e.kind)).toEqual(['travel', 'talk', 'poster', 'note', 'booth', 'person', 'meal', 'place']);
    const day = await cliJson<{ entries: Entry[] }>('entry', 'list', '--trip', tripId.slice(0, 3), '--day', '2022-10-25');
    expect(day.entries.map((e) => e.kind)).toEqual(['booth', 'person', 'meal']);
    const human = await cli('entry', 'list', '--trip', tripId, '--kind', 'talk');
    expect(human.stdout).toContain('기조연설: 광학 흐름');
    expect(human.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('entry edit changes only the given fields; errors name the field and change nothing', async () => {
    const file = path.join(root, 'trips', `${tripId}.json`);
    const edited = await cliJson<{ entry: Entry }>('entry', 'edit', ids.meal!, '--trip', tripId, '--rating', '3', '--end', '2022-10-26T02:30');
    expect(edited.entry).toMatchObject({ rating: 3, dish: 'Shakshuka', end: '2022-10-26T02:30', meal: 'dinner' });
    const before = readFileSync(file, 'utf8');
    const [foreign, badRating, notNumber, noStart, noChange] = [
      await cli('entry', 'edit', ids.talk!, '--trip', tripId, '--dish', 'x'),
      await cli('entry', 'edit', ids.meal!, '--trip', tripId, '--rating', '9', '--json'),
      await cli('entry', 'edit', ids.meal!, '--trip', tripId, '--rating', 'lots'),
      await cli('entry', 'add', '--trip', tripId, '--kind', 'note'),
      await cli('entry', 'edit', ids.meal!, '--trip', tripId),
    ];
    expect(foreign.stderr).toContain('"dish" is not a field of a talk');
    expect(JSON.parse(badRating.stderr).error.message).toContain('rating');
    expect(notNumber.stderr).toContain('rating: "lots" is not a number');
    expect(noStart.stderr).toContain('start: is required');
    expect(noChange.stderr).toContain('Nothing to change');
    for (const r of [foreign, badRating, notNumber, noStart, noChange]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('paper list and star', async () => {
    const listed = await cliJson<{ papers: { id: string; key: string; starred: boolean; entries: { kind: string }[] }[] }>('paper', 'list', '--trip', tripId);
    expect(listed.papers).toHaveLength(1);
    expect(listed.papers[0]!.entries.map((e) => e.kind)).toEqual(['talk', 'poster']);
    const starred = await cliJson<{ paper: { starred: boolean } }>('paper', 'star', listed.papers[0]!.id, '--trip', tripId);
    expect(starred.paper.starred).toBe(true);
    const onlyStarred = await cli('paper', 'list', '--trip', tripId, '--starred');
    expect(onlyStarred.stdout).toMatch(/^★ .*arxiv:2003\.12039/);
    const off = await cliJson<{ paper: { starred: boolean } }>('paper', 'star', listed.papers[0]!.id, '--trip', tripId, '--off');
    expect(off.paper.starred).toBe(false);
    const missing = await cli('paper', 'star', 'nopaper', '--trip', tripId);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no paper "nopaper"');
  });

  it('entry remove deletes it, and the backup keeps it', async () => {
    const removed = await cliJson<{ removed: Entry }>('entry', 'remove', ids.booth!, '--trip', tripId);
    expect(removed.removed).toMatchObject({ id: ids.booth, organisation: 'Mobileye' });
    const after = await cliJson<{ entries: Entry[] }>('entry', 'list', '--trip', tripId);
    expect(after.entries.some((e) => e.id === ids.booth)).toBe(false);
    const { backups } = await cliJson<{ backups: { file: string }[] }>('backup', 'list', '--trip', tripId);
    expect(readFileSync(backups[0]!.file, 'utf8')).toContain(ids.booth);
    const again = await cli('entry', 'remove', ids.booth!, '--trip', tripId);
    expect(again.code).toBe(1);
  });
});
