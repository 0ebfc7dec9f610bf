import { app, BrowserWindow, dialog, session } from 'electron';
import { createServiceDispatcher } from '../services/api';
import { Library } from '../services/library/library';
import { resolveLibraryRoot } from '../services/library/location';
import { AppError } from '../services/util/errors';
import { hardenSession } from './harden';
import { createHostHandlers } from './host-handlers';
import { wireIpc } from './ipc';
import { handleMediaScheme, registerMediaScheme } from './media-protocol';
import { installMenu } from './menu';
import { effectiveLanguage, loadPreferences } from './preferences';
import { appUrl, createMainWindow } from './window';

// Tests (and portable setups) may point the app's own settings elsewhere.
if (process.env.PROCEEDINGS_USER_DATA) app.setPath('userData', process.env.PROCEEDINGS_USER_DATA);

// One instance at a time: a second launch focuses the first (and never opens the library twice).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerMediaScheme();
  void main();
}

let library: Library | null = null;
let mainWindow: BrowserWindow | null = null;
let quitting = false;

function send(channel: string, payload: unknown): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('proceedings:event', channel, payload);
}

/** `--library DIR` on the command line, then PROCEEDINGS_LIBRARY, then the user-data folder. */
function libraryArgument(): string | undefined {
  const i = process.argv.indexOf('--library');
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith('--library='))?.slice(10);
}

async function openLibrary(): Promise<Library> {
  const root = resolveLibraryRoot(libraryArgument(), process.env, app.getPath('userData'));
  // A CLI command may hold the lock for a moment: retry briefly before giving up.
  for (let attempt = 0; ; attempt++) {
    try {
      return await Library.open(root, {
        owner: 'app',
        saveDelayMs: 400,
        onSaveError: (error) => send('library:save-error', { message: error.message }),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'library-locked' && attempt < 10) {
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      throw error;
    }
  }
}

async function main(): Promise<void> {
  await app.whenReady();
  try {
    library = await openLibrary();
  } catch (error) {
    dialog.showErrorBox('Proceedings cannot open its library', (error as Error).message);
    app.exit(1);
    return;
  }
  const lib = library;
  hardenSession(session.defaultSession);
  handleMediaScheme(() => lib);

  let flushed: (() => void) | null = null;
  const host = createHostHandlers({
    window: () => mainWindow,
    onFlushed: () => flushed?.(),
    onLanguage: (language) => mainWindow && installMenu(mainWindow, language),
  });
  const dispatch = createServiceDispatcher({ library: lib, emit: (event, payload) => send(event, payload) }, host);
  wireIpc(dispatch, appUrl());

  const open = () => {
    mainWindow = createMainWindow();
    installMenu(mainWindow, effectiveLanguage(loadPreferences()));
    // Before the window goes, the renderer saves what is still being typed (autosave is debounced).
    mainWindow.on('close', (event) => {
      if (quitting || !mainWindow) return;
      event.preventDefault();
      const win = mainWindow;
      const done = () => {
        quitting = true;
        flushed = null;
        void lib.flush().finally(() => win.destroy());
      };
      flushed = done;
      send('app:flush-request', {});
      setTimeout(done, 3000); // a renderer that does not answer must not keep the window open
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      quitting = false;
    });
  };
  open();

  app.on('second-instance', () => {
    if (!mainWindow) return open();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    event.preventDefault();
    closing = true;
    void lib.close().finally(() => app.quit());
  });
}
