import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import { EXPORT_FORMATS, type ExportFormat } from '../../../electron/shared/schemas/series';
import { onEvent } from '../../core/api';
import { useStore } from '../../core/store';
import { ExportReportView } from './ExportReportView';
import type { PublishSettings } from './seriesSlice';

const MIN_EDGE = 320;
const MAX_EDGE = 8192;

/** Publishes the series into a folder: format, photo size and privacy, the papers digest. */
export function PublishPanel({ view }: { view: SeriesView }) {
  const { t } = useTranslation('series');
  const seriesId = view.series.id;
  const ids = { folder: useId(), edge: useId(), edgeHint: useId(), dateHint: useId() };
  const uiLanguage = useStore((s) => s.language);
  const language = view.series.language ?? uiLanguage;
  const folder = useStore((s) => s.exportFolder);
  const state = useStore((s) => s.exportState);
  const chooseExportFolder = useStore((s) => s.chooseExportFolder);
  const publishSeries = useStore((s) => s.publishSeries);
  const [format, setFormat] = useState<ExportFormat>('html');
  const [longEdge, setLongEdge] = useState('1600');
  const [keepCaptureDate, setKeepCaptureDate] = useState(false);
  // The preview lists the digest whenever the trip has papers; publishing includes it by the same rule.
  const hasPapers = useStore((s) => (s.doc?.papers.length ?? 0) > 0);
  const [digest, setDigest] = useState(hasPapers);
  const [skipEmpty, setSkipEmpty] = useState(false);
  // Parts that would publish nothing of the writer's, by number and title: said before Publish.
  const emptyParts = view.series.parts.flatMap((p, i) => (view.emptyPartIds.includes(p.id) ? [{ n: i + 1, title: p.title || `${view.series.title} ${i + 1}` }] : []));
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  // Preparing photos is the slow part of publishing: main reports how far it got.
  useEffect(
    () => onEvent('series:export-progress', (p) => p.seriesId === seriesId && setProgress({ done: p.done, total: p.total })),
    [seriesId],
  );

  const edge = Number(longEdge);
  const edgeValid = Number.isInteger(edge) && edge >= MIN_EDGE && edge <= MAX_EDGE;
  const running = state.status === 'running';
  const settings = (): PublishSettings => ({ format, longEdge: edge, keepCaptureDate, digest, skipEmpty });
  const publish = (overwrite: boolean) => {
    setConfirming(false);
    setProgress(null);
    void publishSeries(seriesId, settings(), overwrite);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (folder && edgeValid && !running) publish(false);
  };

  return (
    <div className="publish">
      <form className="publish-form card" aria-label={t('publishForm')} onSubmit={onSubmit}>
        <fieldset className="formats">
          <legend>{t('format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className={`format-choice ${format === f ? 'chosen' : ''}`}>
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span className="format-name">{t(`formats.${f}`)}</span>
              <small className="muted">{t(`formatHints.${f}`)}</small>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <span id={ids.folder}>{t('outputFolder')}</span>
          <div className="folder-row">
            <code className={`folder-path ${folder ? '' : 'muted'}`} aria-labelledby={ids.folder} role="status">
              {folder ?? t('noFolder')}
            </code>
            <button type="button" onClick={() => void chooseExportFolder()}>
              {t('chooseFolder')}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.edge}>{t('longEdge')}</label>
          <input
            id={ids.edge}
            type="number"
            min={MIN_EDGE}
            max={MAX_EDGE}
            step={1}
            value={longEdge}
            aria-invalid={!edgeValid}
            aria-describedby={ids.edgeHint}
            onChange={(e) => setLongEdge(e.target.value)}
          />
          <small id={ids.edgeHint} className={edgeValid ? '' : 'field-error'}>
            {edgeValid ? t('longEdgeHint') : t('longEdgeInvalid', { min: MIN_EDGE, max: MAX_EDGE })}
          </small>
        </div>
        <div className="field checks">
          <label className="check">
            <input type="checkbox" checked={keepCaptureDate} aria-describedby={ids.dateHint} onChange={(e) => setKeepCaptureDate(e.target.checked)} />
            {t('keepCaptureDate')}
          </label>
          <small id={ids.dateHint}>{t('privacyNote')}</small>
          <label className="check">
            <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
            {t('addDigest')}
          </label>
        </div>
        {emptyParts.length > 0 && (
          <div className="empty-parts" role="alert">
            <p>{t('emptyPartsWarning', { count: emptyParts.length })}</p>
            <ul>
              {emptyParts.map((p) => (
                <li key={p.n}>{t('emptyPartItem', p)}</li>
              ))}
            </ul>
            <label className="check">
              <input type="checkbox" checked={skipEmpty} onChange={(e) => setSkipEmpty(e.target.checked)} />
              {t('skipEmpty')}
            </label>
          </div>
        )}
        <p className="muted small-text">{t('exportLanguage', { language: t(`languages.${language}`) })}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={!folder || !edgeValid || running}>
            {running ? t('publishing') : t('publish')}
          </button>
        </div>
      </form>
      <div className="publish-result">
        {state.status === 'conflict' && (
          <div className="conflict card" role="alert">
            <p>{state.message}</p>
            {confirming ? (
              <div className="confirm" role="group" aria-label={t('overwriteConfirmLabel')}>
                <p>{t('overwriteConfirm', { folder })}</p>
                <div className="actions">
                  <button type="button" onClick={() => setConfirming(false)}>
                    {t('cancel')}
                  </button>
                  <button type="button" className="primary danger-fill" onClick={() => publish(true)}>
                    {t('overwriteYes')}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('overwrite')}
              </button>
            )}
          </div>
        )}
        {state.status === 'error' && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        {running && (
          <p role="status">
            {progress && progress.total > 0 ? t('publishingPhotos', { done: progress.done, total: progress.total }) : t('publishing')}
          </p>
        )}
        {state.status === 'done' && state.report && <ExportReportView report={state.report} />}
        {state.status === 'idle' && <p className="muted publish-idle">{t('publishIdle')}</p>}
      </div>
    </div>
  );
}
