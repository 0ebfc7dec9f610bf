import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import type { Part } from '../../../electron/shared/schemas/series';
import { useStore } from '../../core/store';
import { addPart, dropTarget, locateSection, moveSection, sectionOfKey } from './arrange';
import { PartCard, type Arrange } from './PartCard';
import type { PlacementDoc as Doc } from '../../../electron/shared/domain/placement';
import { focusSection, SectionText } from './SectionRow';
import { sectionInfo } from './sectionInfo';
import { UNPLACED_CONTAINER, UnplacedPanel } from './UnplacedPanel';

/**
 * The arrangement of one series: its parts in order and "not in any part".
 * Sections move by drag and drop (pointer, or keyboard: Space, arrows, Space)
 * and by the buttons on every row; every change is saved at once.
 */
export function ArrangeEditor({ view, doc }: { view: SeriesView; doc: Doc }) {
  const { t } = useTranslation('series');
  const language = useStore((s) => s.language);
  const arrangeSeries = useStore((s) => s.arrangeSeries);
  const arrangeError = useStore((s) => s.arrangeError);
  const dismissArrangeError = useStore((s) => s.dismissArrangeError);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { parts, title } = view.series;
  const arrange: Arrange = (change) => arrangeSeries(view.series.id, change);

  const sensors = useSensors(
    // A small distance so a click on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const nameOf = (id: UniqueIdentifier) => {
    const section = sectionOfKey(String(id));
    return section ? sectionInfo(doc, parts, section, t, language).name : String(id);
  };
  const whereOf = (overId: UniqueIdentifier) => {
    const target = dropTarget(parts, String(overId), UNPLACED_CONTAINER);
    if (target === undefined) return '';
    if (target === null) return t('notInAnyPart');
    return t('dndPosition', { n: target.part + 1, position: target.index + 1 });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dndPicked', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('dndOver', { name: nameOf(active.id), where: whereOf(over.id) }) : t('dndNowhere', { name: nameOf(active.id) })),
    onDragEnd: ({ active, over }) => (over ? t('dndDropped', { name: nameOf(active.id), where: whereOf(over.id) }) : t('dndCancelled', { name: nameOf(active.id) })),
    onDragCancel: ({ active }) => t('dndCancelled', { name: nameOf(active.id) }),
  };

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setActiveKey(null);
    if (!over) return;
    const key = String(active.id);
    const target = dropTarget(parts, String(over.id), UNPLACED_CONTAINER);
    if (target === undefined) return;
    const from = locateSection(parts, key);
    const unchanged = target === null ? from === null : from !== null && from.part === target.part && from.index === target.index;
    if (unchanged) return;
    arrange((p: Part[]) => moveSection(p, key, target));
    // The row re-renders in another list; a keyboard user keeps the focus on it.
    if (activatorEvent instanceof KeyboardEvent) focusSection(key);
  };

  const activeSection = activeKey ? sectionOfKey(activeKey) : null;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dndInstructions') } }}
      onDragStart={({ active }) => setActiveKey(String(active.id))}
      onDragCancel={() => setActiveKey(null)}
      onDragEnd={onDragEnd}
    >
      {arrangeError && (
        <div className="form-error arrange-error" role="alert">
          <span>{t('saveRefused', { message: arrangeError })}</span>
          <button type="button" className="small" onClick={dismissArrangeError}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <div className="arrange">
        <div className="parts-column">
          {parts.length === 0 ? (
            <p className="empty-parts muted">{t('noParts')}</p>
          ) : (
            <ol className="parts" aria-label={t('parts')}>
              {parts.map((part, i) => (
                <PartCard key={part.id} seriesTitle={title} parts={parts} index={i} doc={doc} arrange={arrange} />
              ))}
            </ol>
          )}
          <button type="button" className="add-part" onClick={() => arrange((p) => addPart(p))}>
            {t('addPart')}
          </button>
        </div>
        <UnplacedPanel view={view} doc={doc} arrange={arrange} />
      </div>
      <DragOverlay>
        {activeSection && (
          <div className="section-row drag-overlay">
            <SectionText info={sectionInfo(doc, parts, activeSection, t, language)} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
