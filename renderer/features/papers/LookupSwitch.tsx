import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../core/api';
import { choosePaperLookups } from '../../core/preferences';
import { useStore } from '../../core/store';

/** The preference "Look up papers online", with what it means for the writer's privacy beside it. */
export function LookupSwitch() {
  const { t } = useTranslation('papers');
  const on = useStore((s) => s.paperLookups);
  const notify = useStore((s) => s.notify);
  const toggle = () => void choosePaperLookups(!on).catch((e) => notify({ kind: 'error', message: errorMessage(e) }));
  return (
    <div className="lookup-switch">
      <label>
        <input type="checkbox" role="switch" checked={on} onChange={toggle} aria-describedby="lookup-switch-note" />
        <span>{t('lookupSwitch')}</span>
      </label>
      <small id="lookup-switch-note" className="muted">
        {on ? t('lookupOnNote') : t('lookupOffNote')}
      </small>
    </div>
  );
}
