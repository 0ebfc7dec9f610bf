import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Proceedings';

/**
 * Electron's `app.getPath('userData')` for this app, computed without Electron
 * so the CLI finds the same library the app uses.
 */
export function userDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** --library beats PROCEEDINGS_LIBRARY beats the app's default folder. */
export function resolveLibraryRoot(explicit?: string, env = process.env, userData = userDataDir()): string {
  const chosen = explicit ?? env.PROCEEDINGS_LIBRARY;
  return path.resolve(chosen && chosen.trim() ? chosen : path.join(userData, 'library'));
}
