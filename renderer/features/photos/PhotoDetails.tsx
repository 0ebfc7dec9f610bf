import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesOfDay } from '../../../electron/shared/domain/days';
import { insertPhotoRef, photoRef } from '../../../electron/shared/domain/photo-ref';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { entryLabel } from './sectionTitle';
import { usePhotoActions } from './usePhotoActions';

/** The editable side of the viewer: caption, exports, time, placement, covers, removal. */
export function PhotoDetails({ photo }: { photo: Photo }) {
  const { t } = useTranslation('photos');
  const doc = useStore((s) => s.doc);
  const updatePhoto = useStore((s) => s.updatePhoto);
  const setPhotoTime = useStore((s) => s.setPhotoTime);
  const setCameraByExample = useStore((s) => s.setCameraByExample);
  const notify = useStore((s) => s.notify);
  const updateEntry = useStore((s) => s.updateEntry);
  const actions = usePhotoActions();
  const [caption, setCaption] = useState(photo.caption);
  const [time, setTime] = useState(photo.localTime.length === 16 ? `${photo.localTime}:00` : photo.localTime);
  const [timeMessage, setTimeMessage] = useState('');
  const ids = { caption: useId(), time: useId(), place: useId() };
  if (!doc) return null;

  const fail = (error: unknown) => notify({ kind: 'error', message: errorMessage(error) });
  const saveCaption = () => {
    if (caption !== photo.caption) updatePhoto(photo.id, { caption }).catch(fail);
  };
  const applyTime = async (wholeCamera: boolean) => {
    try {
      if (wholeCamera) {
        const moved = await setCameraByExample(photo.id, time);
        setTimeMessage(t('cameraMoved', { count: moved }));
      } else {
        await setPhotoTime(photo.id, time);
        setTimeMessage(t('timeSet'));
      }
    } catch (error) {
      setTimeMessage(errorMessage(error));
    }
  };

  // The photo stands inside its entry's notes, at their end, as `![caption](photo:ID)`; the writer moves it from there.
  const insertIntoNotes = (entryId: string, body: string) => {
    const ref = photoRef(photo.id, caption);
    if (body.includes(`](photo:${photo.id})`)) return notify({ kind: 'info', message: t('alreadyInNotes') });
    updateEntry(entryId, { body: insertPhotoRef(body, body.length, ref).text })
      .then(() => notify({ kind: 'info', message: t('insertedIntoNotes') }))
      .catch(fail);
  };

  const entries = entriesOfDay(doc, photo.day);
  const current = photo.entryId ? doc.entries.find((e) => e.id === photo.entryId) : undefined;
  const placeValue = photo.placement === 'auto' ? 'auto' : (photo.entryId ?? 'tray');
  const autoLabel = t('placeAuto', { where: current ? entryLabel(current, t) : t('unsorted') });
  const canFixCamera = !!photo.cameraKey && photo.capture.source !== 'file-time';

  return (
    <div className="photo-details">
      {photo.flagged && <p className="flag-note">{t('flaggedHint')}</p>}
      <label htmlFor={ids.caption}>{t('caption')}</label>
      <textarea
        id={ids.caption}
        rows={3}
        value={caption}
        maxLength={2000}
        placeholder={t('captionPlaceholder')}
        onChange={(e) => setCaption(e.target.value)}
        onBlur={saveCaption}
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && saveCaption()}
      />
      <label className="check-row">
        <input type="checkbox" checked={photo.excludeFromExport} onChange={(e) => updatePhoto(photo.id, { excludeFromExport: e.target.checked }).catch(fail)} />
        {t('excludeFromExport')}
      </label>
      {current && (
        <button type="button" onClick={() => insertIntoNotes(current.id, current.body)}>
          {t('insertIntoNotes')}
        </button>
      )}

      <label htmlFor={ids.place}>{t('placement')}</label>
      <select
        id={ids.place}
        value={placeValue}
        onChange={(e) => actions.move(photo, e.target.value === 'auto' ? { auto: true } : { entryId: e.target.value === 'tray' ? null : e.target.value })}
      >
        <option value="auto">{autoLabel}</option>
        {entries.map((e) => (
          <option key={e.id} value={e.id}>
            {entryLabel(e, t)}
          </option>
        ))}
        <option value="tray">{t('unsorted')}</option>
      </select>

      <fieldset className="time-set">
        <legend>{t('setTime')}</legend>
        <label htmlFor={ids.time} className="visually-hidden">
          {t('captureTime')}
        </label>
        <input id={ids.time} type="datetime-local" step={1} value={time} onChange={(e) => setTime(e.target.value)} />
        <div className="button-row">
          <button onClick={() => void applyTime(false)} disabled={!time}>
            {canFixCamera ? t('setTimeThis') : t('setTimeButton')}
          </button>
          {canFixCamera && (
            <button onClick={() => void applyTime(true)} disabled={!time}>
              {t('setTimeCamera')}
            </button>
          )}
          {photo.manualTakenAt && (
            <button onClick={() => setPhotoTime(photo.id, null).then(() => setTimeMessage(t('timeReset')), fail)}>{t('resetTime')}</button>
          )}
        </div>
        <p role="status" className="muted small">
          {timeMessage}
        </p>
      </fieldset>

      <div className="button-row">
        {current && (
          <button aria-pressed={current.coverPhotoId === photo.id} onClick={() => actions.toggleEntryCover(photo, current)}>
            {t('coverOfEntry')}
          </button>
        )}
        <button aria-pressed={doc.trip.days[photo.day]?.coverPhotoId === photo.id} onClick={() => actions.toggleDayCover(photo)}>
          {t('coverOfDay')}
        </button>
        <button className="danger" onClick={() => actions.remove(photo)}>
          {t('remove')}
        </button>
      </div>
    </div>
  );
}
