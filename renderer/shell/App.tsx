import i18next from 'i18next';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionChooser } from '../features/capture/SessionChooser';
import { useCaptureCommands } from '../features/capture/quickCapture';
import { useJournalCommands } from '../features/journal/useJournalCommands';
import { usePaperEvents } from '../features/papers/usePaperEvents';
import { PhotoDropZone } from '../features/photos/PhotoDropZone';
import { TripList } from '../features/trips/TripList';
import { call, onEvent } from '../core/api';
import { registerAppCommands } from '../core/appCommands';
import { useGlobalShortcuts } from '../core/commands';
import { flushAll } from '../core/flush';
import { Header } from './Header';
import { Notices } from './Notices';
import { applySavedPreferences } from '../core/preferences';
import { useStore } from '../core/store';
import { JournalScreen, MapView, PapersView, PhotosView, preloadViews, ProgrammeView, SearchDialog, SeriesView, TripForm } from './lazyViews';
import { useTheme } from './theme';

function TripScreen() {
  const tab = useStore((s) => s.tab);
  switch (tab) {
    case 'programme':
      return <ProgrammeView />;
    case 'papers':
      return <PapersView />;
    case 'photos':
      return <PhotosView />;
    case 'map':
      return <MapView />;
    case 'series':
      return <SeriesView />;
    default:
      return <JournalScreen />;
  }
}

/** Shown for the moment a view's chunk is still loading (normally preloaded long before). */
function Loading() {
  const { t } = useTranslation('app');
  return (
    <p className="muted view-loading" role="status">
      {t('loading')}
    </p>
  );
}

/** Wiring that lives as long as the window: preferences, events from main, app-wide commands. */
function useAppWiring(): void {
  // Runs once per window. It must not depend on `t`: changing the language gives a new `t`,
  // which would re-run it, reload preferences, change the language again… (a render loop).
  useEffect(() => {
    // The trip list was asked for before the first render (main.tsx).
    applySavedPreferences().catch(() => undefined);
    const offFlush = onEvent('app:flush-request', () => {
      void flushAll().finally(() => call('app.flushed', {}).catch(() => undefined));
    });
    const offSave = onEvent('library:save-error', ({ message }) =>
      useStore.getState().notify({ kind: 'error', message: i18next.t('app:saveFailed', { message }) }),
    );
    const onUnload = () => void flushAll();
    window.addEventListener('beforeunload', onUnload);
    const offCommands = registerAppCommands();
    return () => {
      offFlush();
      offSave();
      window.removeEventListener('beforeunload', onUnload);
      offCommands();
    };
  }, []);
}

/**
 * The views' chunks are fetched once the trip list is in (loaded or failed), while
 * nobody waits for them: fetched earlier, they compete with the first screen.
 */
function usePreloadViews(): void {
  const tripsLoaded = useStore((s) => s.tripsLoaded);
  useEffect(() => (tripsLoaded ? preloadViews() : undefined), [tripsLoaded]);
}

export function App() {
  const { t } = useTranslation('app');
  const screen = useStore((s) => s.screen);
  const doc = useStore((s) => s.doc);
  const setScreen = useStore((s) => s.setScreen);
  const searchOpen = useStore((s) => s.searchOpen);
  useTheme();
  usePaperEvents();
  useGlobalShortcuts();
  useAppWiring();
  usePreloadViews();
  useCaptureCommands();
  useJournalCommands();

  if (!window.proceedings) {
    return (
      <main className="app-main">
        <p role="alert">{t('bridgeMissing')}</p>
      </main>
    );
  }

  return (
    <div className="app">
      <Header />
      <main className="app-main">
        {screen === 'trips' && <TripList />}
        <Suspense fallback={<Loading />}>
          {screen === 'new-trip' && <TripForm onDone={() => setScreen(useStore.getState().doc ? 'trip' : 'trips')} />}
          {screen === 'edit-trip' && doc && <TripForm trip={doc.trip} onDone={() => setScreen('trip')} />}
          {screen === 'trip' && doc && <TripScreen />}
        </Suspense>
      </main>
      {/* Mounted only while open: its chunk carries KaTeX for the snippets. */}
      {searchOpen && doc && (
        <Suspense fallback={null}>
          <SearchDialog />
        </Suspense>
      )}
      <SessionChooser />
      <Notices />
      <PhotoDropZone />
    </div>
  );
}
