import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { dayLabel } from './dayLabel';
import { baseName } from './sectionTitle';

/** Opens the system file dialog and imports what was chosen. */
export function AddPhotosButton() {
  const { t } = useTranslation('photos');
  const importPhotos = useStore((s) => s.importPhotos);
  const notify = useStore((s) => s.notify);
  const running = useStore((s) => !!s.photoImport && !s.photoImport.finished);
  const choose = async () => {
    try {
      const { paths } = await call('app.chooseFiles', { purpose: 'photos' });
      await importPhotos(paths);
    } catch (error) {
      notify({ kind: 'error', message: errorMessage(error) });
    }
  };
  return (
    <button className="primary" onClick={() => void choose()} disabled={running}>
      {t('addPhotos')}
    </button>
  );
}

/** "4 on Mon 2022-10-24 · 1 unsorted": where the import put the new photos, each day a link to it. */
function Landing({ landed, unsorted }: { landed: { day: string; count: number }[]; unsorted: number }) {
  const { t, i18n } = useTranslation('photos');
  const selectDay = useStore((s) => s.selectDay);
  return (
    <p className="import-landed" aria-label={t('landedLabel')}>
      {landed.map((l, i) => (
        <span key={l.day}>
          {i > 0 && ' · '}
          <button type="button" className="link-button" onClick={() => selectDay(l.day)}>
            {t('landedOn', { count: l.count, day: dayLabel(l.day, i18n.language) })}
          </button>
        </span>
      ))}
      {unsorted > 0 && ` · ${t('landedUnsorted', { count: unsorted })}`}
    </p>
  );
}

/** The running (or last) import: a bar with counts, Cancel, and every failed file with a reason people understand. */
export function ImportProgress() {
  const { t } = useTranslation('photos');
  const job = useStore((s) => s.photoImport);
  const cancel = useStore((s) => s.cancelImport);
  const dismiss = useStore((s) => s.dismissImport);
  const notify = useStore((s) => s.notify);
  if (!job) return null;

  const counts = [
    t('countImported', { count: job.imported }),
    t('countDuplicates', { count: job.duplicates }),
    t('countFailed', { count: job.failed }),
    ...(job.skipped ? [t('countSkipped', { count: job.skipped })] : []),
  ].join(' · ');
  const status = job.error
    ? t('importRefused', { message: job.error })
    : job.finished
      ? job.phase === 'cancelled'
        ? t('importCancelled', { done: job.done, total: job.total })
        : t('importFinished', { count: job.total, total: job.total })
      : job.phase === 'scanning'
        ? t('importScanning')
        : job.phase === 'thumbnails'
          ? t('importThumbnails', { count: job.mediaPending })
          : t('importRunning', { done: job.done, total: job.total });

  return (
    <section className="import-progress card" aria-label={t('importLabel')}>
      <div className="import-line">
        <div className="import-status">
          <p role="status">{status}</p>
          <p className="muted import-counts">{counts}</p>
          {job.landed && job.landed.length > 0 && <Landing landed={job.landed} unsorted={job.unsorted ?? 0} />}
        </div>
        {job.finished ? (
          <button onClick={dismiss}>{t('close')}</button>
        ) : (
          <button onClick={() => void cancel().catch((e) => notify({ kind: 'error', message: errorMessage(e) }))}>{t('cancelImport')}</button>
        )}
      </div>
      <progress aria-label={t('importProgress')} max={Math.max(job.total, 1)} value={job.finished && !job.total ? 1 : job.done} />
      {job.failures.length > 0 && (
        <details className="import-failures" open={job.failures.length <= 8}>
          <summary>{t('failuresTitle', { count: job.failures.length })}</summary>
          <ul aria-label={t('failuresTitle', { count: job.failures.length })}>
            {[...job.failures].sort((a, b) => baseName(a.path).localeCompare(baseName(b.path))).map((f) => (
              <li key={f.path}>
                <span className="failure-name" title={f.path}>
                  {baseName(f.path)}
                </span>{' '}
                — {t(`failure.${f.reason ?? 'unknown'}`, { defaultValue: t('failure.unknown') })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
