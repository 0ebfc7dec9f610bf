/**
 * The services side of the library-scale bench: what the trip list, opening
 * the biggest trip and previewing a 90-entry part cost in the process that
 * serves every request (main in the app, the harness here), measured through
 * the real dispatcher.
 */
import { performance } from 'node:perf_hooks';
import { ChosenFiles, createServiceDispatcher, type HostHandlers } from '../electron/services/api';
import { Library } from '../electron/services/library/library';
import type { ScaleLibrary } from './library-scale-data';

export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU time of this thread only (the services' thread): a worker's CPU must not count as blocking. */
const threadCpuMs = (): number => {
  const u = (process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Dialog and preference handlers the bench never uses; they answer like a user who cancels. */
export function benchHost(): HostHandlers {
  return {
    'app.openExternal': async () => ({ opened: false }),
    'app.flushed': async () => ({}),
    'app.getPreferences': async () => ({ language: 'en', theme: 'light', tileUrl: '', tileAttribution: '', paperLookups: false, systemLanguage: 'en-US' }),
    'app.setPreferences': async () => ({}),
    'app.chooseFiles': async () => ({ paths: [] }),
    'app.chooseFolder': async () => ({ path: null }),
    'app.chooseSaveFile': async () => ({ path: null }),
    'app.openExport': async () => ({ opened: false }),
  };
}

export function benchDispatcher(library: Library) {
  return createServiceDispatcher({ library, emit: () => undefined, chosenFiles: new ChosenFiles() }, benchHost());
}

async function call(dispatch: ReturnType<typeof benchDispatcher>, method: string, payload: unknown): Promise<unknown> {
  const result = await dispatch(method, payload);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

const heapMb = (): number => {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

export interface ListFigures {
  trips: number;
  coldWallMs: number;
  coldCpuMs: number;
  warmWallMs: number;
  warmCpuMs: number;
  /** Heap the services hold after listing, above what they held before the library was opened. */
  heapMb: number;
}

/** `trips.list` on a fresh Library (an app start) and again (a return to the list); median of three. */
export async function measureList(root: string): Promise<ListFigures> {
  // A first list on this library: whatever it builds once (caches, indexes) is not an app start's cost.
  const trips = await primeList(root);
  const runs: Awaited<ReturnType<typeof listOnce>>[] = [];
  for (let i = 0; i < 3; i++) runs.push(await listOnce(root));
  const mid = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
  return {
    trips,
    coldWallMs: mid((r) => r.cold.wall),
    coldCpuMs: mid((r) => r.cold.cpu),
    warmWallMs: mid((r) => r.warm.wall),
    warmCpuMs: mid((r) => r.warm.cpu),
    heapMb: Math.max(0, mid((r) => r.heap)),
  };
}

/** One app start: its own function, so nothing of it (the Library) outlives the measurement. */
async function listOnce(root: string) {
  const before = heapMb();
  const lib = await Library.open(root, { owner: 'bench' });
  const dispatch = benchDispatcher(lib);
  const timed = async () => {
    const t = performance.now();
    const c = cpuMs();
    await call(dispatch, 'trips.list', {});
    return { wall: performance.now() - t, cpu: cpuMs() - c };
  };
  const cold = await timed();
  const warm = await timed();
  const heap = heapMb() - before;
  await lib.close();
  return { cold, warm, heap };
}

async function primeList(root: string): Promise<number> {
  const prime = await Library.open(root, { owner: 'bench' });
  const trips = ((await call(benchDispatcher(prime), 'trips.list', {})) as unknown[]).length;
  await prime.close();
  return trips;
}

export interface OpenFigures {
  wallMs: number;
  cpuMs: number;
  /** What crosses the bridge. */
  responseMb: number;
  heapMb: number;
}

/** `trips.get` (the whole document) or `trips.open` (what the journal opens with) of the biggest trip right after an app start. */
export async function measureOpen(root: string, lib: ScaleLibrary, method: 'trips.get' | 'trips.open' = 'trips.get'): Promise<OpenFigures> {
  const library = await Library.open(root, { owner: 'bench' });
  const dispatch = benchDispatcher(library);
  const before = heapMb();
  const t = performance.now();
  const c = cpuMs();
  const doc = await call(dispatch, method, { tripId: lib.bigTripId });
  const wallMs = performance.now() - t;
  const cpu = cpuMs() - c;
  const responseMb = JSON.stringify(doc).length / 1e6;
  const heap = heapMb() - before;
  await library.close();
  return { wallMs, cpuMs: cpu, responseMb, heapMb: heap };
}

export interface SwitchFigures {
  trips: number;
  /** Services heap with the biggest trip open… */
  oneMb: number;
  /** …and with it open again after every trip of the library was opened in turn. */
  allMb: number;
}

/** A career's worth of trips opened one after another: the services should hold the one shown, not all of them. */
export async function measureSwitching(root: string, lib: ScaleLibrary): Promise<SwitchFigures> {
  const library = await Library.open(root, { owner: 'bench', saveDelayMs: 50 });
  const dispatch = benchDispatcher(library);
  const trips = (await call(dispatch, 'trips.list', {})) as { id: string }[];
  const before = heapMb();
  await call(dispatch, 'trips.open', { tripId: lib.bigTripId });
  const oneMb = heapMb() - before;
  for (const trip of trips) await call(dispatch, 'trips.open', { tripId: trip.id });
  await call(dispatch, 'trips.open', { tripId: lib.bigTripId });
  const allMb = heapMb() - before;
  await library.close();
  return { trips: trips.length, oneMb, allMb };
}

export interface PreviewFigures {
  wallMs: number;
  htmlMb: number;
  images: number;
  /** Longest stretch the services' event loop could serve nothing else: wall clock (includes time the OS gave others)… */
  longestBlockMs: number;
  /** …and the services thread's own CPU in its longest-CPU stretch: the work that really blocks, whatever the load. */
  longestBlockCpuMs: number;
  /** A `trips.list` due 10 ms into the preview: how long after that it was answered. */
  otherRequestMs: number;
  /** The same part again after one entry's notes changed (what a writer does between previews). */
  againWallMs: number;
}

type Preview = (library: Library, request: { tripId: string; seriesId: string; partId: string }) => Promise<{ html: string }>;

/** The preview as the app wires it today: `series.preview` through the dispatcher, on the services' thread. */
export const dispatchedPreview: Preview = (library, request) => call(benchDispatcher(library), 'series.preview', request) as Promise<{ html: string }>;

/** The busy day's part, with another request sent while it renders. */
export async function measurePreview(root: string, lib: ScaleLibrary, preview: Preview): Promise<PreviewFigures> {
  const library = await Library.open(root, { owner: 'bench' });
  const dispatch = benchDispatcher(library);
  await call(dispatch, 'trips.get', { tripId: lib.bigTripId });
  await call(dispatch, 'trips.list', {});
  const request = { tripId: lib.bigTripId, seriesId: lib.seriesId, partId: lib.busyPartId };
  // Warm-up on another part: KaTeX's CSS and fonts are read once per process (or thread).
  const doc = await library.trip(lib.bigTripId);
  const otherPart = doc.series[0]!.parts.find((p) => p.id !== lib.busyPartId)!.id;
  await preview(library, { ...request, partId: otherPart });
  let longest = 0;
  let longestCpu = 0;
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let running = true;
  const tick = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const t = performance.now();
  const rendering = preview(library, request);
  const other = new Promise<number>((resolve) => {
    // Timed from when it was due: a blocked event loop fires the timer late, and that wait counts.
    const due = t + 10;
    setTimeout(() => void call(dispatch, 'trips.list', {}).then(() => resolve(performance.now() - due)), 10);
  });
  const { html } = await rendering;
  const wallMs = performance.now() - t;
  const otherRequestMs = await other;
  running = false;
  // One entry of the part edited, then previewed again.
  const entry = doc.entries.find((e) => e.start.startsWith(lib.busyDay))!;
  await library.mutate(lib.bigTripId, (d) => {
    d.entries.find((e) => e.id === entry.id)!.body += ' 수정.';
  });
  const t2 = performance.now();
  await preview(library, request);
  const againWallMs = performance.now() - t2;
  await library.close();
  return { wallMs, htmlMb: html.length / 1e6, images: (html.match(/<img\b/g) ?? []).length, longestBlockMs: longest, longestBlockCpuMs: longestCpu, otherRequestMs, againWallMs };
}
