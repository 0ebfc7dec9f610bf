import type { TFunction } from 'i18next';
import { tripDays } from '../../../electron/shared/domain/days';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { EntryKind } from '../../../electron/shared/schemas/entry';
import type { Part, Section } from '../../../electron/shared/schemas/series';
import { sectionKey } from './arrange';
import { entriesOfDaySection } from '../../../electron/shared/domain/placement';

type Doc = Pick<TripDocument, 'trip' | 'entries' | 'photos'>;

/** What a section row shows, and the short name controls use ("Move Mon 10-24 up"). */
export interface SectionInfo {
  key: string;
  type: Section['type'];
  /** Accessible name: the date of a day, the title of an entry. */
  name: string;
  /** Day: "Day 2" or "Travel day"; entry: its time "10-24 10:30". */
  when: string;
  /** Day: the day's own title; entry: empty. */
  detail: string;
  /** Day: "3 entries"; entry: empty. */
  count: string;
  entryKind?: EntryKind;
  /** The entry was deleted since it was placed. */
  missing?: boolean;
}

const WEEKDAYS = { en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], ko: ['일', '월', '화', '수', '목', '금', '토'] };

/** "Mon 2022-10-24" / "2022-10-24 (월)", computed in UTC so the host's zone never matters. */
export function dayName(date: string, language: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return language === 'ko' ? `${date} (${WEEKDAYS.ko[day]})` : `${WEEKDAYS.en[day]} ${date}`;
}

export function sectionInfo(doc: Doc, parts: readonly Part[], section: Section, t: TFunction, language: string): SectionInfo {
  const key = sectionKey(section);
  if (section.type === 'day') {
    // Numbered like the journal: conference days count from 1, travel days say Travel.
    const day = tripDays(doc.trip).find((d) => d.date === section.date);
    const count = entriesOfDaySection(doc, parts, section.date).length;
    return {
      key,
      type: 'day',
      name: dayName(section.date, language),
      when: !day ? t('outsideTrip') : day.kind === 'conference' ? t('conferenceDay', { n: day.number }) : t('travelDay'),
      detail: doc.trip.days[section.date]?.title ?? '',
      count: t('entryCount', { count }),
    };
  }
  const entry = doc.entries.find((e) => e.id === section.entryId);
  if (!entry) return { key, type: 'entry', name: t('missingEntry'), when: '', detail: '', count: '', missing: true };
  const name = entry.title.trim() || (entry.kind === 'person' && entry.name) || t('untitled', { kind: t(`kindsLower.${entry.kind}`) });
  return { key, type: 'entry', name, when: `${entry.start.slice(5, 10)} ${entry.start.slice(11, 16)}`, detail: '', count: '', entryKind: entry.kind };
}
