import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback } from 'react';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { mediaUrl } from '../../core/api';
import { MenuButton, type MenuItem } from '../../ui/MenuButton';
import { photoName } from './sectionTitle';

/**
 * The words a tile shows, translated once by the grid: a tile subscribing to
 * i18n itself costs a hook and a dozen lookups per tile on every scroll frame.
 */
export interface TileLabels {
  flagged: string;
  flaggedHint: string;
  excluded: string;
  cover: string;
  manual: string;
  manualHint: string;
  actionsFor(name: string): string;
}

export interface TileProps {
  photo: Photo;
  size: number;
  /** Id of the hidden text naming the tile's group (the entry or the tray), for screen readers. */
  describedBy: string;
  isCover: boolean;
  labels: TileLabels;
  menuItems(photo: Photo): MenuItem[];
  onOpen(photoId: string): void;
}

/**
 * One thumbnail: click opens the viewer, drag moves it, the ⋯ menu does the rest from the keyboard.
 * dnd-kit re-renders every draggable when its context changes: that part is kept to the button,
 * and the rest (badges, caption, menu) is a memoised child that only renders when its photo does.
 */
export const PhotoTile = memo(function PhotoTile({ photo, size, describedBy, isCover, labels, menuItems, onOpen }: TileProps) {
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
        <TileImage src={src} name={name} size={size} mediaError={!!photo.mediaError} />
      </button>
      <TileExtras photo={photo} name={name} isCover={isCover} labels={labels} menuItems={menuItems} />
    </div>
  );
});

const TileImage = memo(function TileImage({ src, name, size, mediaError }: { src: string | null | undefined; name: string; size: number; mediaError: boolean }) {
  return src ? (
    <img src={mediaUrl(src)} alt={name} width={size} height={size} loading="lazy" decoding="async" draggable={false} />
  ) : (
    <span className="tile-placeholder">
      <span className="visually-hidden">{name}</span>
      <span aria-hidden="true">{mediaError ? '⚠' : '…'}</span>
    </span>
  );
});

interface ExtrasProps {
  photo: Photo;
  name: string;
  isCover: boolean;
  labels: TileLabels;
  menuItems(photo: Photo): MenuItem[];
}

/** Badges, caption and the ⋯ menu (whose items are built only when it opens). */
const TileExtras = memo(function TileExtras({ photo, name, isCover, labels, menuItems }: ExtrasProps) {
  const items = useCallback(() => menuItems(photo), [menuItems, photo]);
  return (
    <>
      <div className="tile-badges">
        {photo.flagged && (
          <span className="badge flagged" title={labels.flaggedHint}>
            {labels.flagged}
          </span>
        )}
        {photo.excludeFromExport && <span className="badge">{labels.excluded}</span>}
        {isCover && <span className="badge cover">{labels.cover}</span>}
        {photo.placement === 'manual' && (
          <span className="badge manual" title={labels.manualHint}>
            {labels.manual}
          </span>
        )}
      </div>
      {photo.caption && <span className="tile-caption" aria-hidden="true">{photo.caption}</span>}
      <MenuButton className="tile-menu" label={labels.actionsFor(name)} items={items}>
        ⋯
      </MenuButton>
    </>
  );
});
