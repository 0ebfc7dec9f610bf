import type { TripDocument } from '../schemas/document';
import type { Trip } from '../schemas/trip';
import { entriesOfDay, tripDays } from './days';
import { composeLocal, todayAtVenue, wallClockInZone } from './wall-clock';

/** Where a new entry starts: the day a trip opens on, the time an added or quick-captured entry gets, a meal's type. */

/** Today at the venue if the trip is on, else its first conference day. */
export function defaultDay(trip: Pick<Trip, 'start' | 'end' | 'travelDaysBefore' | 'travelDaysAfter' | 'timeZone' | 'dayStartHour'>, now: Date = new Date()): string {
  const today = todayAtVenue(trip, now);
  return tripDays(trip).some((d) => d.date === today) ? today : trip.start;
}

/**
 * Start of an entry added with a day's "Add" buttons: now, if the day is today
 * in the venue's zone; otherwise just after the day's last entry, or 09:00 on an
 * empty day — so writing up a past day adds entries in order.
 */
export function newEntryStart(doc: Pick<TripDocument, 'trip' | 'entries'>, day: string, now: Date = new Date()): string {
  if (todayAtVenue(doc.trip, now) === day) return wallClockInZone(doc.trip.timeZone, now);
  const last = entriesOfDay(doc, day).at(-1);
  if (!last) return composeLocal(day, '09:00', doc.trip.dayStartHour);
  return last.end && last.end > last.start ? last.end.slice(0, 16) : last.start.slice(0, 16);
}

/**
 * Start of a quick-captured entry on the selected day. On today (in the venue's
 * zone) it is now; on any other day it follows the rule of the day's "Add"
 * buttons (just after the day's last entry, 09:00 on an empty day), so writing
 * up a past day in the evening keeps its entries in order instead of putting a
 * 15:30 poster at the clock's 08:06. No valid day selected: the day the trip opens on.
 */
export function captureStart(doc: Pick<TripDocument, 'trip' | 'entries'>, selectedDay: string | null, now: Date = new Date()): string {
  const valid = selectedDay !== null && tripDays(doc.trip).some((d) => d.date === selectedDay);
  return newEntryStart(doc, valid ? selectedDay : defaultDay(doc.trip, now), now);
}

/** A sensible meal type for a wall-clock time, so a quick-captured meal rarely needs changing. */
export function mealAt(localDateTime: string): 'breakfast' | 'lunch' | 'dinner' | 'snack' {
  const minutes = Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16));
  if (minutes >= 4 * 60 && minutes < 10 * 60 + 30) return 'breakfast';
  if (minutes >= 10 * 60 + 30 && minutes < 15 * 60) return 'lunch';
  if (minutes >= 15 * 60 && minutes < 17 * 60 + 30) return 'snack';
  return 'dinner';
}
