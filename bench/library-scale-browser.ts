/**
 * The renderer side of the library-scale bench: the built renderer in Chromium,
 * bridged to the real services in this process the way the e2e harness does it
 * (test/e2e/fixtures.ts: exposeBinding + the preload's stand-in, media over
 * /__media/, every remote request refused), driven with plain Playwright.
 * Each operation reports its time to the next painted frame and the longest
 * task (PerformanceObserver 'longtask') while it ran.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { EVENT_NAMES, METHOD_NAMES } from '../electron/shared/contract';
import { Library } from '../electron/services/library/library';
import { resolveMediaFile } from '../electron/services/media/media-files';
import { benchDispatcher, median } from './library-scale-services';
import { installProbe } from './library-scale-probe';
import { BIG, type ScaleLibrary } from './library-scale-data';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4207);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Timed {
  ms: number;
  longestTaskMs: number;
}
export interface RendererFigures {
  listPainted: Timed;
  timelinePainted?: Timed;
  daySwitch?: Timed;
  notesKey?: Timed;
  searchKey?: Timed;
  preview?: Timed & { imageRequests: number };
  wholeTripMap?: Timed;
  heapMb?: number;
}

interface Probe {
  __bench: {
    state: { listPaintedAt: number };
    longestTask(from: number, to: number): number;
    run(trigger: () => void, done: () => boolean, timeoutMs?: number): Promise<Timed>;
    keysSince(from: number): number[];
  };
}

/** The built renderer (out/renderer), built first when it is missing. */
function ensureBuilt(): void {
  if (existsSync(path.join(repo, 'out/renderer/index.html'))) return;
  console.log('building the renderer (npx electron-vite build)…');
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('electron-vite build failed');
}

async function serve(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(repo, 'scripts/serve-renderer.mjs'), path.join(repo, 'out/renderer')], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the renderer server exited (${code}); is port ${PORT} taken? set BENCH_PORT`)));
  });
  return server;
}

/**
 * The e2e harness's stand-in for the preload (test/e2e/support/bridge-init.ts). Loaded by path at run time:
 * test/e2e belongs to the browser-tests TypeScript project, which the bench's project cannot import from.
 */
async function bridgeInit(): Promise<(args: { methods: string[]; events: string[]; mediaBase: string }) => void> {
  const mod = (await import(path.join(repo, 'test/e2e/support/bridge-init.ts'))) as { installBridge: (args: { methods: string[]; events: string[]; mediaBase: string }) => void };
  return mod.installBridge;
}

async function wire(page: Page, library: Library, tripCount: number): Promise<{ mediaRequests: () => number }> {
  const installBridge = await bridgeInit();
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  const dispatch = benchDispatcher(library);
  let media = 0;
  await page.exposeBinding('__proceedingsInvoke', (_s, method: unknown, payload: unknown) => dispatch(method, payload));
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent into the page need it too.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installBridge, { methods: METHOD_NAMES as string[], events: EVENT_NAMES as string[], mediaBase: '/__media/' });
  await page.addInitScript(installProbe, { tripCount });
  await page.route('**/__media/**', async (route) => {
    media++;
    try {
      const { file, mime } = await resolveMediaFile(library.paths, new URL(route.request().url()).pathname.replace(/^\/__media\//, ''));
      await route.fulfill({ path: file, contentType: mime });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.route((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost', (route) => route.abort());
  return { mediaRequests: () => media };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Types `text` one key at a time, as a person does (a key every 120 ms); median latency, longest task. */
async function typeKeys(page: Page, text: string): Promise<Timed> {
  const from = await page.evaluate(() => performance.now());
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1_000); // autosave and whatever a keystroke schedules
  return page.evaluate((from) => {
    const probe = (window as unknown as Probe).__bench;
    const latencies = probe.keysSince(from);
    if (latencies.length === 0) throw new Error('no keystroke reached an input');
    const sorted = [...latencies].sort((a, b) => a - b);
    return { ms: sorted[Math.floor(sorted.length / 2)]!, longestTaskMs: probe.longestTask(from, performance.now()) };
  }, from);
}

async function listOnly(page: Page): Promise<Timed> {
  await page.goto(`http://127.0.0.1:${PORT}/index.html`);
  await page.waitForFunction(() => (window as unknown as Probe).__bench.state.listPaintedAt > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const probe = (window as unknown as Probe).__bench;
    const at = probe.state.listPaintedAt;
    return { ms: at, longestTaskMs: probe.longestTask(0, at) };
  });
}

/** Every renderer operation of issue #16 on `root`; only the trip list when `full` is false. */
async function measureOn(browser: Browser, root: string, lib: ScaleLibrary, tripCount: number, full: boolean): Promise<RendererFigures> {
  const library = await Library.open(root, { owner: 'bench', saveDelayMs: 50 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
  const page = await context.newPage();
  try {
    const { mediaRequests } = await wire(page, library, tripCount);
    const listPainted = await listOnly(page);
    if (!full) return { listPainted };
    const heaps: number[] = [];

    const timelinePainted = await page.evaluate((title) => {
      const b = (window as unknown as Probe).__bench;
      const card = Array.from(document.querySelectorAll<HTMLButtonElement>('.trip-list button.trip-card')).find((el) => el.textContent?.includes(title));
      if (!card) throw new Error('the biggest trip is not in the list');
      return b.run(() => card.click(), () => (document.querySelector('ol.timeline')?.children.length ?? 0) > 0);
    }, lib.bigTripTitle);
    heaps.push(await heapMb(page));

    // From another day to the 91-entry day.
    await page.locator('[role=tab][id^="day-tab-"]').first().click();
    await page.waitForTimeout(500);
    const daySwitch = await page.evaluate((day) => {
      const b = (window as unknown as Probe).__bench;
      const tab = document.getElementById(`day-tab-${day}`);
      if (!tab) throw new Error(`no tab for ${day}`);
      return b.run(() => tab.click(), () => tab.getAttribute('aria-selected') === 'true' && (document.querySelector('ol.timeline')?.children.length ?? 0) >= 91);
    }, lib.busyDay);
    heaps.push(await heapMb(page));

    await page.locator('ol.timeline button.timeline-item').nth(45).click();
    const notes = page.getByRole('region', { name: /^Edit \w+$/ }).getByLabel(/^Notes/);
    await notes.click();
    await page.keyboard.press('End');
    const notesKey = await typeKeys(page, ' quick note');
    heaps.push(await heapMb(page));

    await page.locator('ol.timeline button.timeline-item').first().focus();
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: /Search this trip/ }).getByRole('combobox').waitFor();
    const searchKey = await typeKeys(page, 'learning to see');
    await page.keyboard.press('Escape');
    heaps.push(await heapMb(page));

    await page.getByRole('tab', { name: /^Series$/ }).click();
    await page.getByRole('tab', { name: 'Preview', exact: true }).click();
    await page.locator('iframe.preview-frame').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_000);
    const beforeImages = mediaRequests();
    const partLabel = `${lib.busyPartIndex + 1}. `;
    const previewTimed = await page.evaluate((label) => {
      const b = (window as unknown as Probe).__bench;
      const nav = document.querySelector('nav.preview-pages');
      const button = Array.from(nav?.querySelectorAll('button') ?? []).find((el) => el.textContent?.startsWith(label));
      if (!button) throw new Error(`no preview page "${label}…"`);
      const frameTitle = button.textContent!.replace(label, '');
      return b.run(() => button.click(), () => Boolean(document.querySelector(`iframe.preview-frame[title*="${frameTitle}"]`)));
    }, partLabel);
    await page.waitForTimeout(2_000);
    const preview = { ...previewTimed, imageRequests: mediaRequests() - beforeImages };
    heaps.push(await heapMb(page));

    await page.getByRole('tab', { name: /^Map$/ }).click();
    await page.getByRole('region', { name: 'Map of the trip' }).waitFor();
    await page.waitForTimeout(1_000);
    const wholeTripMap = await page.evaluate((photos) => {
      const b = (window as unknown as Probe).__bench;
      const box = document.querySelector<HTMLInputElement>('.map-view input[type=checkbox]');
      if (!box) throw new Error('no "Whole trip" checkbox');
      const shown = new RegExp(`^${photos.toLocaleString('en')} photos|^${photos} photos`);
      return b.run(() => box.click(), () => shown.test(document.querySelector('.map-view .photos-head .muted')?.textContent ?? ''));
    }, BIG.photos);
    heaps.push(await heapMb(page));

    return { listPainted, timelinePainted, daySwitch, notesKey, searchKey, preview, wholeTripMap, heapMb: Math.max(...heaps) };
  } finally {
    await context.close();
    await library.close();
  }
}

/** The trip list at 5 and at 50 trips, then every operation on the 50-trip library. */
export async function measureRenderer(smallRoot: string, bigRoot: string, lib: ScaleLibrary): Promise<{ small: RendererFigures; big: RendererFigures }> {
  ensureBuilt();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    // A first page load warms Chromium's caches (code cache, fonts) for both libraries alike.
    await measureOn(browser, smallRoot, lib, 5, false);
    const smallRuns = [];
    for (let i = 0; i < 3; i++) smallRuns.push((await measureOn(browser, smallRoot, lib, 5, false)).listPainted);
    const big = await measureOn(browser, bigRoot, lib, 50, true);
    const listRuns = [big.listPainted];
    for (let i = 0; i < 2; i++) listRuns.push((await measureOn(browser, bigRoot, lib, 50, false)).listPainted);
    const pick = (runs: Timed[]): Timed => ({ ms: median(runs.map((r) => r.ms)), longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)) });
    return { small: { listPainted: pick(smallRuns) }, big: { ...big, listPainted: pick(listRuns) } };
  } finally {
    await browser.close();
    server.kill();
  }
}
