import type { TFunction } from 'i18next';
import { dayOfLocalTime, tripDays, type TripDay } from '../../../electron/shared/domain/days';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';

/** Entries in time order (ties: the one written first). */
export function byTime(a: Entry, b: Entry): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

export function entriesOfDay(doc: TripDocument, day: string): Entry[] {
  return doc.entries.filter((e) => dayOfLocalTime(e.start, doc.trip.dayStartHour) === day).sort(byTime);
}

/** A trip day (see tripDays) with how many entries and photos it has. */
export interface DayStats extends TripDay {
  entries: number;
  photos: number;
}

/** Every trip day with how many entries and photos it has. */
export function dayStats(doc: TripDocument): DayStats[] {
  const entries = new Map<string, number>();
  for (const e of doc.entries) {
    const day = dayOfLocalTime(e.start, doc.trip.dayStartHour);
    entries.set(day, (entries.get(day) ?? 0) + 1);
  }
  const photos = new Map<string, number>();
  for (const p of doc.photos) photos.set(p.day, (photos.get(p.day) ?? 0) + 1);
  return tripDays(doc.trip).map((d) => ({ ...d, entries: entries.get(d.date) ?? 0, photos: photos.get(d.date) ?? 0 }));
}

/** "10:30–11:15", from the stored wall-clock strings. */
export function timeRange(entry: Entry): string {
  const start = entry.start.slice(11, 16);
  return entry.end ? `${start}–${entry.end.slice(11, 16)}` : start;
}

/** The one line under an entry's title that says the most about it. */
export function entrySummary(entry: Entry, t: TFunction): string {
  const parts: string[] = [];
  switch (entry.kind) {
    case 'talk':
      parts.push(t('journal:formats.' + entry.format), entry.session, entry.room, entry.speakers.join(', '));
      break;
    case 'poster':
      parts.push(entry.board ? `#${entry.board}` : '', entry.qa.length ? t('journal:qaCount', { count: entry.qa.length }) : '');
      break;
    case 'booth':
      parts.push(entry.organisation);
      break;
    case 'person':
      parts.push(entry.title && entry.name && entry.name !== entry.title ? entry.name : '', entry.affiliation);
      break;
    case 'meal':
      parts.push(entry.meal ? t('journal:meals.' + entry.meal) : '', entry.dish, entry.place?.name ?? '', entry.rating ? '★'.repeat(entry.rating) : '');
      break;
    case 'place':
      parts.push(t('journal:placeKinds.' + entry.placeKind), entry.place?.name ?? '');
      break;
    case 'travel':
      parts.push(entry.from || entry.to ? `${entry.from || '?'} → ${entry.to || '?'}` : '', entry.carrier);
      break;
    case 'note':
      parts.push(entry.body.split('\n').find((line) => line.trim())?.replace(/^#+\s*/, '').slice(0, 120) ?? '');
      break;
  }
  if (entry.kind !== 'meal' && entry.kind !== 'place' && entry.place?.name) parts.push(entry.place.name);
  return parts.filter(Boolean).join(' · ');
}

/** What an entry is called in lists: its title, a person's name, or "Untitled talk". */
export function entryTitle(entry: Entry, t: TFunction): string {
  if (entry.title) return entry.title;
  if (entry.kind === 'person' && entry.name) return entry.name;
  return t('journal:untitled', { kind: t(`journal:kindsLower.${entry.kind}`) });
}
