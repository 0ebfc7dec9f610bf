import { app, BrowserWindow, dialog, session } from 'electron';
import { createServiceContext, createServiceDispatcher } from '../services/api';
import { Library } from '../services/library/library';
import { resolveLibraryRoot } from '../services/library/location';
import { stopHeicWorker } from '../services/photos/heic-worker';
import { AppError } from '../services/util/errors';
import { sendEvent } from './events';
import { hardenSession } from './harden';
import { createHostHandlers } from './host-handlers';
import { wireIpc } from './ipc';
import { handleMediaScheme, registerMediaScheme } from './media-protocol';
import { installMenu } from './menu';
import { effectiveLanguage, loadPreferences } from './preferences';
import { RendererFlush } from './renderer-flush';
import { createShutdown } from './shutdown';
import { appLookupOptions } from './paper-lookups';
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

let mainWindow: BrowserWindow | null = null;


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
        onSaveError: (error) => sendEvent(mainWindow, 'library:save-error', { message: error.message }),
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
  let library: Library;
  try {
    library = await openLibrary();
  } catch (error) {
    dialog.showErrorBox('Proceedings cannot open its library', (error as Error).message);
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession);
  handleMediaScheme(() => library);

  const flush = new RendererFlush(() => sendEvent(mainWindow, 'app:flush-request', {}));
  // The services' context outlives every request (imports run on after answering); shutdown disposes it.
  const services = createServiceContext({
    library,
    emit: (event, payload) => sendEvent(mainWindow, event, payload),
    paperLookups: appLookupOptions(loadPreferences().paperLookups),
  });
  // Papers left "looked up later" by the last session (or the CLI offline) are asked now, in the background.
  if (!library.readOnly) services.paperLookup.catchUp();
  const host = createHostHandlers({
    chosenFiles: services.chosenFiles,
    window: () => mainWindow,
    onFlushed: () => flush.acknowledge(),
    onLanguage: (language) => mainWindow && installMenu(mainWindow, language),
    onPaperLookups: (on) => {
      services.paperLookup.setEnabled(appLookupOptions(on).enabled);
      if (services.paperLookup.enabled && !library.readOnly) services.paperLookup.catchUp();
    },
  });
  wireIpc(createServiceDispatcher(services, host), appUrl());

  let quitting = false;
  const shutdown = createShutdown({
    flushRenderer: () => (mainWindow && !mainWindow.isDestroyed() ? flush.request() : undefined),
    disposeServices: () => services.dispose(),
    closeLibrary: () => library.close(),
    stopWorkers: () => stopHeicWorker(),
    saveFailed: (message) => dialog.showErrorBox('Proceedings could not save', message),
    exit: (code) => app.exit(code),
  });
  const quit = () => {
    quitting = true;
    void shutdown();
  };

  const open = () => {
    const win = createMainWindow();
    mainWindow = win;
    installMenu(win, effectiveLanguage(loadPreferences()));
    win.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      if (process.platform !== 'darwin') {
        quit();
        return;
      }
      // macOS keeps the app (and the library) open without windows.
      void flush.request().then(() => library.flush()).finally(() => win.destroy());
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
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
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quit();
  });
}
