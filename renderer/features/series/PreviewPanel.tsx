import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import { mediaUrl } from '../../core/api';
import { useStore } from '../../core/store';
import { partTitle } from './arrange';
import { DIGEST_PAGE } from './seriesSlice';

/** Where the service points preview images; the app's bridge may serve library media elsewhere (the e2e harness does). */
const SERVICE_MEDIA_PREFIX = 'proceedings-media://library/';

/**
 * One page as the HTML export publishes it, in a sandboxed iframe: no
 * scripts run in it and its links cannot navigate the app. The words the
 * export adds ("Previous", "Day 3") are in the series' language (the UI's until one is chosen).
 */
export function PreviewPanel({ view }: { view: SeriesView }) {
  const { t } = useTranslation('series');
  const uiLanguage = useStore((s) => s.language);
  const language = view.series.language ?? uiLanguage;
  const preview = useStore((s) => s.preview);
  const previewPage = useStore((s) => s.previewPage);
  const hasPapers = useStore((s) => (s.doc?.papers.length ?? 0) > 0);
  const { series } = view;
  // The digest is listed when there are papers to list, as Publish includes it by default then.
  const pages = [
    ...series.parts.map((p, i) => ({ id: p.id, label: `${i + 1}. ${partTitle(series.title, series.parts, i)}` })),
    ...(hasPapers || series.parts.length === 0 ? [{ id: DIGEST_PAGE, label: t('digest') }] : []),
  ];
  const [chosen, setChosen] = useState<string>(pages[0]!.id);
  const pageId = pages.some((p) => p.id === chosen) ? chosen : pages[0]!.id;

  // Asks again when the page, the language or the arrangement changes.
  useEffect(() => {
    void previewPage(series.id, pageId);
  }, [previewPage, series, pageId, language]);

  const shown = preview?.pageId === pageId ? preview : null;
  const base = mediaUrl('');
  const html = shown && base !== SERVICE_MEDIA_PREFIX ? shown.html.split(SERVICE_MEDIA_PREFIX).join(base) : (shown?.html ?? '');

  return (
    <div className="preview-layout">
      <nav aria-label={t('previewPages')} className="preview-pages">
        <ul>
          {pages.map((p) => (
            <li key={p.id}>
              <button type="button" aria-pressed={p.id === pageId} className={p.id === pageId ? 'active' : ''} onClick={() => setChosen(p.id)}>
                {p.label}
              </button>
            </li>
          ))}
        </ul>
        <p className="muted small-text">{t('previewNote', { language: t(`languages.${language}`) })}</p>
      </nav>
      <div className="preview-frame-wrap" aria-busy={shown?.status === 'loading'}>
        {shown?.status === 'error' && (
          <p role="alert" className="form-error">
            {shown.message}
          </p>
        )}
        {shown && shown.html && <iframe className="preview-frame" sandbox="" srcDoc={html} title={t('previewOf', { title: shown.title })} />}
        {!shown?.html && shown?.status !== 'error' && <p className="muted preview-loading">{t('previewLoading')}</p>}
      </div>
    </div>
  );
}
