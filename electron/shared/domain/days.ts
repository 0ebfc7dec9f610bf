import type { Trip } from '../schemas/trip';

/** Pure calendar helpers shared by every process (no I/O, no host time zone). */

export function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export type DayKind = 'travel-before' | 'conference' | 'travel-after';
export interface TripDay {
  date: string;
  /** 1-based position in the whole trip, travel days included. */
  index: number;
  /** "Day N" as people say it: conference days count from 1; 0 for travel days. */
  number: number;
  kind: DayKind;
}

/** Every day of the trip, travel days included, in order. */
export function tripDays(trip: Pick<Trip, 'start' | 'end' | 'travelDaysBefore' | 'travelDaysAfter'>): TripDay[] {
  const days: TripDay[] = [];
  const first = addDays(trip.start, -trip.travelDaysBefore);
  const last = addDays(trip.end, trip.travelDaysAfter);
  for (let d = first, i = 1; d <= last; d = addDays(d, 1), i++) {
    const kind: DayKind = d < trip.start ? 'travel-before' : d > trip.end ? 'travel-after' : 'conference';
    days.push({ date: d, index: i, number: kind === 'conference' ? i - trip.travelDaysBefore : 0, kind });
  }
  return days;
}

/**
 * The trip day a local wall-clock time belongs to: before `dayStartHour`
 * it still counts as the previous evening (01:30 dinner belongs to the day before).
 */
export function dayOfLocalTime(localDateTime: string, dayStartHour: number): string {
  const date = localDateTime.slice(0, 10);
  const hour = Number(localDateTime.slice(11, 13));
  return hour < dayStartHour ? addDays(date, -1) : date;
}
