/** How an entry is named and summarised in lists (timeline, search, paper cards): shared words, so it lives below the features. */
import type { TFunction } from 'i18next';
import type { Entry } from '../../electron/shared/schemas/entry';

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
