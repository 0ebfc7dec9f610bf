import ICAL from 'ical.js';
import { instantOfWallClock } from '../../shared/domain/programme-time';
import { isIanaTimeZone } from '../../shared/schemas/time';
import { badFile, clean, type ParseContext, type ParsedProgramme, type RawSession } from './raw-session';
import { decodeIcsBytes } from './ics-bytes';

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

/**
 * iCalendar (RFC 5545) as conference sites and apps publish it, read with
 * ical.js. Times are resolved through the file's own VTIMEZONE definitions
 * first (what the publisher meant), then an IANA TZID, then — floating times —
 * the venue's clock. `VALUE=DATE` items are all-day.
 */
export function parseIcs(bytes: Uint8Array, ctx: ParseContext): ParsedProgramme {
  const warnings: string[] = [];
  const text = decodeIcsBytes(bytes, warnings);
  let root: Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw badFile(`This is not a readable iCalendar file: ${(error as Error).message}${lineHint(text, error as Error)}.`);
  }
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const id = clean(vtz.getFirstPropertyValue('tzid'));
    if (id) zones.set(id, new ICAL.Timezone(vtz));
  }
  const events = root.getAllSubcomponents('vevent');
  if (events.length === 0) throw badFile('This iCalendar file has no events (VEVENT) — is it the conference programme?');

  const organisers = new Set(events.map((e) => organiserName(e)).filter(Boolean));
  const floating = { hit: false, events: 0 };
  const unknownZones = new Set<string>();
  const sessions: RawSession[] = [];
  events.forEach((event, index) => {
    const uid = clean(event.getFirstPropertyValue('uid'));
    const title = clean(event.getFirstPropertyValue('summary'));
    const name = `event ${index + 1}${title ? ` "${title}"` : uid ? ` (UID ${uid})` : ''}`;
    floating.hit = false;
    const startProp = event.getFirstProperty('dtstart');
    const start = startProp?.getFirstValue() as Time | undefined;
    if (!start) {
      warnings.push(`Skipped ${name}: it has no start time (DTSTART).`);
      return;
    }
    if (event.hasProperty('rrule')) warnings.push(`${name} repeats (RRULE); only its first occurrence was imported.`);
    const resolve = (t: Time, tzid: string | null) => instantOf(t, tzid, zones, ctx, floating, unknownZones);
    const endProp = event.getFirstProperty('dtend');
    let end = endProp?.getFirstValue() as Time | undefined;
    if (!end && event.hasProperty('duration')) {
      end = start.clone();
      end.addDuration(event.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration>);
    }
    const startMs = resolve(start, tzidOf(startProp));
    let session: RawSession = {
      sourceUid: uid,
      title,
      startMs,
      endMs: startMs,
      room: clean(event.getFirstPropertyValue('location')),
      track: event.getAllProperties('categories').flatMap((p) => p.getValues().map(clean)).filter(Boolean).join(', '),
      speakers: speakersOf(event, organisers.size > 1),
      url: clean(event.getFirstPropertyValue('url')),
      abstract: clean(event.getFirstPropertyValue('description')),
      cancelled: clean(event.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED',
    };
    if (start.isDate) {
      const first = dateOf(start);
      // DTEND of an all-day item is exclusive: 20240619 → 20240620 is one day.
      const lastExclusive = end?.isDate ? dateOf(end) : null;
      const last = lastExclusive && lastExclusive > first ? previousDate(lastExclusive) : first;
      session = { ...session, allDay: { first, last } };
    } else if (end) {
      session.endMs = resolve(end, tzidOf(endProp ?? startProp));
    }
    if (session.endMs < session.startMs) {
      warnings.push(`${name} ends before it starts; its end was set to its start.`);
      session.endMs = session.startMs;
    }
    if (floating.hit) floating.events++;
    sessions.push(session);
  });
  if (floating.events) warnings.push(`${floating.events} event${floating.events > 1 ? 's give' : ' gives'} times without a zone; they were read on the venue's clock (${ctx.venueZone}).`);
  for (const zone of unknownZones) {
    warnings.push(`The time zone "${zone}" is neither defined in the file (VTIMEZONE) nor a known zone; its times were read on the venue's clock (${ctx.venueZone}).`);
  }
  return { format: 'ics', sessions, warnings };
}

function tzidOf(prop: InstanceType<typeof ICAL.Property> | null | undefined): string | null {
  const value = prop?.getParameter('tzid');
  return typeof value === 'string' && value ? value : null;
}

function instantOf(
  t: Time,
  tzid: string | null,
  zones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  ctx: ParseContext,
  floating: { hit: boolean },
  unknownZones: Set<string>,
): number {
  if (t.isDate) return instantOfWallClock(`${dateOf(t)}T00:00`, ctx.venueZone);
  if (t.zone === ICAL.Timezone.utcTimezone) return t.toUnixTime() * 1000;
  const wall = `${dateOf(t)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  if (tzid) {
    const defined = zones.get(tzid);
    if (defined) {
      const local = t.clone();
      local.zone = defined;
      return local.toUnixTime() * 1000;
    }
    // Outlook and Mozilla prefix IANA names ("/mozilla.org/20050126_1/Europe/Berlin").
    const parts = tzid.split('/');
    const iana = [tzid, ...[3, 2].map((k) => parts.slice(-k).join('/'))].find(isIanaTimeZone);
    if (iana) return instantOfWallClock(wall, iana);
    unknownZones.add(tzid);
  } else {
    floating.hit = true;
  }
  return instantOfWallClock(wall, ctx.venueZone);
}

function organiserName(event: Component): string {
  const org = event.getFirstProperty('organizer');
  return org ? clean(org.getParameter('cn')) : '';
}

/**
 * Speakers: ATTENDEE names (chairs and participants) when present; otherwise the
 * ORGANIZER's name, but only when organisers differ between events — one organiser
 * on every event is the conference itself, not a speaker.
 */
function speakersOf(event: Component, organisersDiffer: boolean): string[] {
  const attendees = event
    .getAllProperties('attendee')
    .filter((p) => !['NON-PARTICIPANT'].includes(clean(p.getParameter('role')).toUpperCase()))
    .map((p) => clean(p.getParameter('cn')))
    .filter(Boolean);
  if (attendees.length) return attendees;
  const organiser = organiserName(event);
  return organisersDiffer && organiser ? [organiser] : [];
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (t: Time) => `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;

function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** ical.js names the offending line's text; point at its line number too. */
function lineHint(text: string, error: Error): string {
  const quoted = [...error.message.matchAll(/"([^"]+)"/g)].pop()?.[1];
  if (!quoted) return '';
  const at = text.split(/\r?\n/).findIndex((line) => line.includes(quoted));
  return at >= 0 ? ` (line ${at + 1})` : '';
}
