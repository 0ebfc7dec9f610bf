import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../core/store';

/**
 * Errors and confirmations, announced to screen readers; info notices fade
 * after a while. Notices raised with a translation key follow a language
 * switch; an info notice that cannot is dismissed then rather than left in the
 * other language.
 */
export function Notices() {
  const { t, i18n } = useTranslation('app');
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismiss);
  useEffect(() => {
    const timers = notices.filter((n) => n.kind === 'info').map((n) => setTimeout(() => dismiss(n.id), 8000));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  const language = useRef(i18n.language);
  useEffect(() => {
    if (language.current === i18n.language) return;
    language.current = i18n.language;
    useStore.getState().notices.filter((n) => n.kind === 'info' && !n.i18n).forEach((n) => dismiss(n.id));
  }, [i18n.language, dismiss]);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.i18n ? t(n.i18n.key, n.i18n.params) : n.message}</span>
          {n.action && (
            <button
              onClick={() => {
                n.action!.run();
                dismiss(n.id);
              }}
            >
              {n.action.labelKey ? t(n.action.labelKey) : n.action.label}
            </button>
          )}
          <button aria-label={t('dismiss')} className="icon" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
