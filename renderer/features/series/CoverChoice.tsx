import './CoverChoice.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../../electron/shared/schemas/photo';
import type { Part } from '../../../electron/shared/schemas/series';
import { mediaUrl } from '../../core/api';
import { photosOfPart, type PlacementDoc as Doc } from '../../../electron/shared/domain/placement';

interface Props {
  doc: Doc;
  parts: Part[];
  index: number;
  onChange(coverPhotoId: string | null): void;
}

/** Thumbnails shown at a time: a conference day's part holds ~3,000 photos, the grid grows by this much on request. */
const PAGE = 60;

const photoName = (p: Photo) => `${p.localTime.slice(5, 16).replace('T', ' ')} · ${p.caption || p.originalName}`;

/**
 * The cover of a part, chosen among the photos its sections publish. The
 * chosen cover shows as a thumbnail; the photos to choose from appear only
 * when the writer opens the picker, a page of thumbnails at a time (issue #16:
 * one <option> per photo of every part froze keeping a suggestion for 149 ms).
 */
export function CoverChoice({ doc, parts, index, onChange }: Props) {
  const { t } = useTranslation('series');
  const gridId = useId();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const part = parts[index]!;
  const photos = useMemo(() => photosOfPart(doc, parts, index), [doc, parts, index]);
  const chosen = part.coverPhotoId ? doc.photos.find((p) => p.id === part.coverPhotoId) : undefined;
  if (photos.length === 0 && !chosen) return <p className="cover-choice muted">{t('noPhotos')}</p>;
  // A cover chosen before a split or move may no longer be among this part's photos: keep it offered.
  const options = chosen && !photos.includes(chosen) ? [chosen, ...photos] : photos;
  const pick = (id: string | null) => {
    onChange(id);
    setOpen(false);
  };
  return (
    <div className="cover-choice" role="group" aria-label={t('coverOf', { n: index + 1 })}>
      <span className="cover-choice-label">{t('cover')}</span>
      {chosen?.thumb ? <img className="cover-thumb" src={mediaUrl(chosen.thumb)} alt={chosen.caption || chosen.originalName} /> : null}
      <span className="muted">{chosen ? photoName(chosen) : t('noCover')}</span>
      <button type="button" aria-expanded={open} aria-controls={gridId} aria-label={t('chooseCoverLabel', { n: index + 1 })} onClick={() => setOpen(!open)}>
        {t('chooseCover')}
      </button>
      {open && (
        <>
          <ul className="cover-grid" id={gridId} aria-label={t('coverPhotos', { n: index + 1 })}>
            <li>
              <button type="button" aria-pressed={!part.coverPhotoId} onClick={() => pick(null)}>
                <span className="no-cover">{t('noCover')}</span>
              </button>
            </li>
            {options.slice(0, shown).map((p) => (
              <li key={p.id}>
                <button type="button" aria-pressed={p.id === part.coverPhotoId} onClick={() => pick(p.id)} title={photoName(p)}>
                  {/* Thumbnails load as they scroll into view: the grid scrolls inside the part card. */}
                  {p.thumb ? <img src={mediaUrl(p.thumb)} alt={photoName(p)} loading="lazy" /> : <span className="no-cover">{photoName(p)}</span>}
                </button>
              </li>
            ))}
          </ul>
          {options.length > shown && (
            <button type="button" className="cover-more" onClick={() => setShown(shown + PAGE)}>
              {t('moreCovers', { count: options.length - shown })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
