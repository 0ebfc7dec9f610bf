import './photos.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { useStore } from '../../core/store';
import { CameraClocks } from './CameraClocks';
import { useGpxImport } from './GpxImport';
import { AddPhotosButton, ImportProgress } from './ImportProgress';
import { PhotoDayTabs } from './PhotoDayTabs';
import { PhotoGrid } from './PhotoGrid';
import { groupDayByEntry, photoDays } from './photoModel';
import { PhotoViewer } from './PhotoViewer';
import { usePhotoActions } from './usePhotoActions';

/** Photos of the open trip: import, the day's photos by entry, the viewer and the camera clocks. */
export function PhotosView() {
  const { t } = useTranslation('photos');
  const doc = useStore((s) => s.doc);
  const selectedDay = useStore((s) => s.selectedDay);
  const selectDay = useStore((s) => s.selectDay);
  const openViewer = useStore((s) => s.openViewer);
  const [camerasOpen, setCamerasOpen] = useState(false);
  const actions = usePhotoActions();
  const gpx = useGpxImport();

  const days = useMemo(() => (doc ? photoDays(doc) : []), [doc]);
  const day = days.some((d) => d.date === selectedDay) ? selectedDay! : (days.find((d) => d.photos > 0)?.date ?? days[0]?.date ?? '');
  const sections = useMemo(() => (doc && day ? groupDayByEntry(doc, day) : []), [doc, day]);
  const order = useMemo(() => sections.flatMap((s) => s.photos.map((p) => p.id)), [sections]);
  const coverIds = useMemo(() => {
    const ids = new Set<string>();
    for (const s of sections) if (s.entry?.coverPhotoId) ids.add(s.entry.coverPhotoId);
    const dayCover = doc?.trip.days[day]?.coverPhotoId;
    if (dayCover) ids.add(dayCover);
    return ids;
  }, [sections, doc, day]);
  // Same functions for the grid's whole life: a tile's menu is built when it opens, from the latest actions and
  // groups, so neither a new `t` nor a regrouping re-renders every tile for a prop nobody reads until then.
  const latest = useRef({ actions, sections });
  useLayoutEffect(() => {
    latest.current = { actions, sections };
  });
  const menuItems = useCallback((photo: Photo) => latest.current.actions.menuItems(photo, latest.current.sections), []);
  const onMove = useCallback((photo: Photo, entryId: string | null) => latest.current.actions.move(photo, { entryId }), []);

  if (!doc) return null;
  const dayPhotos = sections.reduce((n, s) => n + s.photos.length, 0);

  return (
    <div className="photos-view">
      <header className="photos-head">
        <h1>{t('title')}</h1>
        <p className="muted">{t('totalPhotos', { count: doc.photos.length })}</p>
        <div className="photos-tools">
          <button aria-pressed={camerasOpen} onClick={() => setCamerasOpen((o) => !o)}>
            {t('cameraClocks')}
          </button>
          {doc.photos.length > 0 && gpx.button}
          <AddPhotosButton />
        </div>
      </header>
      {gpx.status}
      <ImportProgress />
      <PhotoDayTabs days={days} selected={day} onSelect={selectDay} panelId="photo-day-panel" />
      <div className={`photos-body ${camerasOpen ? 'with-cameras' : ''}`}>
        <section className="photo-day-panel" id="photo-day-panel" role="tabpanel" aria-labelledby={day ? `photo-day-${day}` : undefined}>
          {doc.photos.length === 0 ? (
            <div className="photos-empty">
              <h2>{t('emptyTitle')}</h2>
              <p className="muted">{t('emptyHint')}</p>
            </div>
          ) : (
            <>
              {/* Keeps the outline h1 → h2 → h3 (the grid's groups). */}
              <h2 className="visually-hidden">{t('gridLabel')}</h2>
              {dayPhotos === 0 && <p className="muted day-empty">{t('dayEmpty')}</p>}
              <PhotoGrid sections={sections} coverIds={coverIds} menuItems={menuItems} onOpen={openViewer} onMove={onMove} />
            </>
          )}
        </section>
        {camerasOpen && <CameraClocks />}
      </div>
      <PhotoViewer photoIds={order} />
    </div>
  );
}
