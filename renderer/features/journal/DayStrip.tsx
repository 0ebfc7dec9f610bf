import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayStats } from '../../../electron/shared/domain/days';
import { weekday } from './weekday';

function formatDay(date: string, language: string) {
  // The date string is a calendar day, not an instant: format it in UTC so no zone shifts it.
  const at = new Date(`${date}T00:00:00Z`);
  return {
    weekday: weekday(at, language),
    // ISO dates in every language, as the editor, the series and the exports write them.
    date,
  };
}

/**
 * The trip's days as tabs (travel days included). Arrow keys, Home and End move
 * between days and select them; only the selected day is in the tab order.
 */
export function DayStrip({ days, selected, onSelect }: { days: DayStats[]; selected: string | null; onSelect(date: string): void }) {
  const { t, i18n } = useTranslation('journal');
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const onKey = (event: KeyboardEvent, index: number) => {
    const target = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: days.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const day = days[Math.max(0, Math.min(days.length - 1, target))];
    if (!day) return;
    onSelect(day.date);
    buttons.current.get(day.date)?.focus();
  };

  return (
    <div className="day-strip" role="tablist" aria-label={t('days')}>
      {days.map((day, index) => {
        const f = formatDay(day.date, i18n.language);
        const isSelected = day.date === selected;
        const travel = day.kind !== 'conference';
        return (
          <button
            key={day.date}
            ref={(el) => void (el ? buttons.current.set(day.date, el) : buttons.current.delete(day.date))}
            role="tab"
            id={`day-tab-${day.date}`}
            aria-selected={isSelected}
            aria-controls="day-panel"
            tabIndex={isSelected || (!selected && index === 0) ? 0 : -1}
            className={`day ${isSelected ? 'selected' : ''} ${travel ? 'travel' : ''}`}
            onClick={() => onSelect(day.date)}
            onKeyDown={(e) => onKey(e, index)}
            title={day.date}
          >
            <span className="day-top">
              <span className="day-weekday">{f.weekday}</span>
              <span className="day-index">{travel ? t('travelDay') : t('dayLabel', { index: day.number })}</span>
            </span>
            <span className="day-date">{f.date}</span>
            <span className="day-counts">
              <span>{t('entryCount', { count: day.entries })}</span>
              {day.photos > 0 && <span>{t('photoCount', { count: day.photos })}</span>}
            </span>
          </button>
        );
      })}
    </div>
  );
}
