import { formatOffset, instantOfWallClock, offsetMinutesAt } from '../../shared/domain/programme-time';
import { isIanaTimeZone } from '../../shared/schemas/time';
import { badFile, clean, durationMinutes, type ParseContext, type ParsedProgramme, type RawSession } from './raw-session';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The `schedule.json` of pretalx and frab (the format Giggity and
 * EventFahrplan read; voc/schedule's validator schema): schedule → conference →
 * days[] → rooms{name: events[]}. An event's `date` carries its own offset; where
 * it disagrees with the declared `time_zone_name` (pretalx writes `UTC` while
 * giving +01:00 times) the offsets win — they are what the organisers' clocks said.
 */
export function parsePretalxJson(text: string, ctx: ParseContext): ParsedProgramme {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw badFile(`This is not valid JSON: ${(error as Error).message}.`);
  }
  const conference = isObj(data) && isObj(data.schedule) ? data.schedule.conference : undefined;
  if (!isObj(conference) || !Array.isArray(conference.days)) {
    throw badFile('This JSON file is not a pretalx/frab schedule: "schedule.conference.days" is missing.');
  }
  const declared = clean(conference.time_zone_name);
  const declaredZone = declared && isIanaTimeZone(declared) ? declared : null;
  const warnings: string[] = [];
  if (declared && !declaredZone) warnings.push(`The declared time zone "${declared}" is not a known zone; it was ignored.`);
  const disagreements = new Set<string>();
  const sessions: RawSession[] = [];

  conference.days.forEach((day, d) => {
    if (!isObj(day) || !isObj(day.rooms)) throw badFile(`schedule.conference.days[${d}]: "rooms" is missing.`);
    for (const [roomName, events] of Object.entries(day.rooms)) {
      if (!Array.isArray(events)) throw badFile(`schedule.conference.days[${d}].rooms["${roomName}"] is not a list of events.`);
      events.forEach((event, e) => {
        const where = `schedule.conference.days[${d}].rooms["${roomName}"][${e}]`;
        if (!isObj(event)) throw badFile(`${where} is not an event.`);
        const startMs = eventStart(event, clean(day.date), declaredZone ?? ctx.venueZone, where);
        const offset = OFFSET_RE.exec(clean(event.date))?.[1];
        if (offset && declaredZone) {
          const given = offset === 'Z' ? 0 : offsetFromText(offset);
          const zoneSays = offsetMinutesAt(startMs, declaredZone);
          if (given !== zoneSays) disagreements.add(`${formatOffset(given)} (the zone says ${formatOffset(zoneSays)})`);
        }
        const minutes = durationMinutes(clean(event.duration));
        if (minutes === null) throw badFile(`${where}.duration: "${clean(event.duration)}" is not a duration like 00:30.`);
        sessions.push({
          sourceUid: clean(event.guid) || clean(event.id),
          title: clean(event.title),
          startMs,
          endMs: startMs + minutes * 60_000,
          room: clean(event.room) || roomName,
          track: clean(event.track),
          speakers: personsOf(event.persons),
          url: clean(event.url),
          abstract: clean(event.abstract) || clean(event.description),
          cancelled: isCancelled(event),
        });
      });
    }
  });
  if (disagreements.size) {
    warnings.push(
      `The file declares the time zone "${declared}" but its times carry the offsets ${[...disagreements].join(', ')}; ` +
        'the offsets written on the times were trusted.',
    );
  }
  return { format: 'pretalx-json', sessions, warnings };
}

/** `date` with its offset when given; otherwise the day's date and `start` read in the declared (or venue) zone. */
function eventStart(event: Obj, dayDate: string, zone: string, where: string): number {
  const date = clean(event.date);
  if (date && OFFSET_RE.test(date)) {
    const ms = Date.parse(date);
    if (Number.isFinite(ms)) return ms;
  }
  const local = date && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(date) ? date.slice(0, 16) : `${dayDate}T${clean(event.start).padStart(5, '0')}`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) throw badFile(`${where}: its start ("${date || clean(event.start)}") is not a date and time.`);
  return instantOfWallClock(local, zone);
}

function offsetFromText(offset: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function personsOf(persons: unknown): string[] {
  if (!Array.isArray(persons)) return [];
  return persons.map((p) => (isObj(p) ? clean(p.public_name) || clean(p.name) || clean(p.full_public_name) : clean(p))).filter(Boolean);
}

/** pretalx/frab have no standard flag; some exports write a state or "cancelled" in the type. */
function isCancelled(event: Obj): boolean {
  return [event.state, event.status, event.type].some((v) => /^(cancel+ed|canceled)$/i.test(clean(v))) || event.cancelled === true;
}
