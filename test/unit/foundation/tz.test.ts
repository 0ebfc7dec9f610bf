import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTempDirs, REPO_ROOT, tempDir } from '../../support/library';
import { runCliJson } from '../../support/cli';

afterEach(cleanupTempDirs);

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Seoul'];

function probe(tz: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/tz-probe.ts', tempDir()], {
    cwd: REPO_ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

// Child processes (tsx start-up) are slow on a busy two-core machine.
describe('wall-clock times do not depend on the computer\'s time zone', { timeout: 300_000 }, () => {
  it.each(ZONES)('services under TZ=%s keep "10:30 on day 3 in Tel Aviv"', (tz) => {
    const r = probe(tz);
    expect(r.tz).toBe(tz); // the child really ran in that zone
    expect(r).toMatchObject({
      start: '2022-10-24T10:30',
      end: '2022-10-24T11:15',
      dayIndex: 3,
      dayDate: '2022-10-24',
      lateDay: '2022-10-24', // 01:30 dinner stays on the evening before
      dayCount: 7,
      stamp: '20221024T073000000Z',
      stampBack: '2022-10-24T07:30:00.000Z',
    });
    expect(r.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('the CLI under TZ=%s stores and shows the venue time as typed', async (tz) => {
    const lib = tempDir();
    const env = { TZ: tz };
    const { value: created } = await runCliJson<{ trip: { id: string; homeTimeZone: string } }>(
      ['--library', lib, 'trip', 'create', '--title', 'ECCV 2022', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem'],
      env,
    );
    // Without --home-tz the home zone is this computer's.
    expect(created.trip.homeTimeZone).toBe(tz);
    const id = created.trip.id;
    await runCliJson(['--library', lib, 'entry', 'add', '--trip', id, '--kind', 'talk', '--start', '2022-10-24 10:30', '--title', 'Keynote'], env);
    const { value: listed } = await runCliJson<{ entries: { start: string }[] }>(['--library', lib, 'entry', 'list', '--trip', id, '--day', '2022-10-24'], env);
    expect(listed.entries.map((e) => e.start)).toEqual(['2022-10-24T10:30']);
    const { value: shown } = await runCliJson<{ days: { index: number; date: string; entries: number }[] }>(['--library', lib, 'trip', 'show', id], env);
    expect(shown.days.find((d) => d.entries === 1)).toMatchObject({ index: 3, date: '2022-10-24' });
  });
});
