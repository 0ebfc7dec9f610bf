import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '../../../electron/shared/contract/series';

/** What an export did: pages and files written, photos exported, converted or missing (with why). */
export function ExportReportView({ report }: { report: ExportReport }) {
  const { t } = useTranslation('series');
  const headingId = useId();
  const { files, photos } = report;
  return (
    <section className="export-report card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reportHeading', { count: report.pages.length, seconds: report.seconds.toFixed(1) })}</h3>
      <p className="report-folder">
        <code>{report.outDir}</code>
        <span className="muted"> · {t('reportStart', { file: report.start })}</span>
      </p>
      {report.warnings.length > 0 && (
        <ul className="report-warnings" role="alert">
          {report.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <dl className="report-numbers">
        <div>
          <dt>{t('reportWritten')}</dt>
          <dd>{files.written}</dd>
        </div>
        <div>
          <dt>{t('reportUnchanged')}</dt>
          <dd>{files.unchanged}</dd>
        </div>
        <div>
          <dt>{t('reportRemoved')}</dt>
          <dd>{files.removed}</dd>
        </div>
        <div>
          <dt>{t('reportPhotos')}</dt>
          <dd>{photos.exported}</dd>
        </div>
        <div>
          <dt>{t('reportConverted')}</dt>
          <dd>{photos.converted}</dd>
        </div>
        <div>
          <dt>{t('reportMissing')}</dt>
          <dd>{photos.missing.length}</dd>
        </div>
      </dl>
      <h4>{t('reportPages')}</h4>
      <ol className="report-pages">
        {report.pages.map((p) => (
          <li key={p.file}>
            {p.title} <code className="muted">{p.file}</code>
          </li>
        ))}
      </ol>
      {photos.missing.length > 0 && (
        <>
          <h4>{t('reportMissingHeading')}</h4>
          <ul className="report-missing">
            {photos.missing.map((m) => (
              <li key={m.photoId}>
                <code>{m.file}</code> — {m.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
