import type { ExportReport, SeriesView } from '../../../electron/shared/contract/series';
import type { ExportFormat, Part, Series } from '../../../electron/shared/schemas/series';
import { ApiError, call, errorMessage } from '../../core/api';
import { createSaveQueue } from '../../core/saveQueue';
import type { SliceCreator } from '../../core/store';
import { toPartInputs } from './arrange';
import { unplaced } from '../../../electron/shared/domain/placement';

/** The digest ("papers I saw") is previewed like a part with this id. */
export const DIGEST_PAGE = 'digest';

export interface PreviewState {
  /** A part id, or DIGEST_PAGE. */
  pageId: string;
  status: 'loading' | 'ready' | 'error';
  title: string;
  html: string;
  message: string | null;
}

export interface PublishSettings {
  format: ExportFormat;
  longEdge: number;
  keepCaptureDate: boolean;
  digest: boolean;
  /** Leave parts with nothing in them out. */
  skipEmpty?: boolean;
}

/** What a series stores about how it reads, besides its parts. */
export type SeriesSettingsPatch = Partial<Pick<Series, 'intro' | 'style' | 'language'>>;

export interface ExportState {
  status: 'idle' | 'running' | 'done' | 'conflict' | 'error';
  report: ExportReport | null;
  message: string | null;
}

export interface SeriesSlice {
  /** The trip the series state below belongs to. */
  seriesTripId: string | null;
  seriesList: SeriesView[];
  seriesStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Why loading, suggesting, creating or deleting failed (shown above the list). */
  seriesError: string | null;
  selectedSeriesId: string | null;
  /** The suggested split, shown before it is stored. */
  suggestion: SeriesView | null;
  /** Why the last change to the arrangement was refused (it was rolled back). */
  arrangeError: string | null;
  seriesSaving: boolean;
  preview: PreviewState | null;
  exportFolder: string | null;
  exportState: ExportState;

  loadSeries(tripId: string): Promise<void>;
  suggestSeries(): Promise<void>;
  discardSuggestion(): void;
  /** Stores the suggestion being shown (or a new one), or an empty series. */
  createSeries(start: 'suggestion' | 'empty', title?: string): Promise<void>;
  selectSeries(seriesId: string): void;
  renameSeries(seriesId: string, title: string): void;
  /** The series' intro, style (log / story) and language, saved like the arrangement. */
  setSeriesSettings(seriesId: string, patch: SeriesSettingsPatch): void;
  /** Applies a pure change to the parts at once and saves it; rolls back if the service refuses. */
  arrangeSeries(seriesId: string, change: (parts: Part[]) => Part[]): void;
  deleteSeries(seriesId: string): Promise<void>;
  dismissArrangeError(): void;
  previewPage(seriesId: string, pageId: string): Promise<void>;
  chooseExportFolder(): Promise<void>;
  publishSeries(seriesId: string, settings: PublishSettings, overwrite?: boolean): Promise<void>;
}

const IDLE_EXPORT: ExportState = { status: 'idle', report: null, message: null };

export const createSeriesSlice: SliceCreator<SeriesSlice> = (set, get) => {
  /** The last arrangement the service accepted, per series: what a refused change rolls back to. */
  const confirmed = new Map<string, SeriesView>();
  let previewRequest = 0;

  const viewOf = (seriesId: string) => get().seriesList.find((v) => v.series.id === seriesId);
  const replaceView = (view: SeriesView) =>
    set((s) => ({ seriesList: s.seriesList.map((v) => (v.series.id === view.series.id ? view : v)) }));
  const tripId = () => {
    const id = get().seriesTripId;
    if (!id) throw new Error('No trip is open.');
    return id;
  };

  /** Sends the newest local state of a series; a refused change rolls back to the last accepted one. */
  const saves = createSaveQueue<string>({
    onBusyChange: (seriesSaving) => set({ seriesSaving }),
    async send(seriesId, run) {
      const trip = get().seriesTripId;
      const view = viewOf(seriesId);
      if (!view || !trip) return 'stop';
      try {
        const saved = await call('series.update', {
          tripId: trip,
          seriesId,
          title: view.series.title,
          intro: view.series.intro,
          style: view.series.style,
          ...(view.series.language ? { language: view.series.language } : {}),
          parts: toPartInputs(view.series.parts),
        });
        confirmed.set(seriesId, saved);
        if (run.isNewest() && get().seriesTripId === trip) replaceView(saved);
      } catch (error) {
        const back = confirmed.get(seriesId);
        if (back && get().seriesTripId === trip) replaceView(back);
        // Later changes were made on top of the refused one: they go too.
        run.dropWaiting();
        set({ arrangeError: errorMessage(error) });
      }
    },
  });

  function changeLocally(seriesId: string, series: Series): void {
    const before = viewOf(seriesId);
    if (!before) return;
    const doc = get().doc;
    replaceView({ series, unplaced: doc ? unplaced(doc, series.parts) : before.unplaced, emptyPartIds: before.emptyPartIds });
    set({ arrangeError: null });
    saves.changed(seriesId);
  }

  function remember(views: SeriesView[]): void {
    for (const v of views) confirmed.set(v.series.id, v);
  }

  return {
    seriesTripId: null,
    seriesList: [],
    seriesStatus: 'idle',
    seriesError: null,
    selectedSeriesId: null,
    suggestion: null,
    arrangeError: null,
    seriesSaving: false,
    preview: null,
    exportFolder: null,
    exportState: IDLE_EXPORT,

    async loadSeries(tripIdToLoad) {
      const fresh = get().seriesTripId !== tripIdToLoad;
      set({
        seriesTripId: tripIdToLoad,
        seriesStatus: 'loading',
        seriesError: null,
        ...(fresh ? { seriesList: [], selectedSeriesId: null, suggestion: null, preview: null, arrangeError: null, exportState: IDLE_EXPORT } : {}),
      });
      try {
        const list = await call('series.list', { tripId: tripIdToLoad });
        if (get().seriesTripId !== tripIdToLoad) return;
        remember(list);
        const selected = get().selectedSeriesId;
        set({
          seriesList: list,
          seriesStatus: 'ready',
          selectedSeriesId: list.some((v) => v.series.id === selected) ? selected : (list[0]?.series.id ?? null),
        });
      } catch (error) {
        if (get().seriesTripId === tripIdToLoad) set({ seriesStatus: 'error', seriesError: errorMessage(error) });
      }
    },

    async suggestSeries() {
      try {
        set({ suggestion: await call('series.suggest', { tripId: tripId() }), seriesError: null });
      } catch (error) {
        set({ seriesError: errorMessage(error) });
      }
    },

    discardSuggestion: () => set({ suggestion: null }),

    async createSeries(start, title) {
      try {
        const suggestion = get().suggestion;
        const name = title?.trim() || undefined;
        // Store exactly the suggestion the user looked at, not a fresh one.
        const request =
          start === 'suggestion' && suggestion
            ? { tripId: tripId(), title: name ?? suggestion.series.title, parts: toPartInputs(suggestion.series.parts) }
            : { tripId: tripId(), title: name, start };
        const created = await call('series.create', request);
        remember([created]);
        set((s) => ({
          seriesList: [...s.seriesList, created],
          selectedSeriesId: created.series.id,
          suggestion: start === 'suggestion' ? null : s.suggestion,
          seriesError: null,
        }));
      } catch (error) {
        set({ seriesError: errorMessage(error) });
      }
    },

    selectSeries: (seriesId) => set({ selectedSeriesId: seriesId, preview: null, exportState: IDLE_EXPORT, arrangeError: null }),

    renameSeries(seriesId, title) {
      const view = viewOf(seriesId);
      const clean = title.trim();
      if (!view || !clean || clean === view.series.title) return;
      changeLocally(seriesId, { ...view.series, title: clean });
    },

    setSeriesSettings(seriesId, patch) {
      const view = viewOf(seriesId);
      if (!view) return;
      changeLocally(seriesId, { ...view.series, ...patch });
    },

    arrangeSeries(seriesId, change) {
      const view = viewOf(seriesId);
      if (!view) return;
      changeLocally(seriesId, { ...view.series, parts: change(view.series.parts) });
    },

    async deleteSeries(seriesId) {
      try {
        const { series } = await call('series.delete', { tripId: tripId(), seriesId });
        confirmed.delete(seriesId);
        set((s) => {
          const seriesList = s.seriesList.filter((v) => v.series.id !== seriesId);
          const selectedSeriesId = s.selectedSeriesId === seriesId ? (seriesList[0]?.series.id ?? null) : s.selectedSeriesId;
          return { seriesList, selectedSeriesId, preview: null };
        });
        get().notify({
          kind: 'info',
          i18n: { key: 'series:deleted', params: { title: series.title } },
          action: {
            labelKey: 'series:undo',
            run: () => {
              // The deleted series comes back whole, as a new series (its ids are new).
              void call('series.create', { tripId: tripId(), title: series.title, parts: toPartInputs(series.parts) })
                .then((restored) => {
                  remember([restored]);
                  set((s) => ({ seriesList: [...s.seriesList, restored], selectedSeriesId: restored.series.id }));
                })
                .catch((error: unknown) => set({ seriesError: errorMessage(error) }));
            },
          },
        });
      } catch (error) {
        set({ seriesError: errorMessage(error) });
      }
    },

    dismissArrangeError: () => set({ arrangeError: null }),

    async previewPage(seriesId, pageId) {
      const request = ++previewRequest;
      set((s) => ({
        preview: { pageId, status: 'loading', title: s.preview?.pageId === pageId ? s.preview.title : '', html: s.preview?.pageId === pageId ? s.preview.html : '', message: null },
      }));
      try {
        const result = await call('series.preview', {
          tripId: tripId(),
          seriesId,
          partId: pageId,
          digest: pageId === DIGEST_PAGE,
          // The series' own language; the app's until the writer picks one.
          language: viewOf(seriesId)?.series.language ?? get().language,
        });
        if (request === previewRequest) set({ preview: { pageId, status: 'ready', title: result.title, html: result.html, message: null } });
      } catch (error) {
        if (request === previewRequest) set({ preview: { pageId, status: 'error', title: '', html: '', message: errorMessage(error) } });
      }
    },

    async chooseExportFolder() {
      try {
        const { path } = await call('app.chooseFolder', { purpose: 'export' });
        // A cancelled dialog keeps the folder chosen before.
        if (path) set({ exportFolder: path, exportState: IDLE_EXPORT });
      } catch (error) {
        set({ exportState: { status: 'error', report: null, message: errorMessage(error) } });
      }
    },

    async publishSeries(seriesId, settings, overwrite = false) {
      const outDir = get().exportFolder;
      if (!outDir) return;
      set({ exportState: { status: 'running', report: null, message: null } });
      try {
        const report = await call('series.export', {
          tripId: tripId(),
          seriesId,
          outDir,
          overwrite,
          ...settings,
          language: viewOf(seriesId)?.series.language ?? get().language,
        });
        set({ exportState: { status: 'done', report, message: null } });
      } catch (error) {
        // "Not empty and not a previous export": the user may confirm overwriting it.
        const conflict = error instanceof ApiError && error.code === 'conflict';
        set({ exportState: { status: conflict ? 'conflict' : 'error', report: null, message: errorMessage(error) } });
      }
    },
  };
};
