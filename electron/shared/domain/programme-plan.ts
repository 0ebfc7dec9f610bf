import type { Entry } from '../schemas/entry';
import type { ProgrammeSession } from '../schemas/programme';
import { starredConflicts } from './programme-overlap';

/** For each starred session that overlaps another starred one, the titles of those it clashes with. */
export function conflictTitles(sessions: readonly ProgrammeSession[]): Map<string, string[]> {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  const add = (id: string, other: string) => out.set(id, [...(out.get(id) ?? []), byId.get(other)?.title ?? other]);
  for (const c of starredConflicts([...sessions])) {
    add(c.a, c.b);
    add(c.b, c.a);
  }
  return out;
}

/**
 * The starred sessions of a conference day still to show as planned on its
 * timeline: a session an entry was already made from is shown by that entry
 * alone, never twice. Cancelled and removed stars stay (marked) so the plan
 * says what fell through.
 */
export function plannedSessions(sessions: readonly ProgrammeSession[], entries: readonly Pick<Entry, 'sessionId'>[], day: string): ProgrammeSession[] {
  const logged = new Set(entries.map((e) => e.sessionId).filter(Boolean));
  return sessions.filter((s) => s.starred && s.day === day && !logged.has(s.id));
}

/** The entry made from each session (the first, if several were). */
export function entriesBySession(entries: readonly Pick<Entry, 'id' | 'sessionId'>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (e.sessionId && !out.has(e.sessionId)) out.set(e.sessionId, e.id);
  return out;
}
