import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../electron/shared/schemas/programme';

/** What an import did: counts, the logged talks that followed their sessions, and the parser's warnings. */
export function ImportReportView({ report, onDismiss }: { report: ImportReport; onDismiss(): void }) {
  const { t } = useTranslation('programme');
  const kept = report.removed.filter((r) => r.kept);
  return (
    <section className="programme-report" role="status" aria-label={t('report.title', { count: report.sessionCount, format: report.format })}>
      <div className="programme-report-head">
        <strong>{t('report.title', { count: report.sessionCount, format: report.format })}</strong>
        <button className="link-button" onClick={onDismiss}>
          {t('report.dismiss')}
        </button>
      </div>
      <ul className="programme-report-counts">
        <li>{t('report.added', { count: report.added.length })}</li>
        <li>{t('report.changed', { count: report.changed.length })}</li>
        <li>{t('report.removed', { count: report.removed.length })}</li>
        <li>{t('report.cancelled', { count: report.cancelled.length })}</li>
      </ul>
      {report.entriesUpdated.length > 0 && <p>{t('report.entriesUpdated', { count: report.entriesUpdated.length })}</p>}
      {(report.changed.length > 0 || kept.length > 0) && (
        <ul className="programme-report-list">
          {report.changed.slice(0, 8).map((c) => (
            <li key={c.id}>
              <span className="session-title">{c.title}</span>{' '}
              <span className="muted">{c.changes.map((ch) => ch.field).join(', ')}</span>
            </li>
          ))}
          {kept.slice(0, 8).map((r) => (
            <li key={r.id}>
              <span className="session-title">{r.title}</span> <span className="muted">— {t('report.kept')}</span>
            </li>
          ))}
        </ul>
      )}
      {report.warnings.length > 0 && (
        <details open>
          <summary>{t('report.warnings')}</summary>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
