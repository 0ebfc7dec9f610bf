import { DndContext, DragOverlay, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { mediaUrl } from '../../core/api';
import { gridColumns, gridRows, type GridRow } from './gridRows';
import type { MenuItem } from '../../ui/MenuButton';
import type { PhotoSection } from './photoModel';
import { PhotoTile, type TileLabels } from './PhotoTile';
import { entryLabel } from './sectionTitle';

export interface PhotoGridProps {
  sections: PhotoSection[];
  coverIds: Set<string>;
  menuItems(photo: Photo): MenuItem[];
  onOpen(photoId: string): void;
  /** A tile dropped on another group. */
  onMove(photo: Photo, entryId: string | null): void;
}

interface RowProps {
  row: GridRow;
  index: number;
  start: number;
  /** A drag is under way: the row registers as a drop target. */
  dropping: boolean;
  over: boolean;
  tile: number;
  coverIds: Set<string>;
  labels: GridLabels;
  /** The group's name ("10:30–10:50 · Keynote", "Unsorted"): a string, so the memoised row compares it by value. */
  title: string;
  menuItems(photo: Photo): MenuItem[];
  onOpen(photoId: string): void;
}

/**
 * Every row of a group (its header, its tiles, its empty hint) accepts photos for that group, but only while a
 * drag is under way: each droppable registered with dnd-kit re-renders every draggable, so rows mounting on
 * every scroll frame would re-render all tiles. The registration is a sibling after the row, so the row's node
 * is attached when it registers (dnd-kit measures the new targets before it looks for collisions).
 */
function DropTarget({ row, node }: { row: GridRow; node: RefObject<HTMLDivElement | null> }) {
  const { setNodeRef } = useDroppable({ id: row.key, data: { sectionKey: row.section.key, entryId: row.section.entry?.id ?? null } });
  useLayoutEffect(() => setNodeRef(node.current));
  return null;
}

/** One virtual row; memoised, so rows already on screen do not render again while scrolling. */
const GridRowView = memo(function GridRowView({ row, index, start, dropping, over, tile, coverIds, labels, title, menuItems, onOpen }: RowProps) {
  const node = useRef<HTMLDivElement>(null);
  let content: ReactNode;
  if (row.type === 'header') {
    content = (
      <div className="section-head-row">
        <h3>{title}</h3>
        <span className="muted">{labels.count(row.section.photos.length)}</span>
        {!row.section.entry && <span className="muted tray-hint">{labels.unsortedHint}</span>}
      </div>
    );
  } else if (row.type === 'empty') {
    content = <p className="empty-drop muted">{labels.dropHere}</p>;
  } else {
    const descId = `photo-row-${index}`;
    content = (
      <>
        <span id={descId} className="visually-hidden">
          {row.section.entry ? labels.inEntry(title) : labels.inTray}
        </span>
        {row.photos.map((photo) => (
          <PhotoTile key={photo.id} photo={photo} size={tile} describedBy={descId} isCover={coverIds.has(photo.id)} labels={labels} menuItems={menuItems} onOpen={onOpen} />
        ))}
      </>
    );
  }
  return (
    <>
      <div
        ref={node}
        className={`grid-row ${row.type} ${over ? 'drop-over' : ''} ${row.section.entry ? '' : 'tray'}`}
        style={{ height: row.height, transform: `translateY(${start}px)` }}
      >
        {content}
      </div>
      {dropping && <DropTarget row={row} node={node} />}
    </>
  );
});

/** A translated sentence with one gap, filled by concatenation (i18next's `t` is slow for one call per tile). */
const SLOT = '\u0000';
function template(translated: string): (value: string) => string {
  const [before = '', after = ''] = translated.split(SLOT);
  return (value) => before + value + after;
}

interface GridLabels extends TileLabels {
  count(n: number): string;
  unsortedHint: string;
  dropHere: string;
  inEntry(entry: string): string;
  inTray: string;
}

function gridLabels(words: string[], t: TFunction): GridLabels {
  const [flagged = '', flaggedHint = '', excluded = '', cover = '', manual = '', manualHint = '', actionsFor = '', , , unsortedHint = '', dropHere = '', inEntry = '', inTray = ''] = words;
  return {
    flagged, flaggedHint, excluded, cover, manual, manualHint, unsortedHint, dropHere, inTray,
    actionsFor: template(actionsFor),
    inEntry: template(inEntry),
    // Plural rules need i18next; headers are few (one or two on screen).
    count: (count) => t('photoCount', { count }),
  };
}

/**
 * The day's photos grouped by entry, virtualised by rows so a day of 2,000
 * photos renders only what is on screen (fixed row heights: nothing to measure).
 */
export const PhotoGrid = memo(function PhotoGrid({ sections, coverIds, menuItems, onOpen, onMove }: PhotoGridProps) {
  const { t, i18n } = useTranslation('photos');
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
    // Rows are fixed-height and tiles are cheap to mount: two rows each side are enough for a smooth scroll.
    overscan: 2,
  });
  // Row heights change with the width: let the virtualiser recompute offsets.
  useEffect(() => virtualizer.measure(), [virtualizer, rows]);

  // Stable for the memoised rows and tiles: translated per grid render, but a new object only when a word
  // changes (a new `t` with the same language must not re-render every tile), and no `t` per tile and frame.
  const words = JSON.stringify([
    t('flagged'), t('flaggedHint'), t('excludedBadge'), t('coverBadge'), t('manualBadge'), t('manualHint'),
    t('actionsFor', { name: SLOT }), t('photoCount', { count: 1 }), t('photoCount', { count: 2 }),
    t('unsortedHint'), t('dropHere'), t('inEntry', { entry: SLOT }), t('inTray'), i18n.language,
  ]);
  const labels = useMemo(() => gridLabels(JSON.parse(words) as string[], t), [words]); // eslint-disable-line react-hooks/exhaustive-deps
  const sectionLabel = useCallback((s: PhotoSection) => (s.entry ? entryLabel(s.entry, t) : t('unsorted')), [t]);

  const onDragStart = useCallback((e: DragStartEvent) => setDragging((e.active.data.current?.photo as Photo | undefined) ?? null), []);
  const onDragOver = useCallback((e: DragOverEvent) => setOverSection((e.over?.data.current?.sectionKey as string | undefined) ?? null), []);
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      const photo = e.active.data.current?.photo as Photo | undefined;
      const target = e.over?.data.current as { entryId: string | null } | undefined;
      setDragging(null);
      setOverSection(null);
      if (photo && target && target.entryId !== photo.entryId) onMove(photo, target.entryId);
    },
    [onMove],
  );
  const onDragCancel = useCallback(() => {
    setDragging(null);
    setOverSection(null);
  }, []);

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragOver={onDragOver} onDragEnd={onDragEnd} onDragCancel={onDragCancel}>
      <div ref={scroller} className="photo-grid" role="region" aria-label={t('gridLabel')} tabIndex={-1}>
        <div className="photo-grid-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <GridRowView
                key={row.key}
                row={row}
                index={item.index}
                start={item.start}
                dropping={dragging !== null}
                over={overSection === row.section.key}
                tile={tile}
                coverIds={coverIds}
                labels={labels}
                title={sectionLabel(row.section)}
                menuItems={menuItems}
                onOpen={onOpen}
              />
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
});
