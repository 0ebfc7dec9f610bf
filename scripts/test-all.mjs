// `npm test`: every check in order — lint, types, build, unit tests, browser
// tests, Electron security scan, runtime currency — then one closing line "N passed, N failed,
// N skipped" (CI recognises neither vitest's nor Playwright's own summary).
// Fails when anything failed or when no test ran at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${r.status === 0 ? 'ok' : `exit ${r.status ?? r.signal}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/** A whole step that is one check (lint, types, build, scan). */
function check(label, command, args, env) {
  if (run(label, command, args, env)) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

check('lint', npx, ['eslint', '--max-warnings', '0', '.']);
check('typecheck', npx, ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck renderer', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
check('typecheck browser tests', npx, ['tsc', '-p', 'tsconfig.browser-tests.json', '--noEmit']);
check('build', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);

// Unit tests (vitest).
rmSync('test-results/unit-results.json', { force: true });
const unitOk = run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit-results.json']);
const unit = readJson('test-results/unit-results.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  results.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (unit.numFailedTests || !unitOk) failures.push('unit tests');
  if (!unit.numFailedTests && !unitOk) results.failed++; // e.g. a suite that failed to load
} else {
  results.failed++;
  failures.push('unit tests (no report)');
}

// Browser tests (Playwright; the built renderer in Chromium, and Electron when its binary exists).
rmSync('test-results/e2e-results.json', { force: true });
const e2eOk = run('browser tests', npx, ['playwright', 'test']);
const e2e = readJson('test-results/e2e-results.json');
if (e2e?.stats) {
  results.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  results.failed += e2e.stats.unexpected;
  results.skipped += e2e.stats.skipped;
  if (e2e.stats.unexpected || !e2eOk) failures.push('browser tests');
  if (!e2e.stats.unexpected && !e2eOk) results.failed++;
} else {
  results.failed++;
  failures.push('browser tests (no report)');
}

check('electron security scan', process.execPath, ['scripts/electronegativity.mjs']);

// Is the installed Electron still one of the three majors that get security fixes? Asks the npm
// registry; exit 3 means it could not be reached outside CI (counted as skipped, never as passed).
console.log('\n▶ runtime check: node scripts/runtime-report.mjs --check');
const runtime = spawnSync(process.execPath, ['scripts/runtime-report.mjs', '--check'], { stdio: 'inherit' });
if (runtime.status === 0) results.passed++;
else if (runtime.status === 3) results.skipped++;
else {
  results.failed++;
  failures.push('runtime check');
}

if (existsSync('test-results')) console.log('\nScreenshots and reports: test-results/');
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const ran = results.passed + results.failed;
if (ran === 0) {
  console.log('No test ran.');
  results.failed++;
}
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed ? 1 : 0);
