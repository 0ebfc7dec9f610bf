import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayOf } from './dayLabel';

export interface DayChoice {
  date: string;
  inTrip: boolean;
  photos: number;
  flagged: number;
}

/** The days as compact tabs with photo counts; arrows, Home and End move between them (roving tab index). */
export const PhotoDayTabs = memo(function PhotoDayTabs({ days, selected, onSelect, panelId }: { days: DayChoice[]; selected: string; onSelect(date: string): void; panelId: string }) {
  const { t, i18n } = useTranslation('photos');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent, index: number) => {
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: days.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const day = days[Math.max(0, Math.min(days.length - 1, target))];
    if (!day) return;
    onSelect(day.date);
    buttons.current.get(day.date)?.focus();
  };
  return (
    <div className="photo-days" role="tablist" aria-label={t('days')}>
      {days.map((d, index) => {
        return (
          <button
            key={d.date}
            ref={(el) => void (el ? buttons.current.set(d.date, el) : buttons.current.delete(d.date))}
            role="tab"
            id={`photo-day-${d.date}`}
            aria-selected={d.date === selected}
            aria-controls={panelId}
            tabIndex={d.date === selected ? 0 : -1}
            className={`photo-day ${d.date === selected ? 'selected' : ''} ${d.inTrip ? '' : 'outside'}`}
            title={d.inTrip ? d.date : t('outsideTrip', { date: d.date })}
            onClick={() => onSelect(d.date)}
            onKeyDown={(e) => onKey(e, index)}
          >
            <span className="photo-day-date">
              <span className="photo-day-weekday">{weekdayOf(d.date, i18n.language)}</span> {d.date}
            </span>
            <span className="photo-day-count">
              {t('photoCount', { count: d.photos })}
              {d.flagged > 0 && <span className="flag-dot" role="img" aria-label={t('flaggedCount', { count: d.flagged })} title={t('flaggedCount', { count: d.flagged })} />}
            </span>
          </button>
        );
      })}
    </div>
  );
});
