import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper } from '../../../electron/shared/schemas/paper';
import { shortcutLabel as shortcut } from '../../core/commands';
import { KindIcon } from '../../ui/KindIcon';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import { entrySummary, entryTitle } from '../../ui/entryText';

/** Rows rendered in the first task of a day; a screenful and more, the rest follow in the next task. */
const FIRST_ROWS = 30;

/**
 * The selected day's entries in time order; a click or Enter opens one in the editor.
 * A long day (90 entries) renders a screenful first and the rest in the next task, so
 * opening a trip or a day never makes one long task of it. Mount it keyed by day.
 */
export function Timeline({ entries, papers, selectedId, onOpen }: { entries: Entry[]; papers: Paper[]; selectedId: string | null; onOpen(id: string): void }) {
  const { t } = useTranslation('journal');
  const [limit, setLimit] = useState(FIRST_ROWS);
  const partial = entries.length > limit;
  useEffect(() => {
    if (!partial) return;
    const timer = setTimeout(() => setLimit(Infinity), 0);
    return () => clearTimeout(timer);
  }, [partial]);
  if (entries.length === 0) {
    return (
      <div className="empty timeline-empty">
        <h2>{t('emptyTitle')}</h2>
        <p>
          {t('emptyBody', {
            talk: shortcut('quick-capture-talk'),
            poster: shortcut('quick-capture-poster'),
            booth: shortcut('quick-capture-booth'),
            meal: shortcut('quick-capture-meal'),
            note: shortcut('quick-capture-note'),
          })}
        </p>
      </div>
    );
  }
  const starred = starredPapers(papers);
  return (
    <ol className="timeline" aria-label={t('timeline')}>
      {(partial ? entries.slice(0, limit) : entries).map((entry) => (
        <TimelineRow key={entry.id} entry={entry} selected={entry.id === selectedId} starred={Boolean(entry.paperId && starred.has(entry.paperId))} onOpen={onOpen} />
      ))}
    </ol>
  );
}

const starredOf = new WeakMap<readonly Paper[], Set<string>>();
/** Ids of the starred papers, once per papers array (the store replaces it when a paper changes). */
function starredPapers(papers: readonly Paper[]): Set<string> {
  let ids = starredOf.get(papers);
  if (!ids) {
    ids = new Set(papers.filter((p) => p.starred).map((p) => p.id));
    starredOf.set(papers, ids);
  }
  return ids;
}

interface RowProps {
  entry: Entry;
  selected: boolean;
  starred: boolean;
  onOpen(id: string): void;
}

/**
 * One entry of the day. Memoised on the entry object: the store replaces only the
 * entry that changed, so a keystroke in one entry's notes re-renders one row, not the day.
 */
const TimelineRow = memo(function TimelineRow({ entry, selected, starred, onOpen }: RowProps) {
  const { t } = useTranslation('journal');
  const summary = entrySummary(entry, t);
  return (
    <li>
      <button
        className={`timeline-item ${selected ? 'selected' : ''} ${entry.title ? '' : 'untitled'}`}
        aria-current={selected ? 'true' : undefined}
        data-entry-id={entry.id}
        onClick={() => onOpen(entry.id)}
      >
        <span className="timeline-time" lang="en">{timeRange(entry)}</span>
        <KindIcon kind={entry.kind} label={t(`kinds.${entry.kind}`)} />
        <span className="timeline-text">
          <span className="timeline-title">
            {entryTitle(entry, t)}
            {starred && (
              <span className="star" role="img" aria-label={t('starred')}>
                ★
              </span>
            )}
          </span>
          {summary && <span className="timeline-summary">{summary}</span>}
        </span>
      </button>
    </li>
  );
});
