import { useTranslation } from 'react-i18next';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';
import { call } from '../../core/api';
import { sessionTimes } from './sessionText';

interface SessionDetailsProps {
  session: ProgrammeSession;
  /** The entry already made from this session, if any. */
  entryId: string | null;
  conflict: string[] | undefined;
  onStar(): void;
  onAttend(): void;
  onOpenEntry(entryId: string): void;
  onClose(): void;
}

/** A session opened from the list: everything the programme says, a star, and "Attend". */
export function SessionDetails({ session, entryId, conflict, onStar, onAttend, onOpenEntry, onClose }: SessionDetailsProps) {
  const { t } = useTranslation('programme');
  const gone = session.cancelled || session.removed;
  return (
    <article className="session-details" aria-labelledby="session-details-title">
      <header>
        <p className="muted" lang="en">
          {session.day} · {session.allDay ? t('allDay') : sessionTimes(session)}
        </p>
        <h2 id="session-details-title">{session.title}</h2>
        {gone && <p className="session-flag">{session.cancelled ? t('cancelled') : t('removed')}</p>}
        {conflict && (
          <p className="session-conflict">
            <span aria-hidden="true">⚠ </span>
            {t('conflictWith', { titles: conflict.join(', ') })}
          </p>
        )}
      </header>
      <dl className="session-facts">
        {session.speakers.length > 0 && (
          <>
            <dt>{t('speakers')}</dt>
            <dd>{session.speakers.join(', ')}</dd>
          </>
        )}
        {session.room && (
          <>
            <dt>{t('room')}</dt>
            <dd>{session.room}</dd>
          </>
        )}
        {session.track && (
          <>
            <dt>{t('track')}</dt>
            <dd>{session.track}</dd>
          </>
        )}
      </dl>
      <div className="session-actions">
        <button aria-pressed={session.starred} onClick={onStar}>
          <span className="star-glyph" aria-hidden="true">
            {session.starred ? '★' : '☆'}
          </span>{' '}
          {t('starred')}
        </button>
        {entryId ? (
          <button onClick={() => onOpenEntry(entryId)}>{t('openEntry')}</button>
        ) : (
          <button className="primary" onClick={onAttend}>
            {t('attend')}
          </button>
        )}
        {/^https?:\/\//.test(session.url) && <button onClick={() => void call('app.openExternal', { url: session.url })}>{t('link')}</button>}
        <button onClick={onClose}>{t('close')}</button>
      </div>
      {session.abstract && (
        <section>
          <h3>{t('abstract')}</h3>
          <p className="session-abstract">{session.abstract}</p>
        </section>
      )}
    </article>
  );
}
