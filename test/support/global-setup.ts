import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './library';

/**
 * Bundles the CLI once per test run (~0.2 s) so CLI tests start it with plain
 * `node` — the same code as `npm run cli`, without tsx compiling it again in
 * every one of dozens of processes (seconds each on a loaded 2-core machine).
 */
export default async function setup(): Promise<void> {
  const outDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'proceedings-test');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'cli.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'electron/cli/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  process.env.PROCEEDINGS_CLI_BUNDLE = outfile;
}
