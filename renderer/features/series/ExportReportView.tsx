import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '../../../electron/shared/contract/series';
import { call, errorMessage } from '../../core/api';

/** What an export did: pages and files written, photos exported, converted or missing (with why). */
export function ExportReportView({ report }: { report: ExportReport }) {
  const { t } = useTranslation('series');
  const headingId = useId();
  const { files, photos } = report;
  const [failed, setFailed] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  // Publishing ends here: the keyboard lands on "Open", the next thing to do.
  useEffect(() => openRef.current?.focus(), [report]);
  const open = (how: 'open' | 'show') => {
    setFailed(null);
    call('app.openExport', { outDir: report.outDir, file: report.start, how })
      .then(({ opened }) => !opened && setFailed(t('openFailed', { file: report.start })))
      .catch((e) => setFailed(errorMessage(e)));
  };
  return (
    <section className="export-report card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reportHeading', { count: report.pages.length, seconds: report.seconds.toFixed(1) })}</h3>
      <p className="report-folder">
        <code>{report.outDir}</code>
        <span className="muted"> · {t('reportStart', { file: report.start })}</span>
      </p>
      <div className="actions report-actions">
        <button ref={openRef} type="button" className="primary" onClick={() => open('open')}>
          {t('openResult', { file: report.start })}
        </button>
        <button type="button" onClick={() => open('show')}>
          {t('showInFolder')}
        </button>
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {failed}
        </p>
      )}
      {report.warnings.length > 0 && (
        // The alert role sits on a wrapper: on the list itself it would take away the list's semantics from its items.
        <div role="alert">
          <ul className="report-warnings">
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="report-numbers">
        <div>
          <dt>{t('reportWritten')}</dt>
          <dd>{files.written}</dd>
        </div>
        <div>
          <dt>{t('reportSupport')}</dt>
          <dd>{files.support}</dd>
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
