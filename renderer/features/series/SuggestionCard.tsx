import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import { useStore } from '../../core/store';
import { partTitle } from './arrange';
import type { PlacementDoc as Doc } from '../../../electron/shared/domain/placement';
import { SectionText } from './SectionRow';
import { sectionInfo } from './sectionInfo';

/** The suggested split, shown before anything is stored: keep it (with a title) or discard it. */
export function SuggestionCard({ suggestion, doc }: { suggestion: SeriesView; doc: Doc }) {
  const { t } = useTranslation('series');
  const language = useStore((s) => s.language);
  const createSeries = useStore((s) => s.createSeries);
  const discardSuggestion = useStore((s) => s.discardSuggestion);
  const headingId = useId();
  const titleId = useId();
  const [title, setTitle] = useState(suggestion.series.title);
  const { parts } = suggestion.series;
  const shownTitle = title.trim() || suggestion.series.title;

  return (
    <section className="suggestion card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('suggestionHeading')}</h2>
      <p className="muted">{t('suggestionBody', { count: parts.length })}</p>
      <div className="field">
        <label htmlFor={titleId}>{t('seriesTitle')}</label>
        <input id={titleId} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <ol className="suggestion-parts" aria-label={t('suggestedParts')}>
        {parts.map((part, i) => (
          <li key={part.id}>
            <strong>{partTitle(shownTitle, parts, i)}</strong>
            <ul>
              {part.sections.map((s) => {
                const info = sectionInfo(doc, parts, s, t, language);
                return (
                  <li key={info.key}>
                    <SectionText info={info} />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={discardSuggestion}>
          {t('discard')}
        </button>
        <button type="button" className="primary" onClick={() => void createSeries('suggestion', title)}>
          {t('keepSuggestion')}
        </button>
      </div>
    </section>
  );
}
