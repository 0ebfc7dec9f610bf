import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { ChosenFiles, HostHandlers } from '../services/api';
import path from 'node:path';
import { createDialogFolders } from './dialog-folders';
import { effectiveLanguage, loadPreferences, savePreferences, type Preferences } from './preferences';
import { e2eSeam } from './e2e-seam';
import { ExportFolders } from './export-folders';
import { isSafeExternalUrl } from './security-policy';

/** The contract methods only the main process can serve. */
export function createHostHandlers(options: {
  window: () => BrowserWindow | null;
  onFlushed: () => void;
  onLanguage: (language: 'en' | 'ko') => void;
  /** The paper-lookups preference changed (the services stop or resume sending). */
  onPaperLookups?: (on: boolean) => void;
  /** Shared with the services: what the chooser returned is all `photos.geotagFile` may read. */
  chosenFiles: ChosenFiles;
}): HostHandlers {
  let prefs: Preferences = loadPreferences();
  const folders = createDialogFolders(path.join(app.getPath('userData'), 'dialog-folders.json'), {
    photos: app.getPath('pictures'),
    export: app.getPath('documents'),
  });
  const exportFolders = new ExportFolders();
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
      if (patch.paperLookups !== undefined) options.onPaperLookups?.(patch.paperLookups);
      return {};
    },
    'app.chooseFiles': async ({ purpose }) => {
      const chosen = (paths: string[]) => {
        options.chosenFiles.remember(purpose, paths);
        return { paths };
      };
      if (e2eSeam) return chosen(e2eSeam.answers().files);
      const win = options.window();
      // GPX tracks usually sit beside the photos (a card, a phone export): the same remembered folder.
      // A programme is a download: with no defaultPath the chooser opens in Downloads (Electron ≥ 43).
      const photosFolder = purpose !== 'programme';
      const opts: Electron.OpenDialogOptions = { ...fileDialogs[purpose], ...(photosFolder ? { defaultPath: folders.defaultPath('photos') } : {}) };
      const result = await (win ? dialog.showOpenDialog(win, opts) : dialog.showOpenDialog(opts));
      if (result.canceled || !result.filePaths[0]) return chosen([]);
      if (photosFolder) await folders.remember('photos', result.filePaths[0], false);
      return chosen(result.filePaths);
    },
    'app.chooseSaveFile': async ({ purpose, format, name }) => {
      // What the chooser returned is the one file papers.exportCitations may write, once.
      const chosen = (file: string | null) => {
        options.chosenFiles.remember(purpose, file ? [file] : []);
        return { path: file };
      };
      if (e2eSeam) return chosen(e2eSeam.answers().saveFile);
      const win = options.window();
      const extension = format === 'bibtex' ? 'bib' : 'json';
      // The trip's title as a file name: no separators or characters a file system refuses.
      const base = (name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'citations').slice(0, 100);
      const opts: Electron.SaveDialogOptions = {
        defaultPath: path.join(folders.defaultPath('export'), `${base}.${extension}`),
        filters: [format === 'bibtex' ? { name: 'BibTeX', extensions: ['bib'] } : { name: 'CSL-JSON', extensions: ['json'] }],
      };
      const result = await (win ? dialog.showSaveDialog(win, opts) : dialog.showSaveDialog(opts));
      if (result.canceled || !result.filePath) return chosen(null);
      await folders.remember('export', result.filePath, false);
      return chosen(result.filePath);
    },
    'app.chooseFolder': async ({ purpose }) => {
      // An export folder the user chose is one app.openExport may later open inside.
      const answer = (folder: string | null) => {
        if (folder && purpose === 'export') exportFolders.remember(folder);
        return { path: folder };
      };
      if (e2eSeam) return answer(e2eSeam.answers().folder);
      const win = options.window();
      const opts: Electron.OpenDialogOptions = {
        properties: purpose === 'export' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
        defaultPath: folders.defaultPath(purpose),
      };
      const result = await (win ? dialog.showOpenDialog(win, opts) : dialog.showOpenDialog(opts));
      const chosen = result.canceled ? null : (result.filePaths[0] ?? null);
      if (chosen) await folders.remember(purpose, chosen, true);
      return answer(chosen);
    },
    'app.openExport': async ({ outDir, file, how }) => {
      const target = exportFolders.resolve(outDir, file);
      if (!target) return { opened: false };
      if (e2eSeam) {
        e2eSeam.openedLink(`${how}:${target}`);
        return { opened: true };
      }
      if (how === 'show') shell.showItemInFolder(target);
      // openPath answers an error message, '' when it worked.
      else return { opened: (await shell.openPath(target)) === '' };
      return { opened: true };
    },
  };
}

const photoDialog: Electron.OpenDialogOptions = {
  properties: ['openFile', 'multiSelections'],
  filters: [{ name: 'Photos', extensions: ['jpg', 'jpeg', 'heic', 'heif', 'avif', 'png', 'tif', 'tiff', 'webp', 'gif'] }],
};

const gpxDialog: Electron.OpenDialogOptions = {
  properties: ['openFile'],
  filters: [{ name: 'GPX track', extensions: ['gpx'] }],
};

const programmeDialog: Electron.OpenDialogOptions = {
  properties: ['openFile'],
  filters: [{ name: 'Conference programme (iCalendar, pretalx/frab JSON or XML, CSV)', extensions: ['ics', 'json', 'xml', 'csv'] }],
};

const fileDialogs = { photos: photoDialog, gpx: gpxDialog, programme: programmeDialog };
