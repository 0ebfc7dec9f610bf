import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import { mediaUrl } from '../../core/api';
import { useStore } from '../../core/store';
import { partTitle } from './arrange';
import { DIGEST_PAGE } from './seriesSlice';

/** Where the service points preview images; the app's bridge may serve library media elsewhere (the e2e harness does). */
const SERVICE_MEDIA_PREFIX = 'proceedings-media://library/';
/** electron/services/export/preview.ts keeps each image's address here until it nears the view. */
const DEFERRED_SRC = 'data-preview-src';

/**
 * Gives each deferred image of the preview its `src` as it comes within a
 * screen of the view, so a 90-entry part fetches the few images in sight, not
 * all of them. The observer runs here, in the app: the preview runs no script.
 * Only library media addresses are ever set (`base`), whatever the page says.
 */
function loadImagesInView(frame: HTMLIFrameElement, base: string): () => void {
  const doc = frame.contentDocument;
  if (!doc) return () => undefined;
  const observer = new IntersectionObserver(
    (seen) => {
      for (const { isIntersecting, target } of seen) {
        if (!isIntersecting) continue;
        observer.unobserve(target);
        const src = target.getAttribute(DEFERRED_SRC);
        target.removeAttribute(DEFERRED_SRC);
        if (src?.startsWith(base)) target.setAttribute('src', src);
      }
    },
    { root: doc, rootMargin: '100% 0px' },
  );
  for (const img of doc.querySelectorAll(`img[${DEFERRED_SRC}]`)) observer.observe(img);
  return () => observer.disconnect();
}

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

  const frame = useRef<HTMLIFrameElement>(null);
  const stopImages = useRef<() => void>(() => undefined);
  useEffect(() => () => stopImages.current(), []);

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
        {/*
          sandbox="allow-same-origin" without "allow-scripts": nothing in the page can run, so sharing the app's origin gives
          the page itself no power; it lets the app reach into the page's DOM to set image sources as they come into view
          (scripts and same-origin together would let a page lift its own sandbox: never add allow-scripts here). Forms,
          popups, plugins and navigating the app stay blocked, and a srcdoc page inherits the app's Content-Security-Policy.
        */}
        {shown && shown.html && (
          <iframe
            ref={frame}
            className="preview-frame"
            sandbox="allow-same-origin"
            srcDoc={html}
            title={t('previewOf', { title: shown.title })}
            onLoad={() => {
              stopImages.current();
              stopImages.current = frame.current ? loadImagesInView(frame.current, base) : () => undefined;
            }}
          />
        )}
        {!shown?.html && shown?.status !== 'error' && <p className="muted preview-loading">{t('previewLoading')}</p>}
      </div>
    </div>
  );
}
