// `npm run fuzz`: the robustness suite at full size — SIGKILLs during saves,
// imports and exports, hostile CLI inputs, hand-edited trip files, concurrent
// writers, slugs and the injection payloads through real hugo/jekyll/Chromium —
// one test file at a time (CPU stays modest), bounded to FUZZ_MINUTES (default 12).
// Prints the figures the cases recorded, then "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const figuresFile = path.join(os.tmpdir(), `proceedings-fuzz-figures-${process.pid}.jsonl`);
const resultsFile = path.join('test-results', 'fuzz-results.json');
mkdirSync('test-results', { recursive: true });
rmSync(figuresFile, { force: true });
rmSync(resultsFile, { force: true });

const minutes = Number(process.env.FUZZ_MINUTES ?? 12);
const started = Date.now();
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const child = spawn(
  npx,
  ['vitest', 'run', 'test/fuzz', '--no-file-parallelism', '--reporter=default', '--reporter=json', `--outputFile=${resultsFile}`],
  { stdio: 'inherit', env: { ...process.env, PROCEEDINGS_FUZZ: 'full', PROCEEDINGS_FUZZ_FIGURES: figuresFile } },
);
const limit = setTimeout(() => {
  console.error(`\nfuzz: stopped after ${minutes} minutes`);
  child.kill('SIGTERM');
}, minutes * 60_000);
const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
clearTimeout(limit);

const figures = new Map();
if (existsSync(figuresFile)) {
  for (const line of readFileSync(figuresFile, 'utf8').split('\n').filter(Boolean)) {
    const { figure, n } = JSON.parse(line);
    figures.set(figure, (figures.get(figure) ?? 0) + n);
  }
  rmSync(figuresFile, { force: true });
}
console.log(`\nRobustness figures (${((Date.now() - started) / 1000).toFixed(0)} s, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):`);
for (const [figure, n] of [...figures].sort()) console.log(`  ${String(n).padStart(5)}  ${figure}`);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
} catch {
  failed = 1;
}
if (code !== 0 && failed === 0) failed = 1; // a file that failed to load, or the time limit
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
