import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '../../../electron/shared/contract/series';
import { useStore } from '../../core/store';
import { ArrangeEditor } from './ArrangeEditor';
import { CommitField } from './CommitField';
import type { PlacementDoc as Doc } from '../../../electron/shared/domain/placement';
import { PreviewPanel } from './PreviewPanel';
import { PublishPanel } from './PublishPanel';
import { SeriesSettings } from './SeriesSettings';

const PANELS = ['arrange', 'preview', 'publish'] as const;
type Panel = (typeof PANELS)[number];

/** One stored series: its title, then Arrange · Preview · Publish. */
export function SeriesEditor({ view, doc }: { view: SeriesView; doc: Doc }) {
  const { t } = useTranslation('series');
  const renameSeries = useStore((s) => s.renameSeries);
  const deleteSeries = useStore((s) => s.deleteSeries);
  const saving = useStore((s) => s.seriesSaving);
  const [panel, setPanel] = useState<Panel>('arrange');
  const base = useId();
  const tabs = useRef<Record<Panel, HTMLButtonElement | null>>({ arrange: null, preview: null, publish: null });
  const { series } = view;

  // Tabs pattern: arrows move between tabs, each tab shows its panel.
  const onTabKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length]!;
    setPanel(next);
    tabs.current[next]?.focus();
  };

  return (
    <section className="series-editor" aria-label={series.title}>
      {/* The title is edited in a field; this heading keeps the outline h1 → h2 → h3 (parts, report). */}
      <h2 className="visually-hidden">{series.title}</h2>
      <div className="series-title-row">
        <CommitField
          className="series-title"
          label={t('seriesTitle')}
          value={series.title}
          maxLength={300}
          onCommit={(title) => renameSeries(series.id, title)}
        />
        <span className="save-state muted" role="status">
          {saving ? t('saving') : t('saved')}
        </span>
        <button type="button" className="danger" onClick={() => void deleteSeries(series.id)}>
          {t('deleteSeries')}
        </button>
      </div>
      <SeriesSettings view={view} />
      <div className="series-tabs" role="tablist" aria-label={t('seriesSections')} onKeyDown={onTabKey}>
        {PANELS.map((p) => (
          <button
            key={p}
            ref={(el) => {
              tabs.current[p] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${p}-tab`}
            aria-selected={panel === p}
            aria-controls={`${base}-${p}-panel`}
            tabIndex={panel === p ? 0 : -1}
            className={panel === p ? 'active' : ''}
            onClick={() => setPanel(p)}
          >
            {t(`panels.${p}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-${panel}-panel`} aria-labelledby={`${base}-${panel}-tab`} className="series-panel">
        {panel === 'arrange' && <ArrangeEditor view={view} doc={doc} />}
        {panel === 'preview' && <PreviewPanel view={view} />}
        {panel === 'publish' && <PublishPanel view={view} />}
      </div>
    </section>
  );
}
