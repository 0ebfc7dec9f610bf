import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';
import { sessionTimes } from './sessionText';

/** One row's height in px: fixed, so 3,000 sessions scroll with ~20 rows in the page. */
const ROW_HEIGHT = 64;

interface SessionListProps {
  sessions: ProgrammeSession[];
  /** The query these sessions were filtered with (written on the list, so a bench can tell when a keystroke is shown). */
  query: string;
  /** Show each row's date (a search runs over every day). */
  showDate: boolean;
  activeIndex: number;
  openId: string | null;
  conflicts: Map<string, string[]>;
  onActive(index: number): void;
  onOpen(session: ProgrammeSession): void;
  onStar(session: ProgrammeSession): void;
}

/**
 * The programme as a virtualised list. One row is in the tab order (roving
 * focus): arrow keys, Home/End and Page keys move, `s` or Space stars, Enter opens.
 */
export function SessionList({ sessions, query, showDate, activeIndex, openId, conflicts, onActive, onOpen, onStar }: SessionListProps) {
  const { t } = useTranslation('programme');
  const scroller = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);
  const virtualizer = useVirtualizer({
    count: sessions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => sessions[i]?.id ?? i,
    overscan: 4,
  });

  // After a key moved the active row, bring it into view and focus it once it is rendered.
  useEffect(() => {
    if (!focusWanted.current) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    const focus = () => {
      const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] .session-open`);
      if (row) {
        row.focus();
        focusWanted.current = false;
      }
      return Boolean(row);
    };
    // A row already in the page takes focus at once; one scrolled to is rendered on the next frame.
    if (focus()) return;
    const id = requestAnimationFrame(() => void focus());
    return () => cancelAnimationFrame(id);
  }, [activeIndex, virtualizer]);

  const onKey = (e: KeyboardEvent, index: number, session: ProgrammeSession) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: sessions.length - 1, PageDown: index + page, PageUp: index - page };
    if (e.key in moves) {
      e.preventDefault();
      focusWanted.current = true;
      onActive(Math.max(0, Math.min(sessions.length - 1, moves[e.key]!)));
    } else if (e.key === ' ' || e.key.toLowerCase() === 's') {
      e.preventDefault();
      onStar(session);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(session);
    }
  };

  if (sessions.length === 0)
    return (
      <p className="muted programme-none" data-query={query}>
        {t('noResults')}
      </p>
    );
  return (
    <div className="session-scroller" ref={scroller} data-query={query}>
      <ul className="session-list" aria-label={t('sessions')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const session = sessions[item.index]!;
          return (
            <li key={item.key} data-index={item.index} className="session-row-slot" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              <SessionRow
                session={session}
                showDate={showDate}
                active={item.index === activeIndex}
                open={session.id === openId}
                conflict={conflicts.get(session.id)}
                onFocus={() => onActive(item.index)}
                onKeyDown={(e) => onKey(e, item.index, session)}
                onOpen={onOpen}
                onStar={onStar}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface SessionRowProps {
  session: ProgrammeSession;
  showDate: boolean;
  active: boolean;
  open: boolean;
  conflict: string[] | undefined;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent): void;
  onOpen(session: ProgrammeSession): void;
  onStar(session: ProgrammeSession): void;
}

const SessionRow = memo(function SessionRow({ session, showDate, active, open, conflict, onFocus, onKeyDown, onOpen, onStar }: SessionRowProps) {
  const { t } = useTranslation('programme');
  const gone = session.cancelled || session.removed;
  const meta = [session.speakers.join(', '), session.room, session.track].filter(Boolean).join(' · ');
  return (
    <div className={`session-row ${open ? 'open' : ''} ${gone ? 'gone' : ''} ${session.starred ? 'starred' : ''}`}>
      <button className="session-open" tabIndex={active ? 0 : -1} aria-current={open ? 'true' : undefined} onClick={() => onOpen(session)} onFocus={onFocus} onKeyDown={onKeyDown}>
        <span className="session-time" lang="en">
          {showDate && <span className="session-date">{session.day}</span>}
          {session.allDay ? t('allDay') : sessionTimes(session)}
        </span>
        <span className="session-text">
          <span className="session-title">
            {gone && <span className="session-flag">{session.cancelled ? t('cancelled') : t('removed')}</span>}
            {session.title}
          </span>
          <span className="session-meta">
            {conflict && (
              <span className="session-conflict">
                <span aria-hidden="true">⚠ </span>
                {t('conflictWith', { titles: conflict.join(', ') })}
                {meta ? ' · ' : ''}
              </span>
            )}
            {meta}
          </span>
        </span>
      </button>
      <button
        className="star-toggle"
        tabIndex={active ? 0 : -1}
        aria-pressed={session.starred}
        aria-label={t('star', { title: session.title })}
        title={t('star', { title: session.title })}
        onClick={() => onStar(session)}
      >
        {session.starred ? '★' : '☆'}
      </button>
    </div>
  );
});
