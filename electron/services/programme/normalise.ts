import { dedupeIds, sessionIdFor } from '../../shared/domain/programme-merge';
import { sessionDay } from '../../shared/domain/programme-days';
import { instantOfWallClock, wallClockAt } from '../../shared/domain/programme-time';
import { addDays } from '../../shared/domain/days';
import { ProgrammeSession } from '../../shared/schemas/programme';
import type { ParseContext, RawSession } from './raw-session';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Puts parsed sessions on the venue's clock and the trip's days, with ids that
 * stay the same on every import of the same file: the uid when the file's uids
 * are unique, else the uid (or nothing) with the title and the start.
 */
export function normaliseSessions(raw: RawSession[], ctx: ParseContext): ProgrammeSession[] {
  const uidCount = new Map<string, number>();
  for (const r of raw) if (r.sourceUid) uidCount.set(r.sourceUid, (uidCount.get(r.sourceUid) ?? 0) + 1);
  const sessions = raw.map((r) => {
    let startAt = r.startMs;
    let endAt = r.endMs;
    let start: string;
    let end: string;
    if (r.allDay) {
      start = `${r.allDay.first}T00:00`;
      end = `${addDays(r.allDay.last, 1)}T00:00`;
      startAt = instantOfWallClock(start, ctx.venueZone);
      endAt = instantOfWallClock(end, ctx.venueZone);
    } else {
      start = wallClockAt(startAt, ctx.venueZone);
      end = wallClockAt(endAt, ctx.venueZone);
    }
    const startIso = new Date(startAt).toISOString();
    const unique = r.sourceUid && uidCount.get(r.sourceUid) === 1;
    const key = unique ? r.sourceUid : `${r.sourceUid}|${r.title}|${startIso}|${r.room}`;
    return ProgrammeSession.parse({
      id: sessionIdFor(key),
      sourceUid: clip(r.sourceUid, 500),
      title: clip(r.title, 500),
      startAt: startIso,
      endAt: new Date(endAt).toISOString(),
      start,
      end,
      day: sessionDay(start, Boolean(r.allDay), ctx.dayStartHour),
      allDay: Boolean(r.allDay),
      room: clip(r.room, 200),
      track: clip(r.track, 200),
      speakers: r.speakers.slice(0, 100).map((s) => clip(s, 200)),
      url: r.url.length <= 2000 ? r.url : '',
      abstract: clip(r.abstract, 50_000),
      cancelled: r.cancelled,
    });
  });
  dedupeIds(sessions);
  return sessions;
}
