import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServiceDispatcher, type HostHandlers } from '../../../../electron/services/api';
import { Library } from '../../../../electron/services/library/library';
import type { BridgeResult, ProceedingsBridge } from '../../../../electron/shared/contract';
import type { SeriesView } from '../../../../electron/shared/contract/series';
import type { TripDocument } from '../../../../electron/shared/schemas/document';
import { createAppStore } from '../../../../renderer/core/store';
import { addPart, moveSection, removePart, updatePart } from '../../../../renderer/features/series/arrange';

/**
 * The series slice against the real services, through the same dispatcher
 * the app's bridge uses; `refuse` makes the next calls of one method fail the
 * way a refused request does, to see the rollback.
 */
let dir: string;
let library: Library;
let tripId: string;
let dispatch: ReturnType<typeof createServiceDispatcher>;
const calls: string[] = [];
let refuse: { method: string; message: string } | null = null;
let nextFolder: string | null = null;

const host: HostHandlers = {
  'app.openExternal': async () => ({ opened: false }),
  'app.flushed': async () => ({}),
  'app.getPreferences': async () => ({ language: 'en', theme: 'light', tileUrl: '', tileAttribution: '', paperLookups: false, systemLanguage: 'en' }),
  'app.setPreferences': async () => ({}),
  'app.chooseFiles': async () => ({ paths: [] }),
  'app.chooseFolder': async () => ({ path: nextFolder }),
  'app.chooseSaveFile': async () => ({ path: null }),
  'app.openExport': async () => ({ opened: false }),
};

async function invoke<T>(method: string, payload: unknown): Promise<T> {
  const result = (await dispatch(method, payload)) as BridgeResult<T>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-series-slice-'));
  library = await Library.open(path.join(dir, 'library'), { owner: 'test', saveDelayMs: 10 });
  dispatch = createServiceDispatcher({ library, emit: () => undefined }, host);
  const bridge: ProceedingsBridge = {
    invoke: (async (method: string, request: unknown) => {
      calls.push(method);
      if (refuse?.method === method) return { ok: false, error: { code: 'io', message: refuse.message } };
      return dispatch(method, request);
    }) as ProceedingsBridge['invoke'],
    subscribe: () => () => undefined,
    mediaBase: 'proceedings-media://library/',
    pathForFile: () => '',
  };
  (globalThis as { window?: unknown }).window = { proceedings: bridge };

  const trip = await invoke<{ id: string }>('trips.create', {
    title: '텔 아비브와 ECCV 2022 여행기', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-25',
    timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1, travelDaysAfter: 0,
  });
  tripId = trip.id;
  for (const entry of [
    { kind: 'travel', start: '2022-10-23T09:00', title: 'ICN → TLV', from: 'ICN', to: 'TLV' },
    { kind: 'talk', start: '2022-10-24T10:30', title: 'Masked autoencoders', paperLink: 'https://arxiv.org/abs/2111.06377' },
    { kind: 'meal', start: '2022-10-24T20:00', title: '후무스 저녁', meal: 'dinner' },
    { kind: 'poster', start: '2022-10-25T11:00', title: 'Poster session', qa: [{ question: 'Why?', answer: 'Because.' }] },
  ]) {
    await invoke('entries.create', { tripId, entry });
  }
});

afterAll(async () => {
  await library.close();
  rmSync(dir, { recursive: true, force: true });
});

let store: ReturnType<typeof createAppStore>;
beforeEach(async () => {
  refuse = null;
  calls.length = 0;
  store = createAppStore();
  store.setState({ doc: await invoke<TripDocument>('trips.get', { tripId }) });
  await store.getState().loadSeries(tripId);
});

const settled = () => vi.waitFor(() => expect(store.getState().seriesSaving).toBe(false));
const selected = () => store.getState().seriesList.find((v) => v.series.id === store.getState().selectedSeriesId)!;
const stored = async () => (await invoke<SeriesView[]>('series.list', { tripId })).find((v) => v.series.id === selected().series.id)!;
const days = (view: SeriesView) => view.series.parts.map((p) => p.sections.map((s) => (s.type === 'day' ? s.date : s.entryId)));

async function createFromSuggestion(title?: string) {
  await store.getState().suggestSeries();
  await store.getState().createSeries('suggestion', title);
  return selected().series.id;
}

describe('series slice', () => {
  it('shows the suggestion without storing it, then stores exactly that arrangement', async () => {
    const before = (await invoke<unknown[]>('series.list', { tripId })).length;
    await store.getState().suggestSeries();
    const suggestion = store.getState().suggestion!;
    expect(days(suggestion)).toEqual([['2022-10-23'], ['2022-10-24'], ['2022-10-25']]);
    expect(await invoke<unknown[]>('series.list', { tripId })).toHaveLength(before);

    await store.getState().createSeries('suggestion', '  Tel Aviv series ');
    expect(store.getState().suggestion).toBeNull();
    expect(selected().series.title).toBe('Tel Aviv series');
    expect(days(selected())).toEqual(days(suggestion));
    expect(await invoke<unknown[]>('series.list', { tripId })).toHaveLength(before + 1);
  });

  it('starts an empty series whose days are all "not in any part"', async () => {
    await store.getState().createSeries('empty');
    expect(selected().series.parts).toEqual([]);
    expect(selected().unplaced.days).toEqual(['2022-10-23', '2022-10-24', '2022-10-25']);
    expect(selected().unplaced.entryIds).toHaveLength(4);
  });

  it('applies a move at once, saves it, and its local "not in any part" matches the service', async () => {
    const id = await createFromSuggestion();
    store.getState().arrangeSeries(id, (p) => moveSection(p, 'day:2022-10-25', { part: 1, index: 0 }));
    // Before any answer: the new arrangement is already shown.
    expect(days(selected())).toEqual([['2022-10-23'], ['2022-10-25', '2022-10-24'], []]);
    expect(store.getState().seriesSaving).toBe(true);
    await settled();
    expect(days(await stored())).toEqual([['2022-10-23'], ['2022-10-25', '2022-10-24'], []]);

    store.getState().arrangeSeries(id, (p) => removePart(p, 1));
    const local = selected().unplaced;
    expect(local.days).toEqual(['2022-10-24', '2022-10-25']);
    await settled();
    expect(selected().unplaced).toEqual(local);
    expect((await stored()).unplaced).toEqual(local);
  });

  it('gives a new part its real id from the answer, and coalesces quick changes into few requests', async () => {
    const id = await createFromSuggestion();
    calls.length = 0;
    store.getState().arrangeSeries(id, (p) => addPart(p));
    store.getState().arrangeSeries(id, (p) => updatePart(p, 3, { title: '돌아오는 길' }));
    store.getState().arrangeSeries(id, (p) => moveSection(p, 'day:2022-10-25', { part: 3, index: 0 }));
    store.getState().renameSeries(id, '텔 아비브와 ECCV 2022 여행기');
    await settled();
    // One request in flight when the first change was made, the rest sent together after it.
    expect(calls.filter((m) => m === 'series.update').length).toBeLessThanOrEqual(2);
    const view = selected();
    expect(view.series.parts[3]!.id).not.toMatch(/^draft:/);
    expect(view.series.parts[3]).toMatchObject({ title: '돌아오는 길', sections: [{ type: 'day', date: '2022-10-25' }] });
    expect(await stored()).toEqual(view);
  });

  it('rolls a refused change back to what the service last accepted and says why', async () => {
    const id = await createFromSuggestion();
    const before = selected();
    refuse = { method: 'series.update', message: 'The disk is full.' };
    store.getState().arrangeSeries(id, (p) => removePart(p, 0));
    expect(selected().series.parts).toHaveLength(2);
    await settled();
    expect(selected()).toEqual(before);
    expect(store.getState().arrangeError).toBe('The disk is full.');
    refuse = null;
    // The next change clears the error and is saved.
    store.getState().arrangeSeries(id, (p) => updatePart(p, 0, { title: 'Getting there' }));
    expect(store.getState().arrangeError).toBeNull();
    await settled();
    expect((await stored()).series.parts[0]!.title).toBe('Getting there');
  });

  it('deletes a series and brings it back with Undo', async () => {
    const id = await createFromSuggestion('To delete');
    store.getState().arrangeSeries(id, (p) => updatePart(p, 0, { title: 'Flight' }));
    await settled();
    await store.getState().deleteSeries(id);
    expect(store.getState().seriesList.some((v) => v.series.id === id)).toBe(false);
    const notice = store.getState().notices.at(-1)!;
    notice.action!.run();
    await vi.waitFor(() => expect(store.getState().seriesList.some((v) => v.series.title === 'To delete')).toBe(true));
    expect(selected().series.parts[0]!.title).toBe('Flight');
  });

  it('previews a part and the digest in the UI language', async () => {
    const id = await createFromSuggestion('Preview series');
    store.setState({ language: 'ko' });
    await store.getState().previewPage(id, selected().series.parts[1]!.id);
    const preview = store.getState().preview!;
    expect(preview.status).toBe('ready');
    expect(preview.title).toBe('Preview series 2');
    expect(preview.html).toContain('Masked autoencoders');
    expect(preview.html).toContain('후무스 저녁');
    expect(preview.html).toContain('lang="ko"');
    await store.getState().previewPage(id, 'digest');
    expect(store.getState().preview).toMatchObject({ pageId: 'digest', status: 'ready' });
    expect(store.getState().preview!.html).toContain('Masked autoencoders');
  });

  it('publishes into the chosen folder; a foreign non-empty folder needs overwrite', async () => {
    const id = await createFromSuggestion('Publish series');
    const out = path.join(dir, 'out-html');
    nextFolder = null;
    await store.getState().chooseExportFolder();
    expect(store.getState().exportFolder).toBeNull();
    nextFolder = out;
    await store.getState().chooseExportFolder();
    expect(store.getState().exportFolder).toBe(out);
    const settings = { format: 'html' as const, longEdge: 1600, keepCaptureDate: false, digest: true };
    await store.getState().publishSeries(id, settings);
    const state = store.getState().exportState;
    expect(state.status).toBe('done');
    expect(state.report!.pages).toHaveLength(4); // three parts and the digest
    expect(readdirSync(out)).toContain('index.html');

    const foreign = path.join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'mine');
    nextFolder = foreign;
    await store.getState().chooseExportFolder();
    await store.getState().publishSeries(id, { ...settings, format: 'hugo' });
    expect(store.getState().exportState).toMatchObject({ status: 'conflict', message: expect.stringMatching(/not empty/) });
    await store.getState().publishSeries(id, { ...settings, format: 'hugo' }, true);
    expect(store.getState().exportState.status).toBe('done');
    expect(readdirSync(foreign)).toContain('notes.txt');
  });
});
