import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './library';

export interface KilledRun {
  /** True when the SIGKILL landed before the command finished by itself. */
  killed: boolean;
  code: number | null;
  stderr: string;
}

/**
 * Starts the real CLI (the bundle made by global-setup, tsx otherwise) and
 * kills it with SIGKILL `afterMs` after it started — or, given `whenExists`,
 * that long after that path appears (the start of an export's writing, which
 * varies with the machine's load) — a crash at that moment, with no chance to
 * clean up. Resolves once the process is gone.
 */
export function runCliKilledAfter(args: string[], afterMs: number, whenExists?: string): Promise<KilledRun> {
  const bundle = process.env.PROCEEDINGS_CLI_BUNDLE;
  const entry = bundle ? [bundle] : ['--import', 'tsx', 'electron/cli/index.ts'];
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PROCEEDINGS_LIBRARY;
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timer: NodeJS.Timeout | undefined;
    const poll = whenExists
      ? setInterval(() => {
          if (!existsSync(whenExists)) return;
          clearInterval(poll);
          timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
        }, 1)
      : undefined;
    if (!whenExists) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stderr });
    });
  });
}

/** Every file under `root` (paths relative, sorted) with its bytes. */
export function snapshotFolder(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else files.set(path.relative(root, abs), readFileSync(abs));
    }
  };
  walk(root);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The paths at which two folder snapshots differ (missing, extra or different bytes). */
export function folderDifferences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [rel, bytes] of expected) if (!actual.get(rel)?.equals(bytes)) out.push(actual.has(rel) ? `changed ${rel}` : `missing ${rel}`);
  for (const rel of actual.keys()) if (!expected.has(rel)) out.push(`extra ${rel}`);
  return out;
}
