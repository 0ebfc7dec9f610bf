import './papers.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paperEntries } from '../../../electron/shared/domain/order';
import { useStore } from '../../core/store';
import { CitationsExport } from './CitationsExport';
import { LookupSwitch } from './LookupSwitch';
import { PaperCard } from './PaperCard';

/** Every paper of the trip, starred first, each with the talks and posters that presented it. */
export function PapersView() {
  const { t } = useTranslation('papers');
  const doc = useStore((s) => s.doc);
  const papers = useMemo(
    () => [...(doc?.papers ?? [])].sort((a, b) => Number(b.starred) - Number(a.starred) || (a.title || a.key).localeCompare(b.title || b.key)),
    [doc?.papers],
  );
  const entriesByPaper = useMemo(() => paperEntries(doc?.entries ?? []), [doc?.entries]);
  const [exporting, setExporting] = useState(false);
  if (!doc) return null;

  return (
    <section className="papers-view" aria-labelledby="papers-heading">
      <header className="section-head">
        <h1 id="papers-heading" tabIndex={-1}>{t('heading')}</h1>
        <span className="muted">{t('count', { count: papers.length })}</span>
        <button type="button" className="papers-export" aria-expanded={exporting} disabled={papers.length === 0} onClick={() => setExporting(!exporting)}>
          {t('exportCitations')}
        </button>
      </header>
      <LookupSwitch />
      {exporting && <CitationsExport onClose={() => setExporting(false)} />}
      {papers.length === 0 ? (
        <div className="empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
        </div>
      ) : (
        <ul className="papers-list" aria-label={t('heading')}>
          {papers.map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} entries={entriesByPaper.get(paper.id) ?? []} dayStartHour={doc.trip.dayStartHour} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
