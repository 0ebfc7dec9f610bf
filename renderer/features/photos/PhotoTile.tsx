import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { mediaUrl } from '../../app/api';
import { MenuButton, type MenuItem } from './Menu';
import { photoName } from './sectionTitle';

export interface TileProps {
  photo: Photo;
  size: number;
  /** Id of the hidden text naming the tile's group (the entry or the tray), for screen readers. */
  describedBy: string;
  isCover: boolean;
  menuItems(photo: Photo): MenuItem[];
  onOpen(photoId: string): void;
}

/** One thumbnail: click opens the viewer, drag moves it, the ⋯ menu does the rest from the keyboard. */
export const PhotoTile = memo(function PhotoTile({ photo, size, describedBy, isCover, menuItems, onOpen }: TileProps) {
  const { t } = useTranslation('photos');
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: photo.id, data: { photo } });
  const name = photoName(photo);
  const src = photo.thumb ?? photo.display;
  return (
    <div className={`photo-tile ${isDragging ? 'dragging' : ''} ${photo.excludeFromExport ? 'excluded' : ''}`} style={{ width: size, height: size }}>
      <button
        ref={setNodeRef}
        type="button"
        className="tile-open"
        {...listeners}
        {...attributes}
        // dnd-kit describes drag instructions for its keyboard sensor, which this grid does not use (the ⋯ menu
        // moves photos from the keyboard): keep it a plain button, described by its group.
        role={undefined}
        aria-roledescription={undefined}
        aria-describedby={describedBy}
        onClick={() => onOpen(photo.id)}
      >
        {src ? (
          <img src={mediaUrl(src)} alt={name} loading="lazy" decoding="async" draggable={false} />
        ) : (
          <span className="tile-placeholder">
            <span className="visually-hidden">{name}</span>
            <span aria-hidden="true">{photo.mediaError ? '⚠' : '…'}</span>
          </span>
        )}
      </button>
      <div className="tile-badges">
        {photo.flagged && (
          <span className="badge flagged" title={t('flaggedHint')}>
            {t('flagged')}
          </span>
        )}
        {photo.excludeFromExport && <span className="badge">{t('excludedBadge')}</span>}
        {isCover && <span className="badge cover">{t('coverBadge')}</span>}
        {photo.placement === 'manual' && (
          <span className="badge manual" title={t('manualHint')}>
            {t('manualBadge')}
          </span>
        )}
      </div>
      {photo.caption && <span className="tile-caption" aria-hidden="true">{photo.caption}</span>}
      <MenuButton className="tile-menu" label={t('actionsFor', { name })} items={menuItems(photo)}>
        ⋯
      </MenuButton>
    </div>
  );
});
