/**
 * Instants ⇄ a zone's wall clock with nothing but Intl (no zone database of our
 * own), so the renderer, main and the CLI agree. A programme file says *when*
 * (an instant, or a time in some zone); the journal shows the venue's clock.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsAt(ms: number, zone: string): Fields {
  const out: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out as unknown as Fields;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The zone's offset from UTC at an instant, in minutes (+60 for Paris in winter). */
export function offsetMinutesAt(ms: number, zone: string): number {
  const f = fieldsAt(ms, zone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** `YYYY-MM-DDTHH:mm` on the zone's clock at an instant (seconds dropped, as the journal writes times). */
export function wallClockAt(ms: number, zone: string): string {
  const f = fieldsAt(ms, zone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm[:ss]`) means in a zone. A time
 * skipped by a DST jump (02:30 on the spring-forward night) is read with the
 * offset before the jump, which lands after it — what a clock on the wall would
 * show; a time that happens twice (the fall-back hour) is its first pass.
 */
export function instantOfWallClock(wall: string, zone: string): number {
  const [date, time = '00:00'] = wall.split('T') as [string, string | undefined];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s = 0] = time.split(':').map(Number) as [number, number, number | undefined];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Offsets a day either side bracket any transition near this time (zones change at most once a day).
  const before = offsetMinutesAt(asUtc - 86_400_000, zone);
  const after = offsetMinutesAt(asUtc + 86_400_000, zone);
  const valid = [before, after].map((o) => asUtc - o * 60_000).filter((t, i) => offsetMinutesAt(t, zone) === [before, after][i]);
  if (valid.length) return Math.min(...valid);
  return asUtc - before * 60_000;
}

/** "+01:00" for 60 minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
