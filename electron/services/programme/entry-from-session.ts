import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import type { ProgrammeSession } from '../../shared/schemas/programme';
import { createEntry, updateEntry, type EntryResult } from '../journal/entries';
import type { Library } from '../library/library';
import { normalizePaperLink } from '../../shared/domain/paper-links';

/**
 * What a talk entry made from a session starts with. The abstract opens the notes
 * as a quote (the writer's own notes follow, and the quote is theirs to keep or
 * cut); the session's link becomes the talk's paper link, as a pasted link would.
 * Everything here is overridable field by field.
 */
export function talkFieldsOf(session: ProgrammeSession): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    kind: 'talk',
    title: session.title,
    start: session.start,
    end: session.end > session.start ? session.end : null,
    speakers: session.speakers,
    room: session.room,
    session: session.track,
  };
  if (session.abstract) fields.body = `${session.abstract.split(/\r?\n/).map((l) => `> ${l}`.trimEnd()).join('\n')}\n\n`;
  if (session.url && normalizePaperLink(session.url)) {
    fields.paperLink = session.url;
    fields.paperTitle = session.title;
    if (session.speakers.length) fields.paperAuthors = session.speakers;
  }
  return fields;
}

export async function createEntryFor(
  library: Library,
  tripId: string,
  session: ProgrammeSession,
  overrides: Record<string, unknown>,
): Promise<EntryResult> {
  const base = talkFieldsOf(session);
  const input = { ...base, ...overrides };
  const kind = input.kind;
  if (kind !== 'talk') {
    // Talk-only fields would be refused on another kind (a workshop logged as a note).
    for (const key of ['speakers', 'room', 'session']) if (!(key in overrides)) delete input[key];
  }
  if (input.end === null) delete input.end;
  const result = await createEntry(library, tripId, input);
  // Set after creation: `sessionId` is the programme's link, not a field a user types.
  await library.mutate(tripId, (doc) => {
    const entry = doc.entries.find((e) => e.id === result.entry.id);
    if (entry) entry.sessionId = session.id;
  });
  result.entry.sessionId = session.id;
  return result;
}

export interface FollowedEntry {
  entryId: string;
  sessionId: string;
  fields: string[];
}

/**
 * Entries made from a session follow its scheduled fields (start, end, room)
 * when the programme moves it — but only fields the writer left as the programme
 * had them: a start corrected to when the talk really began stays.
 */
export async function followSessions(
  library: Library,
  tripId: string,
  doc: TripDocument,
  moves: { before: ProgrammeSession; after: ProgrammeSession }[],
  warnings: string[],
): Promise<FollowedEntry[]> {
  const out: FollowedEntry[] = [];
  for (const { before, after } of moves) {
    for (const entry of doc.entries.filter((e) => e.sessionId === after.id)) {
      const patch: Record<string, unknown> = {};
      const kept: string[] = [];
      const follow = (field: 'start' | 'end' | 'room', current: string | undefined, was: string, now: string) => {
        if (was === now) return;
        if ((current ?? '') === was) patch[field] = field === 'end' && !now ? null : now;
        else kept.push(`${field} ${current || '(none)'} (the programme now says ${now || '(none)'})`);
      };
      follow('start', entry.start, before.start, after.start);
      follow('end', entry.end, before.end, after.end);
      if (entry.kind === 'talk') follow('room', entryRoom(entry), before.room, after.room);
      if (kept.length) warnings.push(`Entry ${entry.id} "${entry.title}" keeps what was written: ${kept.join('; ')}.`);
      if (Object.keys(patch).length === 0) continue;
      try {
        await updateEntry(library, tripId, entry.id, patch);
        out.push({ entryId: entry.id, sessionId: after.id, fields: Object.keys(patch) });
      } catch (error) {
        warnings.push(`Entry ${entry.id} "${entry.title}" could not follow its session: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

const entryRoom = (entry: Entry) => (entry.kind === 'talk' ? entry.room : '');
