// Builds the `proceedings` command into out/cli/index.mjs, or the file given
// as the first argument (the CLI tests bundle their own copy). npm packages stay
// external, loaded from node_modules, so it starts with plain node.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(repo, 'electron/cli/index.ts')],
  outfile: process.argv[2] ?? path.join(repo, 'out/cli/index.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22.12',
  packages: 'external',
  logLevel: 'warning',
});
