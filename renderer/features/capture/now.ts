import { addDays, dayOfLocalTime, tripDays } from '../../../electron/shared/domain/days';
import type { Trip } from '../../../electron/shared/schemas/trip';

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

/**
 * Start of a quick-captured entry: now in the venue's zone when today is a trip
 * day; otherwise the selected day at the current wall-clock time (writing up
 * yesterday's talk on the plane home). A time before the trip's day start
 * (01:30) belongs to the evening before, so it is put on the next calendar date
 * to stay on the selected day.
 */
export function captureStart(
  trip: Pick<Trip, 'start' | 'end' | 'travelDaysBefore' | 'travelDaysAfter' | 'timeZone' | 'dayStartHour'>,
  selectedDay: string | null,
  now: Date = new Date(),
): string {
  const local = wallClockInZone(trip.timeZone, now);
  const days = tripDays(trip).map((d) => d.date);
  if (days.includes(dayOfLocalTime(local, trip.dayStartHour))) return local;
  const day = selectedDay && days.includes(selectedDay) ? selectedDay : trip.start;
  const time = local.slice(11);
  const date = Number(time.slice(0, 2)) < trip.dayStartHour ? addDays(day, 1) : day;
  return `${date}T${time}`;
}

/** A sensible meal type for a wall-clock time, so a quick-captured meal rarely needs changing. */
export function mealAt(localDateTime: string): 'breakfast' | 'lunch' | 'dinner' | 'snack' {
  const minutes = Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16));
  if (minutes >= 4 * 60 && minutes < 10 * 60 + 30) return 'breakfast';
  if (minutes >= 10 * 60 + 30 && minutes < 15 * 60) return 'lunch';
  if (minutes >= 15 * 60 && minutes < 17 * 60 + 30) return 'snack';
  return 'dinner';
}
