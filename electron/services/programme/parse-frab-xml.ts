import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { instantOfWallClock } from '../../shared/domain/programme-time';
import { isIanaTimeZone } from '../../shared/schemas/time';
import { badFile, clean, durationMinutes, type ParseContext, type ParsedProgramme, type RawSession } from './raw-session';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ['day', 'room', 'event', 'person', 'link'].includes(name),
});

/**
 * frab's `schedule.xml` (CCC congresses and camps, and every frab/pretalx
 * instance): schedule → day[] → room[] → event[], each event's `<date>` with its
 * offset. Read with a real XML parser: entities, CDATA and attributes as XML says.
 */
export function parseFrabXml(text: string, ctx: ParseContext): ParsedProgramme {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw badFile(`This is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`);
  }
  const doc = parser.parse(text) as Obj;
  const schedule = doc.schedule;
  if (!isObj(schedule)) throw badFile('This XML file is not a frab schedule: it has no <schedule> element.');
  const conference = isObj(schedule.conference) ? schedule.conference : {};
  const declared = clean(conference.time_zone_name);
  const zone = declared && isIanaTimeZone(declared) ? declared : ctx.venueZone;
  const warnings: string[] = [];
  const sessions: RawSession[] = [];
  const days = list(schedule.day);
  if (days.length === 0) throw badFile('This frab schedule has no <day> elements.');
  days.forEach((day, d) => {
    if (!isObj(day)) return;
    const dayDate = clean(day['@date']);
    list(day.room).forEach((room) => {
      if (!isObj(room)) return;
      const roomName = clean(room['@name']);
      list(room.event).forEach((event, e) => {
        if (!isObj(event)) return;
        const where = `<day date="${dayDate}"> (day ${d + 1}) <room name="${roomName}"> event ${e + 1}${event['@guid'] ? ` (guid ${clean(event['@guid'])})` : ''}`;
        const startMs = startOf(event, dayDate, zone, where);
        const minutes = durationMinutes(text_(event.duration));
        if (minutes === null) throw badFile(`${where}: <duration> "${text_(event.duration)}" is not a duration like 00:30.`);
        sessions.push({
          sourceUid: clean(event['@guid']) || clean(event['@id']),
          title: text_(event.title),
          startMs,
          endMs: startMs + minutes * 60_000,
          room: text_(event.room) || roomName,
          track: text_(event.track),
          speakers: list(isObj(event.persons) ? event.persons.person : undefined).map(text_).filter(Boolean),
          url: text_(event.url),
          abstract: text_(event.abstract) || text_(event.description),
          cancelled: /^cancel+ed$/i.test(text_(event.state) || text_(event.status)),
        });
      });
    });
  });
  return { format: 'frab-xml', sessions, warnings };
}

/** Element text whether the element had attributes (`{'#text': …}`) or not. */
function text_(v: unknown): string {
  if (isObj(v)) return clean(v['#text']);
  return clean(v);
}

function startOf(event: Obj, dayDate: string, zone: string, where: string): number {
  const date = text_(event.date);
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(date)) {
    const ms = Date.parse(date);
    if (Number.isFinite(ms)) return ms;
  }
  const start = text_(event.start).padStart(5, '0');
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(date) ? date.slice(0, 16) : `${dayDate}T${start}`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) throw badFile(`${where}: its start ("${date || start}") is not a date and time.`);
  return instantOfWallClock(local, zone);
}
