import { addDays, dayOfLocalTime, tripDays } from './days';
import type { Trip } from '../schemas/trip';

/**
 * The conference day of a session: one that starts at 01:00 (a late party, a
 * hackathon's night slot) belongs to the evening before, exactly as entries
 * and photos do (the trip's day-start hour). An all-day item keeps its date.
 */
export function sessionDay(start: string, allDay: boolean, dayStartHour: number): string {
  return allDay ? start.slice(0, 10) : dayOfLocalTime(start, dayStartHour);
}

export interface DateRangeProblem {
  /** First and last day the file's sessions fall on. */
  fileFirst: string;
  fileLast: string;
  tripFirst: string;
  tripLast: string;
  outside: number;
  total: number;
}

/**
 * A programme whose sessions fall outside the trip's days (travel days
 * included) is for another trip or another year; the import refuses it whole.
 */
export function outsideTrip(
  days: string[],
  trip: Pick<Trip, 'start' | 'end' | 'travelDaysBefore' | 'travelDaysAfter'>,
): DateRangeProblem | null {
  if (days.length === 0) return null;
  const all = tripDays(trip);
  const tripFirst = all[0]!.date;
  const tripLast = all[all.length - 1]!.date;
  const outside = days.filter((d) => d < tripFirst || d > tripLast).length;
  if (outside === 0) return null;
  const sorted = [...days].sort();
  return { fileFirst: sorted[0]!, fileLast: sorted[sorted.length - 1]!, tripFirst, tripLast, outside, total: days.length };
}

/** Every date from `first` to `last`, both included. */
export function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}
