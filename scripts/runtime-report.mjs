// `npm run runtime`: how far Electron, its Chromium and the toolchain's Node are behind, from what
// the npm registry says now. `--check` (part of `npm test`) exits 1 when the installed Electron is
// outside the three majors that receive security fixes, or Node is older than 22.12; it exits 3
// (counted as skipped) when the registry cannot be reached outside CI — in CI that is a failure,
// because CI can always reach the registry and a silent pass would hide an outdated runtime.
// `--json` prints the assessment as one JSON document.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { assess } from './runtime/policy.mjs';

const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function registry(pkg) {
  const r = spawnSync(npm, ['view', pkg, 'versions', 'time', '--json'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`npm view ${pkg} failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  const data = JSON.parse(r.stdout);
  return { versions: data.versions, time: data.time };
}

/** The exact Chromium of the downloaded Electron binary, when there is one (never downloads it). */
function binaryChromium() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return null;
  const r = spawnSync(binary, ['-p', 'process.versions.chrome'], {
    encoding: 'utf8', timeout: 30_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return r.status === 0 ? r.stdout.trim() : null;
}

const installed = require('electron/package.json').version;
let electron, node;
try {
  electron = { installed, ...registry('electron') };
  node = { running: process.version, ...registry('node') };
} catch (error) {
  console.log(`Runtime check: cannot ask the npm registry (${error.message}).`);
  console.log(`Installed: Electron ${installed}, Node ${process.version}.`);
  process.exit(process.env.CI ? 1 : args.has('--check') ? 3 : 1);
}

const report = assess({ electron, node });
const exact = binaryChromium();
if (args.has('--json')) {
  console.log(JSON.stringify({ ...report, chromium: { ...report.chromium, binary: exact } }, null, 2));
} else {
  const e = report.electron;
  const c = report.chromium;
  const n = report.node;
  const chromium = exact
    ? `Chromium ${exact} (from the binary)`
    : c.installed ? `Chromium M${c.installed.milestone}${c.installed.inferred ? ' (inferred from the release train; run once with the binary for the exact version)' : ''}` : 'Chromium unknown';
  console.log(`Electron  ${e.installed}  (released ${e.releasedAt?.slice(0, 10) ?? '?'}) — latest ${e.latest}; ` +
    `supported majors ${e.supportedMajors.join(', ')}; ${e.majorsBehind} major(s) and ${e.patchesBehind} release(s) of ${e.installed.split('.')[0]}.x behind`);
  console.log(`          ${chromium}; the latest Electron ships Chromium M${c.latestElectron?.milestone ?? '?'}`);
  console.log(`Node      ${n.running} for the toolchain and CLI — ${n.runningIsLts ? 'an LTS line' : 'NOT an LTS line'}; ` +
    `newest of this line ${n.newestOfRunningMajor}; LTS lines now ${n.ltsLines.join(', ')} (newest LTS ${n.newestLts})`);
}
if (report.problems.length) {
  for (const p of report.problems) console.log(`✗ ${p}`);
  process.exit(1);
}
if (args.has('--check')) console.log('Runtime check: Electron is a supported major and Node is new enough.');
