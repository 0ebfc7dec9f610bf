import type { Command } from 'commander';

/** `series …` and `export …` commands. */
export function registerExport(_program: Command): void {}
