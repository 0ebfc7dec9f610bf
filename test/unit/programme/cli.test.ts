import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../../support/cli';
import { cleanupTempDirs, makeTrip, openLibrary, REPO_ROOT, tempDir } from '../../support/library';
import { fixturePath, VIENNA_TRIP } from './fixtures';

let root = '';
let tripId = '';
let bundle = '';
const cli = (...args: string[]) => runCli(['--library', root, ...args]);
const cliJson = <T = Record<string, any>>(...args: string[]) => runCliJson<T>(['--library', root, ...args]).then((r) => r.value);

interface Listed {
  id: string;
  title: string;
  start: string;
  end: string;
  room: string;
  track: string;
  speakers: string[];
  url: string;
  abstract: string;
  starred: boolean;
  cancelled: boolean;
  conflict: boolean;
}

beforeAll(async () => {
  // This file's own CLI bundle: the shared one in node_modules/.cache is rebuilt by every
  // worktree's test run on this machine (node_modules is shared), and may be another branch's CLI.
  bundle = path.join(REPO_ROOT, 'out', 'test-cli', `programme-${process.pid}.mjs`);
  const built = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-cli.mjs'), bundle], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`Could not bundle the CLI: ${built.stderr}`);
  process.env.PROCEEDINGS_CLI_BUNDLE = bundle;
  root = tempDir();
  const lib = await openLibrary(root);
  tripId = (await makeTrip(lib, VIENNA_TRIP)).id;
  await lib.close();
});
afterAll(() => {
  cleanupTempDirs();
  rmSync(bundle, { force: true });
});

// Sequential: every write takes the library lock.
describe('CLI: programme', { timeout: 300_000 }, () => {
  it('programme import prints the report as one JSON document', async () => {
    const report = await cliJson('programme', 'import', '--trip', tripId, fixturePath('edge-cases.ics'));
    expect(report).toMatchObject({ format: 'ics', sessionCount: 6, days: ['2024-07-22', '2024-07-23', '2024-07-24'] });
    expect(report.added).toHaveLength(6);
  });

  it('programme list --json gives each session on the venue wall clock, filtered by day and stars', async () => {
    const { sessions } = await cliJson<{ sessions: Listed[] }>('programme', 'list', '--trip', tripId, '--day', '2024-07-23');
    expect(sessions.map((s) => [s.start, s.end, s.title])).toEqual([
      ['2024-07-23T00:00', '2024-07-24T00:00', 'Poster hall open all day'],
      ['2024-07-23T14:00', '2024-07-23T14:45', '비전 트랜스포머의 효율적인 학습: 토큰 병합과 지식 증류를 통한 추론 가속'],
      ['2024-07-24T00:30', '2024-07-24T02:00', 'Conference party (late set)'],
    ]);
    expect(Object.keys(sessions[0]!)).toEqual(expect.arrayContaining(['id', 'title', 'start', 'end', 'room', 'track', 'speakers', 'url', 'abstract', 'starred', 'cancelled']));
    expect((await cliJson<{ sessions: Listed[] }>('programme', 'list', '--trip', tripId, '--starred')).sessions).toEqual([]);
  });

  it('programme star marks overlaps, --off removes the star; list shows them', async () => {
    const csv = path.join(tempDir(), 'overlap.csv');
    writeFileSync(csv, 'day,start,end,room,title\n2024-07-22,10:00,11:00,A,Talk A\n2024-07-22,10:30,11:30,B,Talk B\n');
    const lib2 = tempDir();
    const t = await (async () => {
      const lib = await openLibrary(lib2);
      const trip = await makeTrip(lib, VIENNA_TRIP);
      await lib.close();
      return trip.id;
    })();
    const other = (...args: string[]) => runCliJson(['--library', lib2, ...args]).then((r) => r.value as Record<string, any>);
    await other('programme', 'import', '--trip', t, csv);
    const { sessions } = (await other('programme', 'list', '--trip', t)) as { sessions: Listed[] };
    await other('programme', 'star', '--trip', t, '--session', sessions[0]!.id);
    const second = await other('programme', 'star', '--trip', t, '--session', sessions[1]!.id);
    expect(second.conflicts.map((c: Listed) => c.title)).toEqual(['Talk A']);
    const starred = ((await other('programme', 'list', '--trip', t, '--starred')) as { sessions: Listed[] }).sessions;
    expect(starred.map((s) => [s.title, s.starred, s.conflict])).toEqual([['Talk A', true, true], ['Talk B', true, true]]);
    const human = await runCli(['--library', lib2, 'programme', 'list', '--trip', t]);
    expect(human.stdout).toMatch(/★!\s+2024-07-22\s+10:00–11:00\s+A\s+Talk A/);
    await other('programme', 'star', '--trip', t, '--session', sessions[1]!.id, '--off');
    expect(((await other('programme', 'list', '--trip', t, '--starred')) as { sessions: Listed[] }).sessions.map((s) => s.title)).toEqual(['Talk A']);
  });

  it('entry add --from-session fills a talk, field options override', async () => {
    const { sessions } = await cliJson<{ sessions: Listed[] }>('programme', 'list', '--trip', tripId, '--query', 'keynote');
    const { entry } = await cliJson('entry', 'add', '--trip', tripId, '--from-session', sessions[0]!.id, '--room', 'Overflow room');
    expect(entry).toMatchObject({ kind: 'talk', sessionId: sessions[0]!.id, title: 'Keynote: Scaling, Data; and Everything', start: '2024-07-22T09:30', room: 'Overflow room', speakers: ['Kim, Minji', 'Zachary Teed'] });
  });

  it('reports errors as one JSON document on stderr and exits non-zero, importing nothing', async () => {
    const other = await runCli(['--library', root, 'programme', 'import', '--trip', tripId, fixturePath('pretalx-democon.json'), '--json']);
    expect(other.code).toBe(2);
    expect(other.stdout).toBe('');
    expect(JSON.parse(other.stderr).error.message).toMatch(/This programme is for 2020-12-14 – 2020-12-16, but the trip "ICML 2024 in Vienna" runs 2024-07-22 – 2024-07-24/);
    const missing = await cli('programme', 'import', '--trip', tripId, '/nonexistent/schedule.ics', '--json');
    expect(JSON.parse(missing.stderr).error).toMatchObject({ code: 'not-found', message: 'There is no file /nonexistent/schedule.ics.' });
    const noKind = await cli('entry', 'add', '--trip', tripId, '--json');
    expect(JSON.parse(noKind.stderr).error.message).toBe('Invalid input — kind: is required (or give --from-session)');
    const badSession = await cli('entry', 'add', '--trip', tripId, '--from-session', 'nope', '--json');
    expect(JSON.parse(badSession.stderr).error).toMatchObject({ code: 'not-found' });
    const { sessions } = await cliJson<{ sessions: Listed[] }>('programme', 'list', '--trip', tripId);
    expect(sessions).toHaveLength(6);
  });
});
