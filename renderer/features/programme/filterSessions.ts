import { sessionMatcher } from '../../../electron/shared/domain/programme-search';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';

export interface ProgrammeFilter {
  /** The day being browsed; a search looks through every day. */
  day: string | null;
  room: string;
  track: string;
  starredOnly: boolean;
  query: string;
}

export const NO_FILTER: ProgrammeFilter = { day: null, room: '', track: '', starredOnly: false, query: '' };

/**
 * The sessions the view lists, in the programme's time order. Runs in the
 * renderer over the whole programme at each keystroke, so it must stay cheap
 * at 3,000 sessions: one pass, the search text precomputed per session.
 */
export function filterSessions(sessions: readonly ProgrammeSession[], filter: ProgrammeFilter): ProgrammeSession[] {
  const match = sessionMatcher(filter.query);
  const searching = filter.query.trim() !== '';
  return sessions.filter(
    (s) =>
      (searching || filter.day === null || s.day === filter.day) &&
      (!filter.room || s.room === filter.room) &&
      (!filter.track || s.track === filter.track) &&
      (!filter.starredOnly || s.starred) &&
      match(s),
  );
}

