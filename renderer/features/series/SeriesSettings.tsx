import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import { SERIES_STYLES, type ExportLanguage, type SeriesStyle } from '../../../electron/shared/schemas/series';
import { useStore } from '../../core/store';
import { CommitField } from './CommitField';

/**
 * How the whole series reads: the writer's opening words, the style (a log
 * with clock times, or a story) and the language of the words the export adds.
 * All three are stored on the series, so preview and every export agree.
 */
export function SeriesSettings({ view }: { view: SeriesView }) {
  const { t } = useTranslation('series');
  const ids = { style: useId(), language: useId(), styleHint: useId() };
  const uiLanguage = useStore((s) => s.language);
  const setSeriesSettings = useStore((s) => s.setSeriesSettings);
  const { series } = view;
  return (
    <div className="series-settings card">
      <CommitField
        multiline
        className="series-intro"
        label={t('seriesIntro')}
        placeholder={t('seriesIntroPlaceholder')}
        value={series.intro}
        maxLength={50_000}
        onCommit={(intro) => setSeriesSettings(series.id, { intro })}
      />
      <div className="series-settings-row">
        <label htmlFor={ids.style}>{t('style')}</label>
        <select
          id={ids.style}
          value={series.style}
          aria-describedby={ids.styleHint}
          onChange={(e) => setSeriesSettings(series.id, { style: e.target.value as SeriesStyle })}
        >
          {SERIES_STYLES.map((s) => (
            <option key={s} value={s}>
              {t(`styles.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.language}>{t('seriesLanguage')}</label>
        <select
          id={ids.language}
          value={series.language ?? uiLanguage}
          onChange={(e) => setSeriesSettings(series.id, { language: e.target.value as ExportLanguage })}
        >
          {(['en', 'ko'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
        <small id={ids.styleHint} className="muted">
          {t(`styleHints.${series.style}`)}
        </small>
      </div>
    </div>
  );
}
