import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper } from '../../../electron/shared/schemas/paper';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';
import { shortcutLabel as shortcut } from '../../core/commands';
import { KindIcon } from '../../ui/KindIcon';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import { entrySummary, entryTitle } from '../../ui/entryText';
import { PlannedRow } from './PlannedRow';

/** Rows rendered in the first task of a day; a screenful and more, the rest follow in the next task. */
const FIRST_ROWS = 30;

/** Starred sessions of the day not logged yet, shown among the entries (see PlannedRow). */
export interface TimelinePlan {
  sessions: ProgrammeSession[];
  conflicts: Map<string, string[]>;
  openId: string | null;
  onOpen(sessionId: string): void;
}

type Row = { entry: Entry; session?: never } | { session: ProgrammeSession; entry?: never };

/** Entries and planned sessions in time order; at the same minute the logged entry comes first. */
function rowsOf(entries: Entry[], planned: ProgrammeSession[]): Row[] {
  const rows: Row[] = [...entries.map((entry) => ({ entry })), ...planned.map((session) => ({ session }))];
  if (planned.length === 0) return rows; // entries come in time order already
  const start = (r: Row) => (r.entry ? r.entry.start : r.session!.start).slice(0, 16);
  return rows.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a.entry ? -1 : b.entry ? 1 : 0));
}

/**
 * The selected day's entries (and planned sessions) in time order; a click or Enter opens one.
 * A long day (90 entries) renders a screenful first and the rest in the next task, so
 * opening a trip or a day never makes one long task of it. Mount it keyed by day.
 */
export function Timeline({ entries, papers, selectedId, onOpen, plan }: { entries: Entry[]; papers: Paper[]; selectedId: string | null; onOpen(id: string): void; plan?: TimelinePlan }) {
  const { t } = useTranslation('journal');
  const [limit, setLimit] = useState(FIRST_ROWS);
  const rows = rowsOf(entries, plan?.sessions ?? []);
  const partial = rows.length > limit;
  useEffect(() => {
    if (!partial) return;
    const timer = setTimeout(() => setLimit(Infinity), 0);
    return () => clearTimeout(timer);
  }, [partial]);
  if (rows.length === 0) {
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
      {(partial ? rows.slice(0, limit) : rows).map(({ entry, session }) =>
        session ? (
          <PlannedRow key={`planned-${session.id}`} session={session} conflict={plan!.conflicts.get(session.id)} open={plan!.openId === session.id} onOpen={plan!.onOpen} />
        ) : (
          <TimelineRow key={entry.id} entry={entry} selected={entry.id === selectedId} starred={Boolean(entry.paperId && starred.has(entry.paperId))} onOpen={onOpen} />
        ),
      )}
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
