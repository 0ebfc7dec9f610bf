import { useMemo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { photoRef } from '../../../electron/shared/domain/photo-ref';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { mediaUrl } from '../../core/api';
import { useStore } from '../../core/store';

const byTime = (a: Photo, b: Photo) => (a.localTime < b.localTime ? -1 : a.localTime > b.localTime ? 1 : 0);

/**
 * The photos a note can show: the entry's own, then the day's unsorted ones.
 * Click one to put it into the notes at the cursor, or drag it into the notes
 * (the browser drops its `![caption](photo:ID)` text where the pointer is).
 */
export function NotePhotos({ entryId, day, onInsert }: { entryId: string; day: string; onInsert(ref: string): void }) {
  const { t } = useTranslation('editor');
  const photos = useStore((s) => s.doc?.photos);
  const shown = useMemo(() => {
    const all = photos ?? [];
    return [...all.filter((p) => p.entryId === entryId).sort(byTime), ...all.filter((p) => !p.entryId && p.day === day).sort(byTime)];
  }, [photos, entryId, day]);
  if (!shown.length) return null;
  const onDragStart = (e: DragEvent, p: Photo) => {
    e.dataTransfer.setData('text/plain', `\n\n${photoRef(p.id, p.caption)}\n\n`);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div className="note-photos" role="group" aria-label={t('notePhotos')}>
      {shown.map((p) => {
        const src = p.thumb ?? p.display;
        const name = p.caption || p.originalName;
        return (
          <button key={p.id} type="button" className="note-photo" draggable onDragStart={(e) => onDragStart(e, p)} onClick={() => onInsert(photoRef(p.id, p.caption))} aria-label={t('insertPhoto', { name })} title={t('insertPhoto', { name })}>
            {src ? <img src={mediaUrl(src)} alt="" draggable={false} /> : <span>{name}</span>}
          </button>
        );
      })}
    </div>
  );
}
