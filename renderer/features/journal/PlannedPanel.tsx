import { useTranslation } from 'react-i18next';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';

interface PlannedPanelProps {
  session: ProgrammeSession;
  conflict: string[] | undefined;
  onAttend(): void;
  onUnstar(): void;
  onClose(): void;
}

/** A planned (starred) session opened from the timeline: what it is, and "Attend" to log it. */
export function PlannedPanel({ session, conflict, onAttend, onUnstar, onClose }: PlannedPanelProps) {
  const { t } = useTranslation('journal');
  const gone = session.cancelled || session.removed;
  return (
    <article className="planned-panel" aria-labelledby="planned-panel-title">
      <p className="muted">
        <span className="planned-badge">{t('planned')}</span> <span lang="en">{session.allDay ? '' : timeRange(session)}</span>
        {session.room && ` · ${session.room}`}
        {session.track && ` · ${session.track}`}
      </p>
      <h2 id="planned-panel-title">{session.title}</h2>
      {gone && <p className="planned-gone">{session.cancelled ? t('plannedCancelled') : t('plannedRemoved')}</p>}
      {conflict && (
        <p className="planned-conflict">
          <span aria-hidden="true">⚠ </span>
          {t('conflictWith', { titles: conflict.join(', ') })}
        </p>
      )}
      {session.speakers.length > 0 && <p>{session.speakers.join(', ')}</p>}
      <div className="planned-actions">
        <button className="primary" onClick={onAttend}>
          {t('attend')}
        </button>
        <button onClick={onUnstar}>{t('unstar')}</button>
        <button onClick={onClose}>{t('closePlanned')}</button>
      </div>
      {session.abstract && <p className="planned-abstract">{session.abstract}</p>}
    </article>
  );
}
