import type { Command } from 'commander';

/** `photos …` and `camera …` commands (photo import and camera clocks). */
export function registerPhotos(_program: Command): void {}
