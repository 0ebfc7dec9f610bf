import { useTranslation } from 'react-i18next';
import type { Paper } from '../../electron/shared/schemas/paper';
import { lookupState, provenance } from './paperLookupState';
import './paper-lookup.css';

interface Props {
  paper: Paper;
  lookupsOn: boolean;
  /** A "look up again" of this paper is running. */
  busy: boolean;
  onLookUpAgain(): void;
  /** Opens a link in the system browser (the app's external-link path). */
  onOpen(url: string): void;
  /** The editor shows the fetched title and authors too (the papers view has them as fields). */
  showTitle?: boolean;
}

/**
 * What a lookup brought and where it stands: venue, year, DOI, the PDF link, the
 * abstract (collapsed), which values are fetched and which the writer's, the status
 * line and "Look up again". Props in, callbacks out: the editor and the papers view share it.
 */
export function PaperLookupInfo({ paper, lookupsOn, busy, onLookUpAgain, onOpen, showTitle }: Props) {
  const { t } = useTranslation('paperLookup');
  const state = lookupState(paper, lookupsOn, busy);
  const service = (name: string) => t(`services.${name}`, { defaultValue: name });
  const fieldList = (fields: string[]) => fields.map((f) => t(`fields.${f}`)).join(', ');
  const { fetched, typed } = provenance(paper);
  const meta = [paper.venue, paper.year ? String(paper.year) : '', paper.doi ? `DOI ${paper.doi}` : ''].filter(Boolean);
  const status =
    state.kind === 'found'
      ? t('found', { service: service(state.service) })
      : state.kind === 'pending'
        ? t('pending', { reason: state.reason })
        : state.kind === 'not-found'
          ? t('notFound', { service: service(state.service), reason: state.reason })
          : t(state.kind === 'no-title' ? 'noTitle' : state.kind);
  const canAsk = state.kind !== 'web' && state.kind !== 'no-title';

  return (
    <div className="paper-lookup" data-lookup={state.kind}>
      {showTitle && (paper.title || paper.authors.length > 0) && (
        <p className="paper-lookup-title">
          {paper.title && <strong>{paper.title}</strong>}
          {paper.authors.length > 0 && <span className="muted"> — {paper.authors.join(', ')}</span>}
        </p>
      )}
      {(meta.length > 0 || paper.pdfUrl) && (
        <p className="paper-lookup-meta">
          {meta.length > 0 && <span>{meta.join(' · ')}</span>}
          {paper.pdfUrl && (
            <button type="button" className="link-button" onClick={() => onOpen(paper.pdfUrl!)} title={t('openPdf')} aria-label={t('openPdf')}>
              {t('pdf')} ↗
            </button>
          )}
        </p>
      )}
      {paper.abstract && (
        <details className="paper-abstract">
          <summary>{t('abstract')}</summary>
          <p>{paper.abstract}</p>
        </details>
      )}
      {(fetched.length > 0 || (typed.length > 0 && paper.fetched)) && (
        <p className="paper-provenance muted" title={t('typedHint')}>
          {fetched.length > 0 && <span>{t('fetched', { service: service(paper.lookup?.service ?? ''), fields: fieldList(fetched) })}</span>}
          {typed.length > 0 && paper.fetched && <span className="paper-typed">{t('typed', { fields: fieldList(typed) })}</span>}
        </p>
      )}
      <p className="paper-lookup-status" aria-live="polite">
        <span className={`lookup-badge ${state.kind}`}>{status}</span>
        {canAsk && (
          <button type="button" className="link-button" disabled={busy || !lookupsOn} onClick={onLookUpAgain} aria-label={t('lookUpAgainLabel', { title: paper.title || paper.key })}>
            {t('lookUpAgain')}
          </button>
        )}
      </p>
    </div>
  );
}
