#!/usr/bin/env node
// The installed `proceedings` command: the CLI built by `npm run build` (out/cli).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Node 22.12 is the oldest the CLI and its libraries are built and tested for (24 LTS recommended).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`proceedings: Node ${process.versions.node} is too old — install Node 24 LTS (22.12 or newer).\n`);
  process.exit(1);
}

const cli = new URL('../out/cli/index.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('proceedings: the command is not built yet — run "npm run build" in the Proceedings folder (or use "npm run cli --").\n');
  process.exit(1);
}
await import(cli.href);
