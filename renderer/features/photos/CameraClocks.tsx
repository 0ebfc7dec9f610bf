import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraView } from '../../../electron/shared/contract/photos';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { clockTime, formatShift, parseShift } from './clockShift';
import { byCaptureTime } from './photoModel';

/** One camera: what it took, its correction, and the three ways to fix its clock. */
function CameraCard({ camera }: { camera: CameraView }) {
  const { t } = useTranslation('photos');
  const doc = useStore((s) => s.doc);
  const shiftCamera = useStore((s) => s.shiftCamera);
  const setCameraByExample = useStore((s) => s.setCameraByExample);
  const undoCamera = useStore((s) => s.undoCamera);
  const [shiftText, setShiftText] = useState('');
  const [examplePhoto, setExamplePhoto] = useState('');
  const [exampleTime, setExampleTime] = useState('');
  const [message, setMessage] = useState('');
  const ids = { shift: useId(), photo: useId(), time: useId() };
  const photos = useMemo(
    () => (doc?.photos ?? []).filter((p) => p.cameraKey === camera.key && p.capture.source !== 'file-time').sort(byCaptureTime),
    [doc, camera.key],
  );
  const pick = examplePhoto || photos[0]?.id || '';
  // Starts from what the photo says now, so only the wrong part needs typing.
  const shownTime = exampleTime || (photos.find((p) => p.id === pick)?.localTime.slice(0, 19) ?? '');

  const run = async (change: () => Promise<number>) => {
    try {
      const moved = await change();
      setMessage(t('cameraMoved', { count: moved }));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  const onShift = (e: FormEvent) => {
    e.preventDefault();
    const minutes = parseShift(shiftText);
    if (minutes === null || minutes === 0) return setMessage(t('shiftInvalid'));
    void run(() => shiftCamera(camera.key, minutes)).then(() => setShiftText(''));
  };
  const onExample = (e: FormEvent) => {
    e.preventDefault();
    if (!pick || !shownTime) return setMessage(t('exampleMissing'));
    void run(() => setCameraByExample(pick, shownTime));
  };
  const choosePhoto = (id: string) => {
    setExamplePhoto(id);
    const photo = photos.find((p) => p.id === id);
    if (photo) setExampleTime(photo.localTime.slice(0, 19));
  };

  // The range on its own line, to the minute, the second date only when it differs: it fits a 340 px card.
  const first = camera.firstLocalTime?.slice(0, 16).replace('T', ' ');
  const last = camera.lastLocalTime?.slice(0, 16).replace('T', ' ');
  const range = first && last ? `${first} – ${last.slice(0, 10) === first.slice(0, 10) ? last.slice(11) : last}` : '';

  return (
    <li className="camera-card card" aria-label={camera.label}>
      <div className="camera-head">
        <h3>{camera.label}</h3>
        <span className={`shift-chip ${camera.shiftMinutes ? 'shifted' : ''}`} title={t('currentShift')}>
          {formatShift(camera.shiftMinutes)}
        </span>
      </div>
      <p className="muted small camera-counts">
        {t('photoCount', { count: camera.photoCount })}
        {camera.localOnlyCount > 0 && ` · ${t('localOnly', { count: camera.localOnlyCount })}`}
      </p>
      {range && <p className="muted small camera-range">{range}</p>}
      <form className="inline-form" onSubmit={onShift}>
        <label htmlFor={ids.shift}>{t('shiftBy')}</label>
        <input id={ids.shift} value={shiftText} placeholder="−6:00" size={7} onChange={(e) => setShiftText(e.target.value)} />
        <button type="submit">{t('shiftButton')}</button>
      </form>
      {photos.length > 0 && (
        <details className="example">
          <summary>{t('byExample')}</summary>
          <form className="example-form" onSubmit={onExample}>
            <label htmlFor={ids.photo}>{t('examplePhoto')}</label>
            <select id={ids.photo} value={pick} onChange={(e) => choosePhoto(e.target.value)}>
              {photos.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.originalName} · {clockTime(p.localTime, true)}
                </option>
              ))}
            </select>
            <label htmlFor={ids.time}>{t('exampleTime')}</label>
            <div className="inline-form">
              <input id={ids.time} type="datetime-local" step={1} value={shownTime} onChange={(e) => setExampleTime(e.target.value)} />
              <button type="submit">{t('setClock')}</button>
            </div>
          </form>
        </details>
      )}
      <div className="inline-form">
        <button disabled={!camera.canUndo} onClick={() => void run(() => undoCamera(camera.key))}>
          {t('undoClock')}
        </button>
        <p role="status" className="muted small camera-message">
          {message}
        </p>
      </div>
    </li>
  );
}

/** Cameras of the trip and their clocks ("my Sony was on Seoul time: −6 h"). */
export function CameraClocks() {
  const { t } = useTranslation('photos');
  const cameras = useStore((s) => s.cameras);
  const loadCameras = useStore((s) => s.loadCameras);
  const notify = useStore((s) => s.notify);
  const photoCount = useStore((s) => s.doc?.photos.length ?? 0);
  // Photo counts and ranges come from the services: reload when the trip's photos come or go.
  useEffect(() => {
    loadCameras().catch((e) => notify({ kind: 'error', message: errorMessage(e) }));
  }, [loadCameras, notify, photoCount]);

  return (
    <section className="camera-clocks" aria-label={t('cameraClocks')}>
      <h2>{t('cameraClocks')}</h2>
      <p className="muted small">{t('cameraClocksHint')}</p>
      {cameras.length === 0 ? (
        <p className="muted">{t('noCameras')}</p>
      ) : (
        <ul className="camera-list">
          {cameras.map((c) => (
            <CameraCard key={c.key} camera={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
