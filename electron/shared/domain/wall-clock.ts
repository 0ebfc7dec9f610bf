import type { Entry } from '../schemas/entry';
import type { Trip } from '../schemas/trip';
import { addDays, dayOfLocalTime } from './days';

/**
 * Wall-clock times as the trip stores them ("2022-10-24T10:30" in the venue's
 * zone), whatever the computer's own zone is.
 */

/** The wall-clock time at `now` in `timeZone`, as the trip stores it: "2022-10-24T10:30". */
export function wallClockInZone(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Today's trip day in the venue's zone: before the day-start hour it is still the evening before. */
export function todayAtVenue(trip: Pick<Trip, 'timeZone' | 'dayStartHour'>, now: Date = new Date()): string {
  return dayOfLocalTime(wallClockInZone(trip.timeZone, now), trip.dayStartHour);
}

/**
 * The editor shows an entry's time as "trip day + HH:mm" and stores
 * "YYYY-MM-DDTHH:mm". Times before the trip's day start (01:30) sit on the next
 * calendar date but belong to the day before, as the day strip counts them.
 */
export function splitLocal(local: string, dayStartHour: number): { day: string; time: string } {
  return { day: dayOfLocalTime(local, dayStartHour), time: local.slice(11, 16) };
}

/** The stored wall-clock time of `time` ("HH:mm") on trip day `day`: the inverse of splitLocal. */
export function composeLocal(day: string, time: string, dayStartHour: number): string {
  const date = Number(time.slice(0, 2)) < dayStartHour ? addDays(day, 1) : day;
  return `${date}T${time}`;
}

/**
 * Start and end for a day and two typed times. An end earlier than the start
 * (a dinner from 21:00 to 00:30) runs past midnight onto the next date; an
 * empty end removes it (null is what the service takes to clear a field).
 */
export function startAndEnd(day: string, startTime: string, endTime: string, dayStartHour: number): { start: string; end: string | null } {
  const start = composeLocal(day, startTime, dayStartHour);
  if (!endTime) return { start, end: null };
  let end = `${start.slice(0, 10)}T${endTime}`;
  if (end < start) end = `${addDays(start.slice(0, 10), 1)}T${endTime}`;
  return { start, end };
}

/** "17:30–19:00" when the entry has an end, "17:30" otherwise: a range always shows both ends. */
export function timeRange(e: Pick<Entry, 'start' | 'end'>): string {
  const start = e.start.slice(11, 16);
  return e.end && e.end !== e.start ? `${start}–${e.end.slice(11, 16)}` : start;
}
