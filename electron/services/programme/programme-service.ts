import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sessionMatcher } from '../../shared/domain/programme-search';
import { outsideTrip } from '../../shared/domain/programme-days';
import { mergeProgramme, SCHEDULED_FIELDS } from '../../shared/domain/programme-merge';
import { sessionsAround, starredConflicts } from '../../shared/domain/programme-overlap';
import { LOCAL_DATE_RE, LOCAL_DATE_TIME_RE } from '../../shared/schemas/time';
import type { ImportReport, ProgrammeDocument, ProgrammeSession } from '../../shared/schemas/programme';
import type { EntryResult } from '../journal/entries';
import type { Library } from '../library/library';
import { AppError, toAppError } from '../util/errors';
import { nowIso } from '../util/ids';
import { parseProgramme } from './detect';
import { createEntryFor, followSessions } from './entry-from-session';
import { normaliseSessions } from './normalise';
import { readProgramme, writeProgramme } from './programme-store';
import { badFile } from './raw-session';

/** A programme file: its bytes (a dropped file, a test) or a path to read. */
export type ProgrammeInput = { bytes: Uint8Array; name?: string } | { path: string };

/** Programme files are text; anything this big is not one (CVPR's 3,000 sessions are ~3 MB as .ics). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function bytesOf(input: ProgrammeInput): Promise<{ bytes: Uint8Array; name: string }> {
  if ('bytes' in input) return { bytes: input.bytes, name: input.name ?? '' };
  try {
    const bytes = await readFile(input.path);
    if (bytes.length > MAX_FILE_BYTES) throw badFile(`${input.path} is ${Math.round(bytes.length / 1e6)} MB — too large for a programme file.`);
    return { bytes, name: path.basename(input.path) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new AppError('not-found', `There is no file ${input.path}.`);
    if (e.code === 'EISDIR') throw badFile(`${input.path} is a folder, not a programme file.`);
    throw toAppError(error);
  }
}

/**
 * Imports (or re-imports) a trip's programme. Everything is checked before
 * anything is written: a file that cannot be read, or whose sessions fall outside
 * the trip's days, changes nothing.
 */
export async function importProgramme(library: Library, tripId: string, input: ProgrammeInput): Promise<ImportReport> {
  const doc = await library.trip(tripId);
  const { trip } = doc;
  const { bytes, name } = await bytesOf(input);
  const ctx = { venueZone: trip.timeZone, dayStartHour: trip.dayStartHour };
  const parsed = parseProgramme(bytes, ctx);
  const sessions = normaliseSessions(parsed.sessions, ctx);
  if (sessions.length === 0) throw badFile(`${name || 'The file'} has no sessions to import.`);
  const outside = outsideTrip(sessions.map((s) => s.day), trip);
  if (outside) {
    throw badFile(
      `This programme is for ${outside.fileFirst} – ${outside.fileLast}, but the trip "${trip.title}" runs ` +
        `${outside.tripFirst} – ${outside.tripLast} (travel days included): ${outside.outside} of ${outside.total} sessions fall outside it. ` +
        'Nothing was imported — check the trip\'s dates, or choose this conference\'s programme.',
      { fileFirst: outside.fileFirst, fileLast: outside.fileLast, tripFirst: outside.tripFirst, tripLast: outside.tripLast },
    );
  }
  const existing = await readProgramme(library, tripId);
  const linked = new Set(doc.entries.map((e) => e.sessionId).filter(Boolean));
  const merged = mergeProgramme(existing?.sessions ?? [], sessions, (s) => linked.has(s.id) || s.starred);
  const next: ProgrammeDocument = {
    format: 'proceedings-programme',
    version: 1,
    tripId,
    importedAt: nowIso(),
    source: { format: parsed.format, name },
    sessions: merged.sessions,
  };
  await writeProgramme(library, next);
  const warnings = [...parsed.warnings];
  const moves = merged.changed
    .filter((c) => c.changes.some((ch) => (SCHEDULED_FIELDS as readonly string[]).includes(ch.field)))
    .map((c) => ({ before: c.before, after: c.session }));
  const entriesUpdated = await followSessions(library, tripId, doc, moves, warnings);
  const ref = (s: ProgrammeSession) => ({ id: s.id, title: s.title, start: s.start });
  return {
    tripId,
    format: parsed.format,
    sessionCount: merged.sessions.length,
    days: [...new Set(merged.sessions.map((s) => s.day))].sort(),
    added: merged.added.map(ref),
    changed: merged.changed.map((c) => ({ ...ref(c.session), changes: c.changes })),
    removed: merged.removed.map((r) => ({ ...ref(r.session), kept: r.kept })),
    cancelled: merged.cancelled.map(ref),
    entriesUpdated,
    warnings,
  };
}

export interface ListFilter {
  /** A conference day, YYYY-MM-DD. */
  day?: string;
  starred?: boolean;
  room?: string;
  track?: string;
  /** Matched in title, speakers, room, track and abstract with search's Hangul-aware rules. */
  query?: string;
}

/** The trip's sessions in time order (an empty list when no programme was imported). */
export async function listSessions(library: Library, tripId: string, filter: ListFilter = {}): Promise<ProgrammeSession[]> {
  if (filter.day !== undefined && !LOCAL_DATE_RE.test(filter.day)) throw badFile(`Invalid input — day: "${filter.day}" is not a date like 2024-06-18`);
  await library.trip(tripId);
  const doc = await readProgramme(library, tripId);
  if (!doc) return [];
  // The same matcher the Programme view filters with (Hangul-aware, a regex prefilter first).
  const matches = sessionMatcher(filter.query ?? '');
  return doc.sessions.filter(
    (s) =>
      (filter.day === undefined || s.day === filter.day) &&
      (filter.starred === undefined || s.starred === filter.starred) &&
      (filter.room === undefined || s.room === filter.room) &&
      (filter.track === undefined || s.track === filter.track) &&
      matches(s),
  );
}

/** Days, rooms and tracks of the programme, for browsing. */
export async function programmeFacets(library: Library, tripId: string): Promise<{ days: string[]; rooms: string[]; tracks: string[]; importedAt: string | null }> {
  await library.trip(tripId);
  const doc = await readProgramme(library, tripId);
  const sorted = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  if (!doc) return { days: [], rooms: [], tracks: [], importedAt: null };
  return {
    days: sorted(doc.sessions.map((s) => s.day)),
    rooms: sorted(doc.sessions.map((s) => s.room)),
    tracks: sorted(doc.sessions.map((s) => s.track)),
    importedAt: doc.importedAt,
  };
}

async function programmeOf(library: Library, tripId: string): Promise<ProgrammeDocument> {
  await library.trip(tripId);
  const doc = await readProgramme(library, tripId);
  if (!doc) throw new AppError('not-found', `Trip ${tripId} has no programme yet; import one first ("proceedings programme import --trip ${tripId} FILE").`);
  return doc;
}

export async function getSession(library: Library, tripId: string, sessionId: string): Promise<ProgrammeSession> {
  const doc = await programmeOf(library, tripId);
  const session = doc.sessions.find((s) => s.id === sessionId);
  if (!session) throw new AppError('not-found', `There is no session "${sessionId}" in the programme of trip ${tripId}.`);
  return session;
}

/** Stars (plans) or unstars a session. */
export async function starSession(library: Library, tripId: string, sessionId: string, on: boolean): Promise<ProgrammeSession> {
  const doc = await programmeOf(library, tripId);
  const at = doc.sessions.findIndex((s) => s.id === sessionId);
  if (at < 0) throw new AppError('not-found', `There is no session "${sessionId}" in the programme of trip ${tripId}.`);
  const session = { ...doc.sessions[at]!, starred: on };
  const sessions = [...doc.sessions];
  sessions[at] = session;
  await writeProgramme(library, { ...doc, sessions });
  return session;
}

/** Sessions to offer at a venue wall-clock time (quick capture): running now or about to start, starred first. */
export async function sessionsAt(library: Library, tripId: string, wallClock: string): Promise<ProgrammeSession[]> {
  if (!LOCAL_DATE_TIME_RE.test(wallClock)) throw badFile(`Invalid input — at: "${wallClock}" is not a local time like 2024-06-18T10:30`);
  await library.trip(tripId);
  const doc = await readProgramme(library, tripId);
  return doc ? sessionsAround(doc.sessions, wallClock) : [];
}

/** Pairs of starred sessions that overlap (the plan asks to be in two rooms at once). */
export async function programmeConflicts(library: Library, tripId: string): Promise<{ a: ProgrammeSession; b: ProgrammeSession; minutes: number }[]> {
  await library.trip(tripId);
  const doc = await readProgramme(library, tripId);
  if (!doc) return [];
  const byId = new Map(doc.sessions.map((s) => [s.id, s]));
  return starredConflicts(doc.sessions).map((c) => ({ a: byId.get(c.a)!, b: byId.get(c.b)!, minutes: c.minutes }));
}

/**
 * A talk entry filled from a session (title, speakers, room, track as the talk's
 * session, start, end, abstract, link) that remembers the session. `overrides`
 * are entry fields as `createEntry` takes them and win over the session's.
 */
export async function createEntryFromSession(
  library: Library,
  tripId: string,
  sessionId: string,
  overrides: Record<string, unknown> = {},
): Promise<EntryResult & { session: ProgrammeSession }> {
  const session = await getSession(library, tripId, sessionId);
  const result = await createEntryFor(library, tripId, session, overrides);
  return { ...result, session };
}
