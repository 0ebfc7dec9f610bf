import { lazy, type ComponentType } from 'react';

/**
 * The views behind a trip, each in its own chunk (issue #16): the trip list is
 * the first screen, and it paints before Leaflet, KaTeX, dnd-kit and the
 * Markdown pipeline are parsed. Vite makes one chunk per dynamic import; the
 * list's own code (store, i18n, header) stays in the entry chunk.
 */
const loaders = {
  journal: () => import('./JournalScreen'),
  programme: () => import('../features/programme/ProgrammeView'),
  papers: () => import('../features/papers/PapersView'),
  photos: () => import('../features/photos/PhotosView'),
  map: () => import('../features/photos/MapView'),
  series: () => import('../features/series/SeriesView'),
  search: async () => (await Promise.all([import('../features/search/SearchDialog'), import('./mathStyles')]))[0],
  tripForm: () => import('../features/trips/TripForm'),
};

/** `lazy` for a named export (React.lazy wants a default one). */
function named<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  // The cast is only to and from React's loose component type: the export's own props type is what callers see.
  return lazy(async () => ({ default: (await load())[name] as unknown as ComponentType<object> })) as unknown as M[K];
}

export const JournalScreen = named(loaders.journal, 'JournalScreen');
export const ProgrammeView = named(loaders.programme, 'ProgrammeView');
export const PapersView = named(loaders.papers, 'PapersView');
export const PhotosView = named(loaders.photos, 'PhotosView');
export const MapView = named(loaders.map, 'MapView');
export const SeriesView = named(loaders.series, 'SeriesView');
export const SearchDialog = named(loaders.search, 'SearchDialog');
export const TripForm = named(loaders.tripForm, 'TripForm');

/** How long after the first screen the preloading starts: the list's own frames, fonts and images come first. */
const PRELOAD_AFTER_MS = 1_000;

/**
 * Fetches and parses every view's chunk a while after the first screen is up,
 * one chunk per idle slot, so opening a trip later does not wait for the
 * network or the parser. A failed fetch is simply retried by `lazy` when the
 * view is shown.
 */
export function preloadViews(): () => void {
  const queue = Object.values(loaders);
  let idle = 0;
  let stopped = false;
  const next = () => {
    const load = queue.shift();
    if (!load || stopped) return;
    void load()
      .catch(() => undefined)
      .finally(() => {
        if (!stopped) idle = requestIdleCallback(next, { timeout: 2_000 });
      });
  };
  const timer = window.setTimeout(() => (idle = requestIdleCallback(next, { timeout: 2_000 })), PRELOAD_AFTER_MS);
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    cancelIdleCallback(idle);
  };
}
