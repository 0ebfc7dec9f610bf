import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../electron/shared/schemas/trip';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { localZone, supportedZones, zoneForCity } from './cityZones';

interface Props {
  trip?: Trip;
  onDone(): void;
}

/** Create or edit a trip; the venue zone follows the city until the user picks one. */
export function TripForm({ trip, onDone }: Props) {
  const { t } = useTranslation('trips');
  const createTrip = useStore((s) => s.createTrip);
  const updateTrip = useStore((s) => s.updateTrip);
  const zones = useMemo(() => supportedZones(), []);
  const [form, setForm] = useState({
    title: trip?.title ?? '',
    conference: trip?.conference ?? '',
    city: trip?.city ?? '',
    venue: trip?.venue ?? '',
    start: trip?.start ?? '',
    end: trip?.end ?? '',
    timeZone: trip?.timeZone ?? localZone(),
    homeTimeZone: trip?.homeTimeZone ?? localZone(),
    travelDaysBefore: trip?.travelDaysBefore ?? 0,
    travelDaysAfter: trip?.travelDaysAfter ?? 0,
    dayStartHour: trip?.dayStartHour ?? 4,
  });
  const [zoneTouched, setZoneTouched] = useState(Boolean(trip));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onCity = (city: string) => {
    setForm((f) => {
      const zone = zoneTouched ? null : zoneForCity(city, zones);
      return { ...f, city, timeZone: zone ?? f.timeZone };
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (trip) await updateTrip(trip.id, form);
      else await createTrip(form);
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="trip-form card" onSubmit={submit} aria-label={trip ? t('editTrip') : t('newTrip')}>
      <h1>{trip ? t('editTrip') : t('newTrip')}</h1>
      <label className="field wide">
        <span>{t('form.title')}</span>
        <input required autoFocus value={form.title} placeholder={t('form.titlePlaceholder')} onChange={(e) => set('title', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('form.conference')}</span>
        <input value={form.conference} placeholder={t('form.conferencePlaceholder')} onChange={(e) => set('conference', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('form.city')}</span>
        <input value={form.city} placeholder={t('form.cityPlaceholder')} onChange={(e) => onCity(e.target.value)} />
      </label>
      <label className="field wide">
        <span>{t('form.venue')}</span>
        <input value={form.venue} onChange={(e) => set('venue', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('form.start')}</span>
        <input type="date" required value={form.start} onChange={(e) => set('start', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('form.end')}</span>
        <input type="date" required value={form.end} min={form.start} onChange={(e) => set('end', e.target.value)} />
      </label>
      <div className="field">
        <label htmlFor="trip-tz">{t('form.timeZone')}</label>
        <input
          id="trip-tz"
          list="tz-list"
          required
          value={form.timeZone}
          onChange={(e) => {
            setZoneTouched(true);
            set('timeZone', e.target.value);
          }}
          aria-describedby="tz-hint"
        />
        <small id="tz-hint">{t('form.tzHint')}</small>
      </div>
      <label className="field">
        <span>{t('form.homeTimeZone')}</span>
        <input list="tz-list" required value={form.homeTimeZone} onChange={(e) => set('homeTimeZone', e.target.value)} />
      </label>
      <datalist id="tz-list">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <label className="field narrow">
        <span>{t('form.travelBefore')}</span>
        <input type="number" min={0} max={30} value={form.travelDaysBefore} onChange={(e) => set('travelDaysBefore', Number(e.target.value))} />
      </label>
      <label className="field narrow">
        <span>{t('form.travelAfter')}</span>
        <input type="number" min={0} max={30} value={form.travelDaysAfter} onChange={(e) => set('travelDaysAfter', Number(e.target.value))} />
      </label>
      <label className="field narrow">
        <span>{t('form.dayStart')}</span>
        <span className="with-unit">
          <input type="number" min={0} max={12} value={form.dayStartHour} aria-describedby="day-start-hint" onChange={(e) => set('dayStartHour', Number(e.target.value))} />
          <span aria-hidden="true">:00</span>
        </span>
        <small id="day-start-hint">{t('form.dayStartHint')}</small>
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="actions wide">
        <button type="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {trip ? t('form.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
