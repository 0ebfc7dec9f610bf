import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../core/api';
import { useStore } from '../../core/store';

type Format = 'bibtex' | 'csl-json';

/**
 * "Export citations…": BibTeX or CSL-JSON of the trip's papers (all or starred), saved where
 * main's save chooser points (main writes nowhere else), or copied as text.
 */
export function CitationsExport({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('papers');
  const doc = useStore((s) => s.doc);
  const notify = useStore((s) => s.notify);
  const [format, setFormat] = useState<Format>('bibtex');
  const [starred, setStarred] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  if (!doc) return null;
  const tripId = doc.trip.id;

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await work());
    } catch (error) {
      notify({ kind: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const { path } = await call('app.chooseSaveFile', { purpose: 'citations', format, name: doc.trip.title });
      if (!path) return null; // cancelled: nothing written, nothing to say
      const written = await call('papers.exportCitations', { tripId, format, starred, path });
      return t('exported', { count: written.count, file: written.file });
    });
  const copy = () =>
    run(async () => {
      const { text, count } = await call('papers.citations', { tripId, format, starred });
      await navigator.clipboard.writeText(text);
      return t('copied', { count });
    });

  return (
    <div className="citations-export card" role="group" aria-label={t('exportHeading')}>
      <fieldset>
        <legend>{t('format')}</legend>
        {(['bibtex', 'csl-json'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name="citation-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            {t(`formats.${f}`)}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={starred} onChange={(e) => setStarred(e.target.checked)} />
        {t('starredOnly')}
      </label>
      <div className="citations-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('saveCitations')}
        </button>
        <button type="button" disabled={busy} onClick={() => void copy()}>
          {t('copyCitations', { format: t(`formats.${format}`) })}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {result && (
        <p role="status" className="citations-result">
          {result}
        </p>
      )}
    </div>
  );
}
