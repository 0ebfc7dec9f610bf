import { entryDay } from '../../../electron/shared/domain/days';
import { inTimeOrder } from '../../../electron/shared/domain/order';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry, EntryKind } from '../../../electron/shared/schemas/entry';
import { findMatch, normalizeText } from './hangul';

export const SEARCH_GROUPS = ['entries', 'people', 'places', 'qa', 'papers'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export interface SearchHit {
  group: SearchGroup;
  /** The entry to open; for a paper, its first talk or poster (absent when none). */
  entryId?: string;
  paperId?: string;
  kind?: EntryKind;
  title: string;
  /** The matching text around the match, when it is not the title itself. */
  snippet: string;
  /** The whole text that matched, when it is not the title (the editor focuses the control holding it). */
  matched?: string;
  /** Trip day of the entry (YYYY-MM-DD), or '' for a paper on no entry. */
  day: string;
  start: string;
}

interface Field {
  group: Exclude<SearchGroup, 'papers'>;
  text: string;
}

/** Which texts of an entry are searched, in the order that decides its group. */
function fieldsOf(entry: Entry): Field[] {
  const fields: Field[] = [{ group: entry.kind === 'person' ? 'people' : entry.kind === 'place' ? 'places' : 'entries', text: entry.title }];
  if (entry.kind === 'person') fields.push(...[entry.name, entry.affiliation, entry.contact].map((text) => ({ group: 'people' as const, text })));
  if (entry.kind === 'talk') fields.push(...entry.speakers.map((text) => ({ group: 'people' as const, text })));
  if (entry.place?.name) fields.push({ group: 'places', text: entry.place.name });
  if (entry.kind === 'travel') fields.push(...[entry.from, entry.to, entry.carrier].map((text) => ({ group: 'places' as const, text })));
  if (entry.kind === 'poster') {
    for (const item of entry.qa) fields.push(...[item.question, item.answer, item.asker].map((text) => ({ group: 'qa' as const, text })));
  }
  const other: string[] = [entry.body, ...entry.tags];
  if (entry.kind === 'talk') other.push(entry.session, entry.room);
  if (entry.kind === 'poster') other.push(entry.board);
  if (entry.kind === 'booth') other.push(entry.organisation);
  if (entry.kind === 'meal') other.push(entry.dish);
  fields.push(...other.map((text) => ({ group: 'entries' as const, text })));
  return fields.filter((f) => f.text);
}

/** `$…$` and `$$…$$` spans of a text (Markdown math), as [from, to) offsets. */
export function mathSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /\$\$[\s\S]+?\$\$|\$[^$\n]+?\$/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * The text around a match, on one line. Its ends never cut a `$…$` formula in
 * two, so the dialog can typeset the math it shows instead of raw LaTeX.
 */
function snippetAround(text: string, at: number, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  let from = Math.max(0, at - 30);
  let to = Math.min(oneLine.length, at + length + 60);
  for (const [a, b] of mathSpans(oneLine)) {
    if (a < from && from < b) from = a;
    if (a < to && to < b) to = b;
  }
  return `${from > 0 ? '…' : ''}${oneLine.slice(from, to).trim()}${to < oneLine.length ? '…' : ''}`;
}

/** Finds `query` in the open trip; each entry is listed once, under the group of its first matching field. */
export function searchTrip(doc: TripDocument, query: string, limitPerGroup = 30): Record<SearchGroup, SearchHit[]> {
  const groups = Object.fromEntries(SEARCH_GROUPS.map((g) => [g, [] as SearchHit[]])) as Record<SearchGroup, SearchHit[]>;
  const q = normalizeText(query.trim());
  if (!q) return groups;
  const sorted = inTimeOrder(doc.entries);
  const dayOf = (e: Entry) => entryDay(doc, e);

  for (const entry of sorted) {
    for (const field of fieldsOf(entry)) {
      const normalized = normalizeText(field.text);
      const at = findMatch(normalized, q);
      if (at < 0) continue;
      const list = groups[field.group];
      if (list.length < limitPerGroup) {
        list.push({
          group: field.group,
          entryId: entry.id,
          paperId: entry.paperId,
          kind: entry.kind,
          title: entry.title || (entry.kind === 'person' ? entry.name : ''),
          snippet: field.text === entry.title ? '' : snippetAround(field.text, at, q.length),
          matched: field.text === entry.title ? undefined : field.text,
          day: dayOf(entry),
          start: entry.start,
        });
      }
      break;
    }
  }

  for (const paper of doc.papers) {
    const texts = [paper.title, ...paper.authors, paper.key, paper.venue].filter(Boolean);
    const text = texts.find((t) => findMatch(normalizeText(t), q) >= 0);
    if (text === undefined || groups.papers.length >= limitPerGroup) continue;
    const first = sorted.find((e) => e.paperId === paper.id);
    groups.papers.push({
      group: 'papers',
      paperId: paper.id,
      entryId: first?.id,
      kind: first?.kind,
      title: paper.title || paper.key,
      snippet: text === paper.title ? paper.key : text,
      day: first ? dayOf(first) : '',
      start: first?.start ?? '',
    });
  }
  // Starred papers first, as everywhere else.
  const starred = new Set(doc.papers.filter((p) => p.starred).map((p) => p.id));
  groups.papers.sort((a, b) => Number(starred.has(b.paperId!)) - Number(starred.has(a.paperId!)));
  return groups;
}

/** The hits in display order, for arrow-key navigation across groups. */
export function flattenHits(groups: Record<SearchGroup, SearchHit[]>): SearchHit[] {
  return SEARCH_GROUPS.flatMap((g) => groups[g]);
}
