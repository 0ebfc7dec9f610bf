import i18next from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptureBar } from '../features/capture/CaptureBar';
import { SessionChooser } from '../features/capture/SessionChooser';
import { useCaptureCommands } from '../features/capture/quickCapture';
import { EntryEditor } from '../features/editor/EntryEditor';
import { JournalView } from '../features/journal/JournalView';
import { useJournalCommands } from '../features/journal/useJournalCommands';
import { PapersView } from '../features/papers/PapersView';
import { usePaperEvents } from '../features/papers/usePaperEvents';
import { MapView } from '../features/photos/MapView';
import { PhotoDropZone } from '../features/photos/PhotoDropZone';
import { PhotosView } from '../features/photos/PhotosView';
import { ProgrammeView } from '../features/programme/ProgrammeView';
import { SearchDialog } from '../features/search/SearchDialog';
import { SeriesView } from '../features/series/SeriesView';
import { TripForm } from '../features/trips/TripForm';
import { TripList } from '../features/trips/TripList';
import { call, onEvent } from '../core/api';
import { registerAppCommands } from '../core/appCommands';
import { useGlobalShortcuts } from '../core/commands';
import { flushAll } from '../core/flush';
import { Header } from './Header';
import { Notices } from './Notices';
import { applySavedPreferences } from '../core/preferences';
import { useStore } from '../core/store';
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
      return (
        <JournalView
          toolbar={<CaptureBar />}
          editor={(entry, close) => <EntryEditor key={entry.id} entry={entry} onClose={close} />}
        />
      );
  }
}

/** Wiring that lives as long as the window: preferences, events from main, app-wide commands. */
function useAppWiring(): void {
  // Runs once per window. It must not depend on `t`: changing the language gives a new `t`,
  // which would re-run it, reload preferences, change the language again… (a render loop).
  useEffect(() => {
    const s = useStore.getState();
    void s.loadTrips();
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

export function App() {
  const { t } = useTranslation('app');
  const screen = useStore((s) => s.screen);
  const doc = useStore((s) => s.doc);
  const setScreen = useStore((s) => s.setScreen);
  useTheme();
  usePaperEvents();
  useGlobalShortcuts();
  useAppWiring();
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
        {screen === 'new-trip' && <TripForm onDone={() => setScreen(useStore.getState().doc ? 'trip' : 'trips')} />}
        {screen === 'edit-trip' && doc && <TripForm trip={doc.trip} onDone={() => setScreen('trip')} />}
        {screen === 'trip' && doc && <TripScreen />}
      </main>
      <SearchDialog />
      <SessionChooser />
      <Notices />
      <PhotoDropZone />
    </div>
  );
}
