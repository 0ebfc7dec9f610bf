import type { Photo } from '../../../electron/shared/schemas/photo';
import type { PhotoSection } from './photoModel';

/** The grid as flat rows (what the virtualiser renders): a header per group, then rows of tiles. */
export type GridRow =
  | { type: 'header'; key: string; section: PhotoSection; height: number }
  | { type: 'photos'; key: string; section: PhotoSection; photos: Photo[]; height: number }
  | { type: 'empty'; key: string; section: PhotoSection; height: number };

export const GAP = 8;
export const MIN_TILE = 150;
export const HEADER_HEIGHT = 44;
export const EMPTY_HEIGHT = 52;

/** How many tiles fit a row of `width` pixels, and how wide each is. */
export function gridColumns(width: number): { columns: number; tile: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_TILE + GAP)));
  return { columns, tile: Math.max(60, Math.floor((width - GAP * (columns - 1)) / columns)) };
}

export function gridRows(sections: PhotoSection[], columns: number, tile: number): GridRow[] {
  const rows: GridRow[] = [];
  for (const section of sections) {
    rows.push({ type: 'header', key: `h-${section.key}`, section, height: HEADER_HEIGHT });
    if (section.photos.length === 0) rows.push({ type: 'empty', key: `e-${section.key}`, section, height: EMPTY_HEIGHT });
    for (let i = 0; i < section.photos.length; i += columns) {
      const photos = section.photos.slice(i, i + columns);
      rows.push({ type: 'photos', key: `p-${section.key}-${i}`, section, photos, height: tile + GAP });
    }
  }
  return rows;
}
