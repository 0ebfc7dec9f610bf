import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionInfo } from './sectionInfo';

/** The text of a section: a day (date, day title, entry count) or an entry (kind, time, title). */
export function SectionText({ info }: { info: SectionInfo }) {
  const { t } = useTranslation('series');
  if (info.type === 'day') {
    return (
      <span className="section-text">
        <span className="section-badge day-badge">{info.when}</span>
        <span className="section-name">{info.name}</span>
        {info.detail && <span className="section-detail">{info.detail}</span>}
        <span className="section-count muted">{info.count}</span>
      </span>
    );
  }
  return (
    <span className={`section-text ${info.missing ? 'missing' : ''}`}>
      {info.entryKind && <span className={`section-badge kind-${info.entryKind}`}>{t(`kinds.${info.entryKind}`)}</span>}
      <span className="section-time muted">{info.when}</span>
      <span className="section-name">{info.name}</span>
    </span>
  );
}

interface Props {
  info: SectionInfo;
  /** Buttons beside the text (move, split, add to part). */
  controls: ReactNode;
  /** An entry listed under its (also unplaced) day. */
  nested?: boolean;
  /** Shown under the row (a day's entries). */
  below?: ReactNode;
}

/**
 * One draggable day or entry. Only the handle starts a drag (pointer, or
 * Space/Enter then arrow keys), so the buttons beside it stay plain buttons.
 */
export function SectionRow({ info, controls, nested, below }: Props) {
  const { t } = useTranslation('series');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: info.key });
  return (
    <li
      ref={setNodeRef}
      className={`section-row ${info.type} ${nested ? 'nested' : ''} ${isDragging ? 'dragging' : ''}`}
      data-section-key={info.key}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={t('dragHandle', { name: info.name })}
        title={t('dragHint')}
      >
        <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
          {[3, 8, 13].flatMap((y) => [<circle key={`a${y}`} cx="2.5" cy={y} r="1.3" />, <circle key={`b${y}`} cx="7.5" cy={y} r="1.3" />])}
        </svg>
      </button>
      <SectionText info={info} />
      <span className="section-controls">{controls}</span>
      {below}
    </li>
  );
}

/** Puts focus back on a section's drag handle after it moved (it re-renders in another list). */
export function focusSection(key: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-section-key="${window.CSS.escape(key)}"] .drag-handle`)?.focus();
  });
}
