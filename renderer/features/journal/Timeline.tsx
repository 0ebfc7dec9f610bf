import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper } from '../../../electron/shared/schemas/paper';
import { shortcutLabel as shortcut } from '../../core/commands';
import { KindIcon } from '../../ui/KindIcon';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import { entrySummary, entryTitle } from '../../ui/entryText';

/** The selected day's entries in time order; a click or Enter opens one in the editor. */
export function Timeline({ entries, papers, selectedId, onOpen }: { entries: Entry[]; papers: Paper[]; selectedId: string | null; onOpen(id: string): void }) {
  const { t } = useTranslation('journal');
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
  const starred = new Set(papers.filter((p) => p.starred).map((p) => p.id));
  return (
    <ol className="timeline" aria-label={t('timeline')}>
      {entries.map((entry) => {
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
