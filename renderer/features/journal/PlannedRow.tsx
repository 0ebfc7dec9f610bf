import { useTranslation } from 'react-i18next';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';

interface PlannedRowProps {
  session: ProgrammeSession;
  conflict: string[] | undefined;
  open: boolean;
  onOpen(sessionId: string): void;
}

/**
 * A starred session on the day's timeline: outlined and labelled "Planned", so it
 * never reads as something logged; a clash with another star says so in words.
 */
export function PlannedRow({ session, conflict, open, onOpen }: PlannedRowProps) {
  const { t } = useTranslation('journal');
  const gone = session.cancelled || session.removed;
  const meta = [session.room, session.speakers.join(', ')].filter(Boolean).join(' · ');
  return (
    <li>
      <button
        className={`timeline-item planned ${open ? 'selected' : ''} ${gone ? 'planned-off' : ''} ${conflict ? 'planned-clash' : ''}`}
        aria-current={open ? 'true' : undefined}
        data-session-id={session.id}
        onClick={() => onOpen(session.id)}
      >
        <span className="timeline-time" lang="en">
          {session.allDay ? '' : timeRange(session)}
        </span>
        <span className="planned-badge">{t('planned')}</span>
        <span className="timeline-text">
          <span className="timeline-title">{session.title}</span>
          {gone && <span className="planned-gone">{session.cancelled ? t('plannedCancelled') : t('plannedRemoved')}</span>}
          {conflict && (
            <span className="planned-conflict">
              <span aria-hidden="true">⚠ </span>
              {t('conflictWith', { titles: conflict.join(', ') })}
            </span>
          )}
          {meta && <span className="timeline-summary">{meta}</span>}
        </span>
      </button>
    </li>
  );
}
