#!/usr/bin/env node
// The installed `proceedings` command: the CLI built by `npm run build` (out/cli).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/cli/index.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('proceedings: the command is not built yet — run "npm run build" in the Proceedings folder (or use "npm run cli --").\n');
  process.exit(1);
}
await import(cli.href);
