import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { EVENT_NAMES, METHOD_NAMES, type EventName, type EventPayload } from '../../electron/shared/contract';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from '../../electron/shared/contract/app';
import { ChosenFiles, createServiceContext, createServiceDispatcher, type HostHandlers } from '../../electron/services/api';
import { Library } from '../../electron/services/library/library';
import { resolveMediaFile } from '../../electron/services/media/media-files';
import { ExportFolders } from '../../electron/main/export-folders';
import { FakeServices } from '../unit/paper-lookup/fake-services';
import { installBridge } from './support/bridge-init';
import { NO_ELECTRON_BINARY, electronBinary } from './support/electron-app';

/** What a spec can reach besides the page: the library folder and the fake host (dialogs, browser). */
export interface Harness {
  mode: 'chromium' | 'electron';
  libraryDir: string;
  /** In chromium mode, the services' library (in electron mode the app owns it). */
  library: Library | null;
  /** URLs the app asked to open in the system browser. */
  openedUrls: string[];
  /** Export files the app asked main to open or show ("open:/abs/path", "show:/abs/path"), as main allowed them. */
  openedExports: string[];
  /** What the next "choose files" / "choose folder" dialog returns. */
  nextFiles: string[];
  nextFolder: string | null;
  /** What the next "save as" dialog returns (citations); null = cancelled. */
  nextSaveFile: string | null;
  /** The local server that answers as arXiv, OpenReview and Crossref: paper lookups go here, never to the internet. */
  paperServer: FakeServices;
  /** Calls the bridge from the page, exactly as the renderer does. */
  invoke(method: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Cancels the services' running work (imports), as quitting the app does; called after each spec. */
  stopWork(): Promise<void>;
}

interface Fixtures {
  /** Internal: the local paper services, started before the app so its base URLs can point there. */
  paperServer: FakeServices;
  /** Internal: the services side, created before the page is wired. */
  services: Harness;
  harness: Harness;
}

const isElectronProject = (name: string) => name === 'electron';

export const test = base.extend<Fixtures & { electronApp: ElectronApplication | null }>({
  paperServer: async ({}, use) => {
    const server = await new FakeServices().start();
    await use(server);
    await server.stop();
  },

  electronApp: async ({ paperServer }, use, testInfo) => {
    if (!isElectronProject(testInfo.project.name)) return use(null);
    const binary = electronBinary();
    testInfo.skip(!binary, `${NO_ELECTRON_BINARY}; these specs run against the real app where it is present.`);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'proceedings-e2e-app-'));
    const app = await _electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', `--library=${path.join(dir, 'library')}`],
      env: {
        ...process.env,
        PROCEEDINGS_USER_DATA: path.join(dir, 'user-data'),
        PROCEEDINGS_E2E_DIALOGS: path.join(dir, 'dialogs.json'),
        // Paper lookups answer from the local server (PROCEEDINGS_ARXIV_API…), never from the internet.
        ...paperServer.env,
      } as Record<string, string>,
    });
    (app as ElectronApplication & { __dir?: string }).__dir = dir;
    await use(app);
    await app.close();
    await rm(dir, { recursive: true, force: true });
  },

  services: async ({ electronApp, paperServer }, use) => {
    if (electronApp) {
      const dir = (electronApp as ElectronApplication & { __dir?: string }).__dir!;
      const window = await electronApp.firstWindow();
      // Dialog answers and opened links go through the app's e2e seam (electron/main/e2e-seam.ts).
      const dialogs = path.join(dir, 'dialogs.json');
      const answers = { files: [] as string[], folder: null as string | null, saveFile: null as string | null };
      const save = () => writeFileSync(dialogs, JSON.stringify(answers));
      const harness: Harness = {
        mode: 'electron',
        libraryDir: path.join(dir, 'library'),
        library: null,
        get openedUrls() {
          try {
            return readFileSync(`${dialogs}.links`, 'utf8').split('\n').filter((l) => l && !/^(open|show):/.test(l));
          } catch {
            return [];
          }
        },
        get openedExports() {
          try {
            return readFileSync(`${dialogs}.links`, 'utf8').split('\n').filter((l) => /^(open|show):/.test(l));
          } catch {
            return [];
          }
        },
        get nextFiles() {
          return answers.files;
        },
        set nextFiles(files: string[]) {
          answers.files = files;
          save();
        },
        get nextFolder() {
          return answers.folder;
        },
        set nextFolder(folder: string | null) {
          answers.folder = folder;
          save();
        },
        get nextSaveFile() {
          return answers.saveFile;
        },
        set nextSaveFile(file: string | null) {
          answers.saveFile = file;
          save();
        },
        paperServer,
        invoke: (method, payload) => window.evaluate(([m, p]) => (window as any).proceedings.invoke(m, p), [method, payload] as const),
        emit: async () => {
          throw new Error('Events come from the real main process in electron mode.');
        },
        // The real app disposes its services when it quits (electronApp.close()).
        stopWork: async () => undefined,
      };
      await use(harness);
      return;
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'proceedings-e2e-'));
    const library = await Library.open(path.join(dir, 'library'), { owner: 'test', saveDelayMs: 50 });
    const harness: Harness = {
      mode: 'chromium',
      libraryDir: library.paths.root,
      library,
      openedUrls: [],
      openedExports: [],
      nextFiles: [],
      nextFolder: null,
      nextSaveFile: null,
      paperServer,
      invoke: async () => ({ ok: false }),
      emit: async () => undefined,
      stopWork: async () => undefined,
    };
    await use(harness);
    await harness.stopWork();
    await library.close();
    await rm(dir, { recursive: true, force: true });
  },

  page: async ({ page, electronApp, services }, use) => {
    if (electronApp) {
      const window = await electronApp.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      await use(window);
      return;
    }
    await wireBrowserPage(page, services);
    await page.goto('index.html');
    await use(page);
  },

  // Depends on the page, so a spec that only asks for the harness still gets a wired, loaded app.
  harness: async ({ services, page }, use) => {
    void page;
    await use(services);
  },
});

/** Puts the real services behind `window.proceedings` in a plain Chromium page. */
async function wireBrowserPage(page: Page, harness: Harness): Promise<void> {
  const library = harness.library!;
  const exportFolders = new ExportFolders();
  const chosenFiles = new ChosenFiles();
  let prefs = {
    language: 'en' as 'system' | 'en' | 'ko',
    theme: 'light' as 'system' | 'light' | 'dark',
    tileUrl: DEFAULT_TILE_URL,
    tileAttribution: DEFAULT_TILE_ATTRIBUTION,
    paperLookups: true,
  };
  const host: HostHandlers = {
    'app.openExternal': async ({ url }) => {
      harness.openedUrls.push(url);
      return { opened: /^https?:/.test(url) };
    },
    'app.flushed': async () => ({}),
    'app.getPreferences': async () => ({ ...prefs, systemLanguage: 'en-US' }),
    'app.setPreferences': async (patch) => {
      prefs = { ...prefs, ...patch };
      // As main does: the services stop or resume sending at once.
      if (patch.paperLookups !== undefined) services.paperLookup.setEnabled(patch.paperLookups);
      return {};
    },
    // As main does: the one file the chooser returned is all `papers.exportCitations` may write.
    'app.chooseSaveFile': async ({ purpose }) => {
      chosenFiles.remember(purpose, harness.nextSaveFile ? [harness.nextSaveFile] : []);
      return { path: harness.nextSaveFile };
    },
    // As main does: what the chooser returns is all `photos.geotagFile` may read afterwards.
    'app.chooseFiles': async ({ purpose }) => {
      chosenFiles.remember(purpose, harness.nextFiles);
      return { paths: harness.nextFiles };
    },
    'app.chooseFolder': async ({ purpose }) => {
      if (harness.nextFolder && purpose === 'export') exportFolders.remember(harness.nextFolder);
      return { path: harness.nextFolder };
    },
    // The same rule as main (electron/main/export-folders.ts): only files of a folder just exported to.
    'app.openExport': async ({ outDir, file, how }) => {
      const target = exportFolders.resolve(outDir, file);
      if (target) harness.openedExports.push(`${how}:${target}`);
      return { opened: Boolean(target) };
    },
  };
  harness.emit = async (event, payload) => {
    await page.evaluate(([e, p]) => (window as any).__proceedingsEmit?.(e, p), [event, payload] as const);
  };
  // Services push events fire-and-forget, as webContents.send does.
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void harness.emit(event, payload).catch(() => undefined);
  // One context per page, disposed after the spec like main disposes its own on quit.
  // Paper lookups go to the local server, spaced briefly (the real spacing has its own unit tests).
  const paperLookups = { enabled: true, endpoints: harness.paperServer.endpoints, intervals: { arxiv: 50, openreview: 50, crossref: 50 } };
  const services = createServiceContext({ library, emit, chosenFiles, paperLookups });
  harness.stopWork = () => services.dispose();
  const dispatch = createServiceDispatcher(services, host);
  harness.invoke = (method, payload) =>
    page.evaluate(([m, p]) => (window as any).proceedings.invoke(m, p), [method, payload] as const) as ReturnType<Harness['invoke']>;
  await page.exposeBinding('__proceedingsInvoke', (_source, method: unknown, payload: unknown) => dispatch(method, payload));
  await page.addInitScript(installBridge, { methods: METHOD_NAMES as string[], events: EVENT_NAMES as string[], mediaBase: '/__media/' });
  // Library media, as the app's proceedings-media: protocol serves it (inside media/ only).
  await page.route('**/__media/**', async (route) => {
    const url = new URL(route.request().url());
    try {
      const { file, mime } = await resolveMediaFile(library.paths, url.pathname.replace(/^\/__media\//, ''));
      await route.fulfill({ path: file, contentType: mime });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  // Nothing leaves the machine: map tiles and any other remote request are refused.
  await page.route((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost', (route) => route.abort());
}

export { expect } from '@playwright/test';
