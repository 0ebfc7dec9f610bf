import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Part } from '../../../electron/shared/schemas/series';
import { defaultPartTitle, mergeWithNext, movePart, removePart, sectionKey, updatePart } from './arrange';
import { CommitField } from './CommitField';
import { CoverChoice } from './CoverChoice';
import type { PlacementDoc as Doc } from '../../../electron/shared/domain/placement';
import { PartSection } from './PartSection';

export type Arrange = (change: (parts: Part[]) => Part[]) => void;

interface Props {
  seriesTitle: string;
  parts: Part[];
  index: number;
  doc: Doc;
  arrange: Arrange;
}

/** Droppable id of a part's section list (used when the part has no sections to drop on). */
export const partContainerId = (part: Part) => `part:${part.id}`;

function focusPartButton(partId: string, action: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-part-id="${window.CSS.escape(partId)}"] [data-action="${action}"]`)?.focus());
}

/** One part of the series: its title, intro, cover and ordered sections. */
export function PartCard({ seriesTitle, parts, index, doc, arrange }: Props) {
  const { t } = useTranslation('series');
  const headingId = useId();
  const part = parts[index]!;
  const n = index + 1;
  const last = index === parts.length - 1;
  const keys = part.sections.map(sectionKey);
  const { setNodeRef, isOver } = useDroppable({ id: partContainerId(part), disabled: keys.length > 0 });

  const shiftPart = (to: number, action: string) => {
    arrange((p) => movePart(p, index, to));
    focusPartButton(part.id, action);
  };

  return (
    <li className="part card" data-part-id={part.id} aria-labelledby={headingId}>
      <div className="part-head">
        <h3 id={headingId} className="part-number">
          {t('partNumber', { n })}
        </h3>
        <CommitField
          className="part-title"
          label={t('partTitle', { n })}
          placeholder={defaultPartTitle(seriesTitle, index)}
          value={part.title}
          maxLength={300}
          onCommit={(title) => arrange((p) => updatePart(p, index, { title: title.trim() }))}
        />
        <div className="part-actions" role="group" aria-label={t('partActions', { n })}>
          <button type="button" className="small" data-action="up" aria-label={t('movePartUp', { n })} disabled={index === 0} onClick={() => shiftPart(index - 1, 'up')}>
            ↑
          </button>
          <button type="button" className="small" data-action="down" aria-label={t('movePartDown', { n })} disabled={last} onClick={() => shiftPart(index + 1, 'down')}>
            ↓
          </button>
          <button type="button" className="small" aria-label={t('mergeLabel', { n, next: n + 1 })} disabled={last} onClick={() => arrange((p) => mergeWithNext(p, index))}>
            {t('mergeNext')}
          </button>
          <button type="button" className="small danger" aria-label={t('removePartLabel', { n })} onClick={() => arrange((p) => removePart(p, index))}>
            {t('removePart')}
          </button>
        </div>
      </div>
      <CommitField
        multiline
        className="part-intro"
        label={t('partIntro', { n })}
        placeholder={t('introPlaceholder')}
        value={part.intro}
        maxLength={50_000}
        onCommit={(intro) => arrange((p) => updatePart(p, index, { intro }))}
      />
      <CoverChoice doc={doc} parts={parts} index={index} onChange={(coverPhotoId) => arrange((p) => updatePart(p, index, { coverPhotoId }))} />
      <SortableContext id={partContainerId(part)} items={keys} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className={`sections ${isOver ? 'over' : ''}`} aria-label={t('partSections', { n })}>
          {part.sections.map((section, i) => (
            <PartSection key={keys[i]} seriesTitle={seriesTitle} parts={parts} partIndex={index} index={i} section={section} doc={doc} arrange={arrange} />
          ))}
          {keys.length === 0 && <li className="drop-hint muted">{t('emptyPart')}</li>}
        </ol>
      </SortableContext>
      <CommitField
        multiline
        className="part-outro"
        label={t('partOutro', { n })}
        placeholder={t('outroPlaceholder')}
        value={part.outro}
        maxLength={50_000}
        onCommit={(outro) => arrange((p) => updatePart(p, index, { outro }))}
      />
    </li>
  );
}
