// Builds the `proceedings` command into out/cli/index.mjs (npm packages stay
// external, loaded from node_modules), so it starts with plain node.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'out/cli/index.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
