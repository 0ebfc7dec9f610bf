import { AppError } from '../services/util/errors';
import { cliError, humanMessage, jsonMessage } from './errors';

export interface GlobalOptions {
  library?: string;
  json?: boolean;
}

const writeStdout = process.stdout.write.bind(process.stdout);

/**
 * Under --json stdout carries the one document and nothing else: whatever a
 * library prints there (libheif's WASM decoder logs its failures with
 * console.log) is sent to stderr instead. Called by the CLI's entry only.
 */
export function guardJsonStdout(): void {
  process.stdout.write = ((...args: Parameters<typeof process.stderr.write>) => process.stderr.write(...args)) as typeof process.stdout.write;
}

/** One JSON document on stdout with --json; readable lines otherwise. */
export function emit(opts: GlobalOptions, value: unknown, human: () => string): void {
  if (opts.json) writeStdout(`${JSON.stringify(value, null, 2)}\n`);
  else process.stdout.write(`${human()}\n`);
}

/** Errors go to stderr (as JSON with --json) and set a non-zero exit code. */
export function reportError(opts: GlobalOptions, error: unknown): void {
  const e = cliError(error);
  process.stderr.write(`${opts.json ? jsonMessage(e) : humanMessage(e)}\n`);
  process.exitCode = e.code === 'invalid-input' ? 2 : 1;
}

export function usageError(message: string): AppError {
  return new AppError('invalid-input', message);
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal width of text: Hangul and other wide characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

export function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - displayWidth(c)))).join('  '))
    .join('\n');
}
