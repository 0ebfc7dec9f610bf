import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../../electron/shared/domain/wall-clock';
import { useSessionChooser } from './sessionChoice';

/**
 * "Which talk is this?" after Ctrl+Shift+T during a programme slot: the sessions
 * running now or about to start (starred first), then "New talk". Arrow keys
 * move, Enter picks, Escape leaves without capturing. Mounted once by the shell.
 */
export function SessionChooser() {
  const { t } = useTranslation('capture');
  const open = useSessionChooser((s) => s.open);
  const [active, setActive] = useState(0);
  const options = useRef<(HTMLButtonElement | null)[]>([]);
  const count = (open?.sessions.length ?? 0) + 1;

  useEffect(() => {
    setActive(0);
    if (open) requestAnimationFrame(() => options.current[0]?.focus());
  }, [open]);
  if (!open) return null;

  const move = (to: number) => {
    const next = (to + count) % count;
    setActive(next);
    options.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(count - 1);
    else if (e.key === 'Escape') open.resolve(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="chooser-backdrop" onMouseDown={(e) => e.target === e.currentTarget && open.resolve(null)}>
      <div className="session-chooser" role="dialog" aria-modal="true" aria-labelledby="session-chooser-title" onKeyDown={onKey}>
        <h2 id="session-chooser-title">{t('chooser.title')}</h2>
        <p className="muted">{t('chooser.hint')}</p>
        <div role="listbox" aria-labelledby="session-chooser-title" className="chooser-options">
          {open.sessions.map((s, i) => (
              <button
                key={s.id}
                ref={(el) => void (options.current[i] = el)}
                role="option"
                aria-selected={active === i}
                tabIndex={active === i ? 0 : -1}
                className="chooser-option"
                onClick={() => open.resolve({ session: s })}
              >
                <span className="chooser-time" lang="en">{timeRange(s)}</span>
                <span className="chooser-text">
                  <span className="chooser-title">
                    {s.starred && (
                      <span className="chooser-star" role="img" aria-label={t('chooser.starred')}>
                        ★{' '}
                      </span>
                    )}
                    {s.title}
                  </span>
                  <span className="chooser-meta">{[s.room, s.speakers.join(', ')].filter(Boolean).join(' · ')}</span>
                </span>
              </button>
          ))}
            <button
              ref={(el) => void (options.current[count - 1] = el)}
              role="option"
              aria-selected={active === count - 1}
              tabIndex={active === count - 1 ? 0 : -1}
              className="chooser-option chooser-new"
              onClick={() => open.resolve({ newTalk: true })}
            >
              {t('chooser.newTalk')}
            </button>
        </div>
      </div>
    </div>
  );
}
