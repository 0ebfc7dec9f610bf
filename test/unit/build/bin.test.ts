import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the installed `proceedings` command', () => {
  it('is built by `npm run build` and runs the real CLI with plain node', () => {
    const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const lib = mkdtempSync(path.join(os.tmpdir(), 'proceedings-bin-'));
    try {
      const env = { ...process.env, PROCEEDINGS_LIBRARY: lib };
      const created = spawnSync(
        process.execPath,
        ['bin/proceedings.mjs', 'trip', 'create', '--title', '제주 학회', '--start', '2023-05-01', '--end', '2023-05-03', '--tz', 'Asia/Seoul', '--json'],
        { encoding: 'utf8', env },
      );
      expect(created.status, created.stderr).toBe(0);
      expect(JSON.parse(created.stdout).trip).toMatchObject({ title: '제주 학회', timeZone: 'Asia/Seoul' });
      const listed = spawnSync(process.execPath, ['bin/proceedings.mjs', 'trip', 'list', '--json'], { encoding: 'utf8', env });
      expect(JSON.parse(listed.stdout).trips.map((t: { title: string }) => t.title)).toEqual(['제주 학회']);
    } finally {
      rmSync(lib, { recursive: true, force: true });
    }
  });
});
