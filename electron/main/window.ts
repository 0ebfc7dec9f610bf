import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, nativeTheme } from 'electron';
import { hardenWebContents } from './harden';
import { secureWebPreferences } from './security-policy';
import { loadWindowState, trackWindowState } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The renderer's URL: the dev server in `npm run dev`, the built file otherwise. */
export function appUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev ?? pathToFileURL(path.join(here, '../renderer/index.html')).toString();
}

export function createMainWindow(): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Proceedings',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#fbfaf7',
    icon: path.join(here, '../../assets/icon.png'),
    // The policy lives in security-policy.ts (unit-tested); the key switches are
    // repeated as literals so scanners such as Electronegativity can see them here.
    webPreferences: {
      ...secureWebPreferences(path.join(here, '../preload/index.cjs')),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win);
  hardenWebContents(win.webContents, appUrl());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl());
  return win;
}
