import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../core/api';
import { useStore } from '../../core/store';
import { isTyping } from '../../ui/isTyping';
import { clockTime, formatShift } from './clockShift';
import { timeSourceKey } from './photoModel';
import { PhotoDetails } from './PhotoDetails';
import { photoName } from './sectionTitle';
import { usePhotoActions } from './usePhotoActions';

/**
 * The large viewer: one photo with ←/→ through `photoIds` (the order the
 * opening view shows them in), Esc to close; caption, time and camera beside it.
 */
export const PhotoViewer = memo(function PhotoViewer({ photoIds }: { photoIds: string[] }) {
  const { t } = useTranslation('photos');
  const viewerPhotoId = useStore((s) => s.viewerPhotoId);
  const openViewer = useStore((s) => s.openViewer);
  // No viewer open (the usual case): no scan of the day's 2,000 photos on every store change.
  const photo = useStore((s) => (s.viewerPhotoId ? (s.doc?.photos.find((p) => p.id === s.viewerPhotoId) ?? null) : null));
  const camera = useStore((s) => (photo?.cameraKey ? (s.cameras.find((c) => c.key === photo.cameraKey) ?? s.doc?.cameras.find((c) => c.key === photo.cameraKey)) : undefined));
  const dialog = useRef<HTMLDivElement>(null);
  const actions = usePhotoActions();
  const open = !!viewerPhotoId && !!photo;

  // Focus moves into the dialog when it opens and back to what opened it (a tile, a marker) when it closes.
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  // ←/→ and Esc work wherever focus is (after a caption field lost it, it is on <body>), not only inside the dialog.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        useStore.getState().openViewer(null);
      } else if (!isTyping(e.target) && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        const current = useStore.getState().viewerPhotoId;
        const next = photoIds[photoIds.indexOf(current ?? '') + (e.key === 'ArrowRight' ? 1 : -1)];
        if (current && photoIds.includes(current) && next) useStore.getState().openViewer(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, photoIds]);

  if (!viewerPhotoId || !photo) return null;
  const at = photoIds.indexOf(photo.id);
  const go = (step: number) => {
    const next = photoIds[at + step];
    if (next) openViewer(next);
  };
  // Keeps Tab inside the dialog.
  const trapTab = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const items = [...(dialog.current?.querySelectorAll<HTMLElement>('button, input, textarea, select, summary') ?? [])].filter((el) => !el.hasAttribute('disabled'));
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  const src = photo.display ?? photo.thumb;
  const name = photoName(photo);

  return (
    <div className="viewer-backdrop" onMouseDown={(e) => e.target === e.currentTarget && openViewer(null)}>
      <div ref={dialog} className="viewer" role="dialog" aria-modal="true" aria-label={t('viewerLabel', { name })} tabIndex={-1} onKeyDown={trapTab}>
        <div className="viewer-image">
          {src ? <img src={mediaUrl(src)} alt={name} /> : <p className="muted">{photo.mediaError ?? t('stillMaking')}</p>}
          <button className="viewer-nav prev" aria-label={t('previous')} disabled={at <= 0} onClick={() => go(-1)}>
            ‹
          </button>
          <button className="viewer-nav next" aria-label={t('next')} disabled={at < 0 || at >= photoIds.length - 1} onClick={() => go(1)}>
            ›
          </button>
        </div>
        <aside className="viewer-side">
          <div className="viewer-top">
            <h2 title={photo.originalName}>{photo.originalName}</h2>
            <button className="icon" aria-label={t('close')} onClick={() => openViewer(null)}>
              ×
            </button>
          </div>
          <p className="muted">{at >= 0 ? t('position', { index: at + 1, total: photoIds.length }) : null}</p>
          <div className="button-row viewer-rotate">
            <button onClick={() => actions.rotate(photo, -1)}>{t('rotateLeft')}</button>
            <button onClick={() => actions.rotate(photo, 1)}>{t('rotateRight')}</button>
          </div>
          <dl className="viewer-facts">
            <dt>{t('taken')}</dt>
            <dd>
              {clockTime(photo.localTime, true)} <span className="muted">({t(`source.${timeSourceKey(photo)}`)})</span>
            </dd>
            <dt>{t('camera')}</dt>
            <dd>
              {camera ? camera.label : t('noCamera')}
              {camera && camera.shiftMinutes !== 0 && <span className="muted"> · {t('clockShifted', { shift: formatShift(camera.shiftMinutes) })}</span>}
            </dd>
            {photo.gps && (
              <>
                <dt>{t('location')}</dt>
                <dd>
                  {photo.gps.lat.toFixed(5)}, {photo.gps.lng.toFixed(5)}
                  {photo.gpsEstimated && (
                    <>
                      {' '}
                      <span className="muted">({t(`placeEstimated.${photo.gpsEstimated}`)})</span>{' '}
                      <button onClick={() => actions.clearPlace(photo)}>
                        {t('clearPlace')}
                      </button>
                    </>
                  )}
                </dd>
              </>
            )}
          </dl>
          <PhotoDetails key={photo.id} photo={photo} />
        </aside>
      </div>
    </div>
  );
});
