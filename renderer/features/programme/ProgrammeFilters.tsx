import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeFilter } from './filterSessions';
import { dayWithWeekday } from './sessionText';

interface ProgrammeFiltersProps {
  days: string[];
  rooms: string[];
  tracks: string[];
  /** The day shown (the filter's, or the default one). */
  day: string | null;
  filter: ProgrammeFilter;
  count: number;
  onChange(filter: ProgrammeFilter): void;
}

/** Day tabs (ISO dates with weekdays, as the journal's strip), room and track, starred only, and the search box. */
export function ProgrammeFilters({ days, rooms, tracks, day, filter, count, onChange }: ProgrammeFiltersProps) {
  const { t, i18n } = useTranslation('programme');
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const set = (patch: Partial<ProgrammeFilter>) => onChange({ ...filter, ...patch });
  const searching = filter.query.trim() !== '';

  const onDayKey = (e: KeyboardEvent, index: number) => {
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: days.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = days[Math.max(0, Math.min(days.length - 1, target))];
    if (!next) return;
    set({ day: next });
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="programme-filters">
      <div className="programme-days" role="tablist" aria-label={t('days')}>
        {days.map((d, index) => {
          const f = dayWithWeekday(d, i18n.language);
          const selected = d === day && !searching;
          return (
            <button
              key={d}
              ref={(el) => void (el ? tabs.current.set(d, el) : tabs.current.delete(d))}
              role="tab"
              aria-selected={selected}
              tabIndex={d === day ? 0 : -1}
              className={`programme-day ${selected ? 'selected' : ''}`}
              onClick={() => set({ day: d, query: '' })}
              onKeyDown={(e) => onDayKey(e, index)}
            >
              <span className="day-weekday">{f.weekday}</span> <span className="day-date">{f.date}</span>
            </button>
          );
        })}
      </div>
      <div className="programme-filter-row">
        <input
          type="search"
          className="programme-search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <select aria-label={t('room')} value={filter.room} onChange={(e) => set({ room: e.target.value })}>
          <option value="">{t('allRooms')}</option>
          {rooms.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <select aria-label={t('track')} value={filter.track} onChange={(e) => set({ track: e.target.value })}>
          <option value="">{t('allTracks')}</option>
          {tracks.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label className="programme-starred">
          <input type="checkbox" checked={filter.starredOnly} onChange={(e) => set({ starredOnly: e.target.checked })} />
          {t('starredOnly')}
        </label>
        <span className="muted programme-count" role="status">
          {t('results', { count })}
        </span>
      </div>
    </div>
  );
}
