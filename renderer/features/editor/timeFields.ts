import { addDays, dayOfLocalTime } from '../../../electron/shared/domain/days';

/**
 * The editor shows an entry's time as "trip day + HH:mm" and stores
 * "YYYY-MM-DDTHH:mm". Times before the trip's day start (01:30) sit on the next
 * calendar date but belong to the day before, as the day strip counts them.
 */
export function splitLocal(local: string, dayStartHour: number): { day: string; time: string } {
  return { day: dayOfLocalTime(local, dayStartHour), time: local.slice(11, 16) };
}

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
