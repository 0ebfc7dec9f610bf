import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Part } from '../../../electron/shared/schemas/series';
import { mediaUrl } from '../../core/api';
import { photosOfPart, type PlacementDoc as Doc } from '../../../electron/shared/domain/placement';

interface Props {
  doc: Doc;
  parts: Part[];
  index: number;
  onChange(coverPhotoId: string | null): void;
}

/** The cover of a part, chosen among the photos its sections publish. */
export function CoverChoice({ doc, parts, index, onChange }: Props) {
  const { t } = useTranslation('series');
  const id = useId();
  const part = parts[index]!;
  const photos = photosOfPart(doc, parts, index);
  const chosen = part.coverPhotoId ? doc.photos.find((p) => p.id === part.coverPhotoId) : undefined;
  // A cover chosen before a split or move may no longer be among this part's photos: keep it listed.
  const options = chosen && !photos.includes(chosen) ? [chosen, ...photos] : photos;
  if (options.length === 0) return <p className="cover-choice muted">{t('noPhotos')}</p>;
  return (
    <div className="cover-choice">
      <label htmlFor={id}>{t('cover')}</label>
      <select id={id} aria-label={t('coverOf', { n: index + 1 })} value={part.coverPhotoId ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('noCover')}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {`${p.localTime.slice(5, 16).replace('T', ' ')} · ${p.caption || p.originalName}`}
          </option>
        ))}
      </select>
      {chosen?.thumb && <img className="cover-thumb" src={mediaUrl(chosen.thumb)} alt={chosen.caption || chosen.originalName} />}
    </div>
  );
}
