import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Path of the Electron binary, or null when it has not been downloaded. Since Electron 42 the
 * package downloads its binary on the first `require('electron')` / `electron .` instead of at
 * install, so this reads the package's `path.txt` and `dist/` itself: asking must never start a
 * download (this workplace has no route to Electron's releases; a user's `npm start` does fetch it).
 */
export function electronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Why the Electron variant of a spec is skipped, for the report. */
export const NO_ELECTRON_BINARY =
  'no Electron binary here: Electron ≥ 42 downloads it on first launch (`npx install-electron --no`), which needs its release host';
