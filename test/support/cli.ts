import { spawn } from 'node:child_process';
import { REPO_ROOT } from './library';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI as its own process, exactly as `npm run cli` does
 * (`node --import tsx electron/cli/index.ts`), from the repo root.
 * PROCEEDINGS_LIBRARY is removed unless given, so a developer's own library is never touched.
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PROCEEDINGS_LIBRARY: undefined, NODE_OPTIONS: undefined, ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    // The bundle made by test/support/global-setup.ts when running under vitest; tsx otherwise.
    const bundle = process.env.PROCEEDINGS_CLI_BUNDLE;
    const entry = bundle ? [bundle] : ['--import', 'tsx', 'electron/cli/index.ts'];
    const child = spawn(process.execPath, [...entry, ...args], {
      cwd: REPO_ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the CLI with --json and parses stdout, which must be exactly one JSON document. */
export async function runCliJson<T = Record<string, unknown>>(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ result: CliResult; value: T }> {
  const result = await runCli([...args, '--json'], env);
  if (result.code !== 0) throw new Error(`CLI ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return { result, value: JSON.parse(result.stdout) as T };
}
