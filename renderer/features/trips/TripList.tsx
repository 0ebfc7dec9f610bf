import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../core/api';
import { useStore } from '../../core/store';

/** The library's trips, newest first; a trip whose file is broken says so and offers its backup. */
export function TripList() {
  const { t } = useTranslation('trips');
  const trips = useStore((s) => s.trips);
  const loaded = useStore((s) => s.tripsLoaded);
  const error = useStore((s) => s.tripsError);
  const openTrip = useStore((s) => s.openTrip);
  const setScreen = useStore((s) => s.setScreen);
  const loadTrips = useStore((s) => s.loadTrips);
  const notify = useStore((s) => s.notify);

  const restore = async (tripId: string) => {
    try {
      await call('backups.restore', { tripId });
      await loadTrips();
    } catch (e) {
      notify({ kind: 'error', message: errorMessage(e) });
    }
  };

  return (
    <section className="trip-list" aria-labelledby="trips-heading">
      <header className="section-head">
        <h1 id="trips-heading">{t('heading')}</h1>
        <button className="primary" onClick={() => setScreen('new-trip')}>
          {t('newTrip')}
        </button>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {t('loadFailed', { message: error })}
        </p>
      )}
      {loaded && trips.length === 0 && !error && (
        <div className="empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <button className="primary" onClick={() => setScreen('new-trip')}>
            {t('newTrip')}
          </button>
        </div>
      )}
      <ul className="cards" aria-label={t('heading')}>
        {trips.map((trip) => (
          <li key={trip.id}>
            {trip.problem ? (
              <div className="card trip-card broken" role="group" aria-label={trip.title}>
                <h2>{trip.title}</h2>
                <p role="alert">{t('broken', { message: trip.problem.message })}</p>
                {trip.problem.newestGoodBackup && <button onClick={() => restore(trip.id)}>{t('restore')}</button>}
              </div>
            ) : (
              <button className="card trip-card" onClick={() => openTrip(trip.id)}>
                <h2>{trip.title}</h2>
                <p className="muted">
                  {[trip.conference, trip.city].filter(Boolean).join(' · ')}
                </p>
                <p className="muted">
                  {trip.start} – {trip.end} · {t('entries', { count: trip.entryCount })} · {t('photos', { count: trip.photoCount })}
                </p>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
