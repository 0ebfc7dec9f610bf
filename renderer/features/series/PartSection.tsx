import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Part, Section } from '../../../electron/shared/schemas/series';
import { errorMessage } from '../../core/api';
import { useStore } from '../../core/store';
import { moveSection, nudgeSection, partTitle, splitPart } from './arrange';
import { CommitField } from './CommitField';
import { MoveMenu, type MoveChoice } from './MoveMenu';
import type { Arrange } from './PartCard';
import { entriesOfDaySection, type PlacementDoc as Doc } from '../../../electron/shared/domain/placement';
import { focusSection, SectionRow, SectionText } from './SectionRow';
import { sectionInfo } from './sectionInfo';

interface Props {
  seriesTitle: string;
  parts: Part[];
  partIndex: number;
  index: number;
  section: Section;
  doc: Doc;
  arrange: Arrange;
}

const END = Number.MAX_SAFE_INTEGER;

/**
 * One section of a part with its controls: up / down, "Move to…", "Split
 * here"; a day can also show its entries, so one entry (the posters of day 3)
 * can be taken out to another part while the rest of the day stays.
 */
export function PartSection({ seriesTitle, parts, partIndex, index, section, doc, arrange }: Props) {
  const { t } = useTranslation('series');
  const language = useStore((s) => s.language);
  const updateTrip = useStore((s) => s.updateTrip);
  const notify = useStore((s) => s.notify);
  const [showEntries, setShowEntries] = useState(false);
  const listId = useId();
  const info = sectionInfo(doc, parts, section, t, language);
  const n = partIndex + 1;
  const lastPart = partIndex === parts.length - 1;
  const lastSection = index === parts[partIndex]!.sections.length - 1;
  const dayEntries = section.type === 'day' ? entriesOfDaySection(doc, parts, section.date) : [];

  const move = (change: (p: Part[]) => Part[], key = info.key) => {
    arrange(change);
    focusSection(key);
  };
  const partChoices = (exclude: number): MoveChoice[] =>
    parts.map((_, i) => ({ label: t('toPart', { n: i + 1, title: partTitle(seriesTitle, parts, i) }), target: i, disabled: i === exclude }));

  return (
    <SectionRow
      info={info}
      controls={
        <>
          {dayEntries.length > 0 && (
            <button
              type="button"
              className="small"
              aria-expanded={showEntries}
              aria-controls={showEntries ? listId : undefined}
              aria-label={t('showEntriesLabel', { name: info.name })}
              onClick={() => setShowEntries((v) => !v)}
            >
              {showEntries ? t('hideEntries') : t('showEntries')}
            </button>
          )}
          {index > 0 && (
            <button type="button" className="small" aria-label={t('splitLabel', { n, name: info.name })} title={t('splitHint')} onClick={() => arrange((p) => splitPart(p, partIndex, index))}>
              {t('split')}
            </button>
          )}
          <button type="button" className="small" aria-label={t('moveUp', { name: info.name })} disabled={partIndex === 0 && index === 0} onClick={() => move((p) => nudgeSection(p, info.key, -1))}>
            ↑
          </button>
          <button type="button" className="small" aria-label={t('moveDown', { name: info.name })} disabled={lastPart && lastSection} onClick={() => move((p) => nudgeSection(p, info.key, 1))}>
            ↓
          </button>
          <MoveMenu
            text={t('moveTo')}
            label={t('moveToLabel', { name: info.name })}
            menuLabel={t('moveToMenu', { name: info.name })}
            choices={[...partChoices(partIndex), { label: t('notInAnyPart'), target: null }]}
            onChoose={(target) => move((p) => moveSection(p, info.key, target === null ? null : { part: target, index: END }))}
          />
        </>
      }
      below={
        <>
          {section.type === 'day' && (
            <CommitField
              multiline
              className="day-intro"
              label={t('dayIntro', { name: info.name })}
              placeholder={t('dayIntroPlaceholder')}
              value={doc.trip.days[section.date]?.intro ?? ''}
              maxLength={50_000}
              onCommit={(intro) => {
                // The day's words belong to the trip (every series shows them), not to this arrangement.
                const days = { ...doc.trip.days, [section.date]: { title: '', ...doc.trip.days[section.date], intro } };
                updateTrip(doc.trip.id, { days }).catch((error: unknown) => notify({ kind: 'error', message: errorMessage(error) }));
              }}
            />
          )}
          {showEntries && (
            <ul id={listId} className="day-entries" aria-label={t('entriesOf', { name: info.name })}>
              {dayEntries.map((entry) => {
                const entryInfo = sectionInfo(doc, parts, { type: 'entry', entryId: entry.id }, t, language);
                return (
                  <li key={entry.id}>
                    <SectionText info={entryInfo} />
                    <MoveMenu
                      text={t('moveTo')}
                      label={t('moveToLabel', { name: entryInfo.name })}
                      menuLabel={t('moveToMenu', { name: entryInfo.name })}
                      // It is already shown in this part through its day.
                      choices={partChoices(partIndex)}
                      onChoose={(target) => target !== null && move((p) => moveSection(p, entryInfo.key, { part: target, index: END }), entryInfo.key)}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </>
      }
    />
  );
}
