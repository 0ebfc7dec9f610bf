import type { Part, Section } from '../schemas/series';
import { tripDays } from './days';
import { placeableDays, type PlacementDoc } from './placement';

/**
 * The split to start from: the travel days before the conference as one
 * part, one part per conference day, the days after as one part. Days outside
 * the trip that still hold entries or photos join the first or last part, so
 * the suggestion leaves nothing out. Titles stay empty (the default "<series> N").
 */
export function suggestParts(doc: PlacementDoc, newId: () => string): Part[] {
  const days = tripDays(doc.trip);
  const groups: Section[][] = [];
  const before = days.filter((d) => d.kind === 'travel-before');
  const after = days.filter((d) => d.kind === 'travel-after');
  const day = (date: string): Section => ({ type: 'day', date });
  if (before.length) groups.push(before.map((d) => day(d.date)));
  for (const d of days) if (d.kind === 'conference') groups.push([day(d.date)]);
  if (after.length) groups.push(after.map((d) => day(d.date)));
  const first = days[0]!.date;
  const last = days[days.length - 1]!.date;
  const extra = placeableDays(doc);
  groups[0]!.unshift(...extra.filter((d) => d < first).map(day));
  groups[groups.length - 1]!.push(...extra.filter((d) => d > last).map(day));
  return groups.map((sections) => ({ id: newId(), title: '', intro: '', outro: '', sections }));
}
