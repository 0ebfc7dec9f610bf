import type { TripDocument } from '../../../electron/shared/schemas/document';
import { wallClockInZone } from '../capture/now';
import { composeLocal } from '../editor/timeFields';
import { entriesOfDay } from './entrySummary';

/**
 * Start of an entry added with a day's "Add" buttons: now, if the day is today
 * in the venue's zone; otherwise just after the day's last entry, or 09:00 on an
 * empty day — so writing up a past day adds entries in order.
 */
export function newEntryStart(doc: TripDocument, day: string, now: Date = new Date()): string {
  const local = wallClockInZone(doc.trip.timeZone, now);
  if (composeLocal(day, local.slice(11), doc.trip.dayStartHour) === local) return local;
  const last = entriesOfDay(doc, day).at(-1);
  if (!last) return composeLocal(day, '09:00', doc.trip.dayStartHour);
  return last.end && last.end > last.start ? last.end.slice(0, 16) : last.start.slice(0, 16);
}
