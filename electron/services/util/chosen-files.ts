import path from 'node:path';

/**
 * The files the user just picked in a system file chooser, by purpose. A
 * handler that reads a path the renderer sends back reads it only if the
 * chooser returned it last time for that purpose, and only once: the renderer
 * can never make the main process read any other file on the computer.
 */
export class ChosenFiles {
  private readonly chosen = new Map<string, Set<string>>();

  /** A new choice replaces the last one for the same purpose. */
  remember(purpose: string, paths: string[]): void {
    this.chosen.set(purpose, new Set(paths.map((p) => path.resolve(p))));
  }

  /** The absolute path if `file` was just chosen for `purpose` (and forgets it), else null. */
  take(purpose: string, file: string): string | null {
    const absolute = path.resolve(file);
    return this.chosen.get(purpose)?.delete(absolute) ? absolute : null;
  }
}
