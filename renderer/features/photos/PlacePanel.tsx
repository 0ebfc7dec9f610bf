import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { byCaptureTime } from './photoModel';
import { entryLabel } from './sectionTitle';

export interface PlacePanelProps {
  entries: Entry[];
  /** The entry being placed by clicking the map, or null. */
  placingId: string | null;
  onPlacing(entryId: string | null): void;
}

/** Sets an entry's place: by clicking the map, or from the GPS of one of its photos. */
export function PlacePanel({ entries, placingId, onPlacing }: PlacePanelProps) {
  const { t } = useTranslation('photos');
  const doc = useStore((s) => s.doc);
  const updateEntry = useStore((s) => s.updateEntry);
  const notify = useStore((s) => s.notify);
  const [entryId, setEntryId] = useState('');
  const [photoId, setPhotoId] = useState('');
  const ids = { entry: useId(), photo: useId() };
  const entry = entries.find((e) => e.id === entryId) ?? entries[0];
  const withGps: Photo[] = entry && doc ? doc.photos.filter((p) => p.entryId === entry.id && p.gps).sort(byCaptureTime) : [];
  const source = withGps.find((p) => p.id === photoId) ?? withGps[0];
  if (!entry) return <p className="muted small">{t('noEntriesToPlace')}</p>;

  const applyPhotoLocation = async () => {
    if (!source?.gps) return;
    try {
      await updateEntry(entry.id, { place: { name: entry.place?.name || entry.title, lat: source.gps.lat, lng: source.gps.lng } });
      notify({ kind: 'info', message: t('placeSet', { entry: entryLabel(entry, t) }) });
    } catch (error) {
      notify({ kind: 'error', message: errorMessage(error) });
    }
  };
  const placing = placingId === entry.id;

  return (
    <section className="place-panel" aria-label={t('setPlace')}>
      <h2>{t('setPlace')}</h2>
      <label htmlFor={ids.entry}>{t('entry')}</label>
      <select
        id={ids.entry}
        value={entry.id}
        onChange={(e) => {
          setEntryId(e.target.value);
          setPhotoId('');
          if (placingId) onPlacing(e.target.value);
        }}
      >
        {entries.map((e) => (
          <option key={e.id} value={e.id}>
            {entryLabel(e, t)}
            {e.place?.lat !== undefined ? ` · ${t('placed')}` : ''}
          </option>
        ))}
      </select>
      <button aria-pressed={placing} onClick={() => onPlacing(placing ? null : entry.id)}>
        {placing ? t('placingNow') : t('placeByClick')}
      </button>
      {withGps.length > 0 && (
        <>
          <label htmlFor={ids.photo}>{t('fromPhoto')}</label>
          <div className="inline-form">
            <select id={ids.photo} value={source?.id ?? ''} onChange={(e) => setPhotoId(e.target.value)}>
              {withGps.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.originalName} · {p.localTime.slice(11, 16)}
                </option>
              ))}
            </select>
            <button onClick={() => void applyPhotoLocation()}>{t('usePhotoLocation')}</button>
          </div>
        </>
      )}
    </section>
  );
}
