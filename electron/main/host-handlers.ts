import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { HostHandlers } from '../services/api';
import { effectiveLanguage, loadPreferences, savePreferences, type Preferences } from './preferences';
import { e2eSeam } from './e2e-seam';
import { isSafeExternalUrl } from './security-policy';

/** The contract methods only the main process can serve. */
export function createHostHandlers(options: {
  window: () => BrowserWindow | null;
  onFlushed: () => void;
  onLanguage: (language: 'en' | 'ko') => void;
}): HostHandlers {
  let prefs: Preferences = loadPreferences();
  return {
    'app.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      if (e2eSeam) e2eSeam.openedLink(url);
      else await shell.openExternal(url);
      return { opened: true };
    },
    'app.flushed': async () => {
      options.onFlushed();
      return {};
    },
    'app.getPreferences': async () => ({ ...prefs, systemLanguage: app.getPreferredSystemLanguages()[0] ?? 'en' }),
    'app.setPreferences': async (patch) => {
      prefs = { ...prefs, ...patch };
      await savePreferences(prefs);
      options.onLanguage(effectiveLanguage(prefs));
      return {};
    },
    'app.chooseFiles': async () => {
      if (e2eSeam) return { paths: e2eSeam.answers().files };
      const win = options.window();
      const result = await (win ? dialog.showOpenDialog(win, photoDialog) : dialog.showOpenDialog(photoDialog));
      return { paths: result.canceled ? [] : result.filePaths };
    },
    'app.chooseFolder': async ({ purpose }) => {
      if (e2eSeam) return { path: e2eSeam.answers().folder };
      const win = options.window();
      const opts: Electron.OpenDialogOptions = {
        properties: purpose === 'export' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
      };
      const result = await (win ? dialog.showOpenDialog(win, opts) : dialog.showOpenDialog(opts));
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
  };
}

const photoDialog: Electron.OpenDialogOptions = {
  properties: ['openFile', 'multiSelections'],
  filters: [{ name: 'Photos', extensions: ['jpg', 'jpeg', 'heic', 'heif', 'avif', 'png', 'tif', 'tiff', 'webp', 'gif'] }],
};
