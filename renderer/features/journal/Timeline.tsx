import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper } from '../../../electron/shared/schemas/paper';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';
import { shortcutLabel as shortcut } from '../../core/commands';
import { KindIcon } from '../../ui/KindIcon';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import { entrySummary, entryTitle } from '../../ui/entryText';
import { PlannedRow } from './PlannedRow';

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
  const start = (r: Row) => (r.entry ? r.entry.start : r.session!.start).slice(0, 16);
  return rows.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a.entry ? -1 : b.entry ? 1 : 0));
}

/** The selected day's entries (and planned sessions) in time order; a click or Enter opens one. */
export function Timeline({ entries, papers, selectedId, onOpen, plan }: { entries: Entry[]; papers: Paper[]; selectedId: string | null; onOpen(id: string): void; plan?: TimelinePlan }) {
  const { t } = useTranslation('journal');
  if (entries.length === 0 && !plan?.sessions.length) {
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
  const starred = new Set(papers.filter((p) => p.starred).map((p) => p.id));
  return (
    <ol className="timeline" aria-label={t('timeline')}>
      {rowsOf(entries, plan?.sessions ?? []).map(({ entry, session }) => {
        if (session) return <PlannedRow key={`planned-${session.id}`} session={session} conflict={plan!.conflicts.get(session.id)} open={plan!.openId === session.id} onOpen={plan!.onOpen} />;
        const summary = entrySummary(entry, t);
        const isStarred = Boolean(entry.paperId && starred.has(entry.paperId));
        return (
          <li key={entry.id}>
            <button
              className={`timeline-item ${entry.id === selectedId ? 'selected' : ''} ${entry.title ? '' : 'untitled'}`}
              aria-current={entry.id === selectedId ? 'true' : undefined}
              data-entry-id={entry.id}
              onClick={() => onOpen(entry.id)}
            >
              <span className="timeline-time" lang="en">{timeRange(entry)}</span>
              <KindIcon kind={entry.kind} label={t(`kinds.${entry.kind}`)} />
              <span className="timeline-text">
                <span className="timeline-title">
                  {entryTitle(entry, t)}
                  {isStarred && (
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
      })}
    </ol>
  );
}
