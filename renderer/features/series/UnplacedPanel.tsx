import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import type { Section } from '../../../electron/shared/schemas/series';
import { useStore } from '../../core/store';
import { moveSection, partTitle, sectionKey } from './arrange';
import { MoveMenu } from './MoveMenu';
import type { Arrange } from './PartCard';
import { entryDay } from '../../../electron/shared/domain/days';
import type { PlacementDoc as Doc } from '../../../electron/shared/domain/placement';
import { focusSection, SectionRow } from './SectionRow';
import { sectionInfo } from './sectionInfo';

/** Droppable id of "not in any part": dropping a section here takes it out of its part. */
export const UNPLACED_CONTAINER = 'unplaced';

/**
 * The days and entries of "not in any part", as sections ready to be placed:
 * each day followed by its own entries (shown indented — placing the day
 * places them too), so nothing looks listed twice.
 */
export function unplacedSections(view: SeriesView, doc: Doc): { section: Section; nested: boolean }[] {
  const byDay = new Map<string, string[]>();
  const entries = new Map(doc.entries.map((e) => [e.id, e]));
  const loose: string[] = [];
  for (const id of view.unplaced.entryIds) {
    const entry = entries.get(id);
    const day = entry ? entryDay(doc, entry) : null;
    if (day && view.unplaced.days.includes(day)) byDay.set(day, [...(byDay.get(day) ?? []), id]);
    else loose.push(id);
  }
  const entry = (entryId: string, nested: boolean) => ({ section: { type: 'entry', entryId } as Section, nested });
  return [
    ...view.unplaced.days.flatMap((date) => [{ section: { type: 'day', date } as Section, nested: false }, ...(byDay.get(date) ?? []).map((id) => entry(id, true))]),
    ...loose.map((id) => entry(id, false)),
  ];
}

interface Props {
  view: SeriesView;
  doc: Doc;
  arrange: Arrange;
}

/** What the arrangement leaves out — nothing is lost, each can be added back to a part. */
export function UnplacedPanel({ view, doc, arrange }: Props) {
  const { t } = useTranslation('series');
  const language = useStore((s) => s.language);
  const headingId = useId();
  const { parts, title } = view.series;
  const items = unplacedSections(view, doc);
  const keys = items.map((i) => sectionKey(i.section));
  const { setNodeRef, isOver } = useDroppable({ id: UNPLACED_CONTAINER, disabled: keys.length > 0 });

  return (
    <section className="unplaced card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('notInAnyPart')} <span className="muted">({keys.length})</span>
      </h3>
      <p className="muted small-text">{t('unplacedHint')}</p>
      <SortableContext id={UNPLACED_CONTAINER} items={keys} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={`sections ${isOver ? 'over' : ''}`} aria-label={t('notInAnyPart')}>
          {items.map(({ section, nested }) => {
            const info = sectionInfo(doc, parts, section, t, language);
            return (
              <SectionRow
                key={info.key}
                info={info}
                nested={nested}
                controls={
                  parts.length > 0 && (
                  <MoveMenu
                    text={t('addTo')}
                    label={t('addToLabel', { name: info.name })}
                    menuLabel={t('addToMenu', { name: info.name })}
                    choices={parts.map((_, i) => ({ label: t('toPart', { n: i + 1, title: partTitle(title, parts, i) }), target: i }))}
                    onChoose={(target) => {
                      if (target === null) return;
                      arrange((p) => moveSection(p, info.key, { part: target, index: Number.MAX_SAFE_INTEGER }));
                      focusSection(info.key);
                    }}
                  />
                  )
                }
              />
            );
          })}
          {keys.length === 0 && <li className="drop-hint muted">{t('allPlaced')}</li>}
        </ol>
      </SortableContext>
    </section>
  );
}
