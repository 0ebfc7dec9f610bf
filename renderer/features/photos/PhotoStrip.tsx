import './photos.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../app/api';
import { useStore } from '../../app/store';
import { byCaptureTime } from './photoModel';
import { PhotoViewer } from './PhotoViewer';
import { photoName } from './sectionTitle';

/**
 * An entry's photos as a row of small thumbnails (for the journal's timeline
 * and editor): click one to open it in the large viewer. Renders nothing when
 * the entry has no photos.
 */
export function PhotoStrip({ entryId, max = 8 }: { entryId: string; max?: number }) {
  const { t } = useTranslation('photos');
  const photos = useStore((s) => s.doc?.photos);
  const viewerPhotoId = useStore((s) => s.viewerPhotoId);
  const openViewer = useStore((s) => s.openViewer);
  // Several strips can be on screen: only the one that opened the viewer renders it.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!viewerPhotoId) setOpened(false);
  }, [viewerPhotoId]);
  const mine = useMemo(() => (photos ?? []).filter((p) => p.entryId === entryId).sort(byCaptureTime), [photos, entryId]);
  if (mine.length === 0) return null;
  const shown = mine.slice(0, max);

  return (
    <div className="photo-strip" role="group" aria-label={t('stripLabel', { count: mine.length })}>
      {shown.map((p) => {
        const src = p.thumb ?? p.display;
        return (
          <button
            key={p.id}
            className="strip-thumb"
            onClick={() => {
              setOpened(true);
              openViewer(p.id);
            }}
          >
            {src ? <img src={mediaUrl(src)} alt={photoName(p)} loading="lazy" /> : <span>{photoName(p)}</span>}
          </button>
        );
      })}
      {mine.length > shown.length && <span className="strip-more muted">+{mine.length - shown.length}</span>}
      {opened && <PhotoViewer photoIds={mine.map((p) => p.id)} />}
    </div>
  );
}
