import './series.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../core/store';
import { SeriesEditor } from './SeriesEditor';
import { SuggestionCard } from './SuggestionCard';

/** The series of the open trip: start one (from the suggestion or empty), pick one, arrange, preview, publish. */
export function SeriesView() {
  const { t } = useTranslation('series');
  const doc = useStore((s) => s.doc);
  const seriesTripId = useStore((s) => s.seriesTripId);
  const list = useStore((s) => s.seriesList);
  const status = useStore((s) => s.seriesStatus);
  const error = useStore((s) => s.seriesError);
  const selectedId = useStore((s) => s.selectedSeriesId);
  const suggestion = useStore((s) => s.suggestion);
  const loadSeries = useStore((s) => s.loadSeries);
  const suggestSeries = useStore((s) => s.suggestSeries);
  const createSeries = useStore((s) => s.createSeries);
  const selectSeries = useStore((s) => s.selectSeries);
  const tripId = doc?.trip.id;

  useEffect(() => {
    if (tripId) void loadSeries(tripId);
  }, [tripId, loadSeries]);

  if (!doc) return null;
  // Starting a series is the first thing to do; once one exists, it is a side option below the list.
  const hasSeries = list.length > 0 || Boolean(suggestion);
  const starts = (
    <div className="actions">
      <button type="button" onClick={() => void suggestSeries()}>
        {t('startSuggestion')}
      </button>
      <button type="button" onClick={() => void createSeries('empty')}>
        {t('startEmpty')}
      </button>
    </div>
  );
  const ready = seriesTripId === doc.trip.id && status !== 'loading';
  const selected = list.find((v) => v.series.id === selectedId) ?? null;

  return (
    <div className="series">
      <header className="series-head">
        <h1>{t('heading')}</h1>
        {!hasSeries && starts}
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {suggestion && <SuggestionCard key={suggestion.series.id} suggestion={suggestion} doc={doc} />}
      {ready && list.length === 0 && !suggestion && (
        <div className="empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
        </div>
      )}
      {list.length > 0 && (
        <nav className="series-list" aria-label={t('seriesList')}>
          {list.map((v) => (
            <button key={v.series.id} type="button" aria-current={v.series.id === selectedId ? 'true' : undefined} className={v.series.id === selectedId ? 'active' : ''} onClick={() => selectSeries(v.series.id)}>
              {v.series.title}
              <span className="muted"> · {t('partCount', { count: v.series.parts.length })}</span>
            </button>
          ))}
        </nav>
      )}
      {list.length > 0 && !suggestion && (
        <details className="new-series">
          <summary>{t('newSeries')}</summary>
          {starts}
        </details>
      )}
      {selected && <SeriesEditor key={selected.series.id} view={selected} doc={doc} />}
    </div>
  );
}
