import { DndContext, DragOverlay, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { mediaUrl } from '../../app/api';
import { gridColumns, gridRows, type GridRow } from './gridRows';
import type { MenuItem } from './Menu';
import type { PhotoSection } from './photoModel';
import { PhotoTile } from './PhotoTile';
import { entryLabel } from './sectionTitle';

export interface PhotoGridProps {
  sections: PhotoSection[];
  coverIds: Set<string>;
  menuItems(photo: Photo): MenuItem[];
  onOpen(photoId: string): void;
  /** A tile dropped on another group. */
  onMove(photo: Photo, entryId: string | null): void;
}

/** A droppable row: every row of a group (its header, its tiles, its empty hint) accepts photos for that group. */
function DropRow({ row, over, start, children }: { row: GridRow; over: boolean; start: number; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: row.key, data: { sectionKey: row.section.key, entryId: row.section.entry?.id ?? null } });
  return (
    <div
      ref={setNodeRef}
      className={`grid-row ${row.type} ${over ? 'drop-over' : ''} ${row.section.entry ? '' : 'tray'}`}
      style={{ height: row.height, transform: `translateY(${start}px)` }}
    >
      {children}
    </div>
  );
}

/**
 * The day's photos grouped by entry, virtualised by rows so a day of 2,000
 * photos renders only what is on screen (fixed row heights: nothing to measure).
 */
export function PhotoGrid({ sections, coverIds, menuItems, onOpen, onMove }: PhotoGridProps) {
  const { t } = useTranslation('photos');
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [dragging, setDragging] = useState<Photo | null>(null);
  const [overSection, setOverSection] = useState<string | null>(null);
  // A small distance so a click still opens the photo.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observe = () => setWidth(el.clientWidth - 2);
    observe();
    const ro = new ResizeObserver(observe);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const { columns, tile } = gridColumns(width);
  const rows = useMemo(() => gridRows(sections, columns, tile), [sections, columns, tile]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => rows[i]?.height ?? 0,
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 4,
  });
  // Row heights change with the width: let the virtualiser recompute offsets.
  useEffect(() => virtualizer.measure(), [virtualizer, rows]);

  const onDragStart = (e: DragStartEvent) => setDragging((e.active.data.current?.photo as Photo | undefined) ?? null);
  const onDragOver = (e: DragOverEvent) => setOverSection((e.over?.data.current?.sectionKey as string | undefined) ?? null);
  const onDragEnd = (e: DragEndEvent) => {
    const photo = e.active.data.current?.photo as Photo | undefined;
    const target = e.over?.data.current as { entryId: string | null } | undefined;
    setDragging(null);
    setOverSection(null);
    if (photo && target && target.entryId !== photo.entryId) onMove(photo, target.entryId);
  };

  const sectionLabel = (s: PhotoSection) => (s.entry ? entryLabel(s.entry, t) : t('unsorted'));

  const renderRow = (row: GridRow, index: number) => {
    if (row.type === 'header') {
      return (
        <div className="section-head-row">
          <h3>{sectionLabel(row.section)}</h3>
          <span className="muted">{t('photoCount', { count: row.section.photos.length })}</span>
          {!row.section.entry && <span className="muted tray-hint">{t('unsortedHint')}</span>}
        </div>
      );
    }
    if (row.type === 'empty') return <p className="empty-drop muted">{t('dropHere')}</p>;
    const descId = `photo-row-${index}`;
    return (
      <>
        <span id={descId} className="visually-hidden">
          {row.section.entry ? t('inEntry', { entry: sectionLabel(row.section) }) : t('inTray')}
        </span>
        {row.photos.map((photo) => (
          <PhotoTile key={photo.id} photo={photo} size={tile} describedBy={descId} isCover={coverIds.has(photo.id)} menuItems={menuItems} onOpen={onOpen} />
        ))}
      </>
    );
  };

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragOver={onDragOver} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      <div ref={scroller} className="photo-grid" role="region" aria-label={t('gridLabel')} tabIndex={-1}>
        <div className="photo-grid-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <DropRow key={row.key} row={row} start={item.start} over={overSection === row.section.key}>
                {renderRow(row, item.index)}
              </DropRow>
            );
          })}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && (dragging.thumb ?? dragging.display) ? (
          <img className="drag-ghost" src={mediaUrl((dragging.thumb ?? dragging.display)!)} alt="" style={{ width: 120, height: 120 }} />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
