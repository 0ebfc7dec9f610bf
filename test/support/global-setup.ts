import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './library';

/**
 * Bundles the CLI once per test run (~0.2 s, with the same script as
 * `npm run build`) so CLI tests start it with plain `node` — the same code as
 * `npm run cli`, without tsx compiling it again in every one of dozens of
 * processes (seconds each on a loaded 2-core machine).
 */
export default function setup(): void {
  // Inside this checkout's out/ (not node_modules/.cache): worktrees may share one node_modules,
  // and a bundle there would be another branch's CLI by the time a test starts it.
  const outfile = path.join(REPO_ROOT, 'out', 'test-cli', 'cli.mjs');
  const built = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-cli.mjs'), outfile], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`Could not bundle the CLI for the tests: ${built.stderr}`);
  process.env.PROCEEDINGS_CLI_BUNDLE = outfile;
}
