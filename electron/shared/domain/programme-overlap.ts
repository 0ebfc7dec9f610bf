import type { ProgrammeSession } from '../schemas/programme';

type Timed = Pick<ProgrammeSession, 'id' | 'startAt' | 'endAt' | 'start' | 'end' | 'starred' | 'cancelled' | 'removed' | 'allDay'>;

/** Sessions that will take place (cancelled and removed ones are shown but not planned around). */
const live = <T extends Timed>(s: T) => !s.cancelled && !s.removed;

export interface Conflict {
  a: string;
  b: string;
  /** Minutes both run at once. */
  minutes: number;
}

/**
 * Overlapping starred sessions, each pair once. Touching ends (10:30 end, 10:30
 * start) are no conflict; all-day items (a poster hall open all day) never conflict.
 */
export function starredConflicts(sessions: Timed[]): Conflict[] {
  const starred = sessions.filter((s) => s.starred && live(s) && !s.allDay).sort((x, y) => (x.startAt < y.startAt ? -1 : 1));
  const out: Conflict[] = [];
  for (let i = 0; i < starred.length; i++) {
    const a = starred[i]!;
    for (let j = i + 1; j < starred.length && starred[j]!.startAt < a.endAt; j++) {
      const b = starred[j]!;
      const end = a.endAt < b.endAt ? a.endAt : b.endAt;
      const minutes = Math.round((Date.parse(end) - Date.parse(b.startAt)) / 60_000);
      if (minutes > 0) out.push({ a: a.id, b: b.id, minutes });
    }
  }
  return out;
}

/**
 * Sessions to offer at a wall-clock moment: running now, then starting within
 * `soonMinutes` (people open the capture as they sit down); starred first.
 */
export function sessionsAround<T extends Timed>(sessions: T[], wallClock: string, soonMinutes = 10): T[] {
  const at = wallClock.slice(0, 16);
  const soonLimit = addMinutes(at, soonMinutes);
  const running = (s: T) => s.start <= at && at < s.end;
  const soon = (s: T) => s.start > at && s.start <= soonLimit;
  const picked = sessions.filter((s) => live(s) && !s.allDay && (running(s) || soon(s)));
  const rank = (s: T) => (s.starred ? 0 : 2) + (running(s) ? 0 : 1);
  return picked.sort((x, y) => rank(x) - rank(y) || (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
}

/** Adds minutes to a wall-clock `YYYY-MM-DDTHH:mm` as a calendar does (no zone: the result is a wall clock too). */
export function addMinutes(wall: string, minutes: number): string {
  const t = Date.parse(`${wall.slice(0, 16)}:00Z`) + minutes * 60_000;
  return new Date(t).toISOString().slice(0, 16);
}
