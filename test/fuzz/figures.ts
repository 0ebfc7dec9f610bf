import { appendFileSync } from 'node:fs';

/**
 * The robustness cases run in two sizes: a few of each in `npm test`, and many
 * under `npm run fuzz` (PROCEEDINGS_FUZZ=full), which also collects the figures
 * every case records here and prints them at the end (test/fuzz/run.mjs).
 */
export const FULL = process.env.PROCEEDINGS_FUZZ === 'full';

export function pick<T>(fast: T[], full: T[]): T[] {
  return FULL ? full : fast;
}

/** Adds `n` to a figure, e.g. record('kills survived, nothing lost', 1). */
export function record(figure: string, n = 1): void {
  const file = process.env.PROCEEDINGS_FUZZ_FIGURES;
  if (file && n) appendFileSync(file, `${JSON.stringify({ figure, n })}\n`);
}
