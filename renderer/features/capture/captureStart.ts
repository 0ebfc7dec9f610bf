import { dayOfLocalTime, tripDays } from '../../../electron/shared/domain/days';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import { newEntryStart } from '../journal/newEntryTime';
import { wallClockInZone } from './now';

/**
 * Start of a quick-captured entry on the selected day. On today (in the venue's
 * zone) it is now; on any other day it follows the rule of the day's "Add"
 * buttons (just after the day's last entry, 09:00 on an empty day), so writing
 * up a past day in the evening keeps its entries in order instead of putting a
 * 15:30 poster at the clock's 08:06.
 */
export function captureStart(doc: TripDocument, selectedDay: string | null, now: Date = new Date()): string {
  const days = tripDays(doc.trip).map((d) => d.date);
  const local = wallClockInZone(doc.trip.timeZone, now);
  const today = dayOfLocalTime(local, doc.trip.dayStartHour);
  const day = selectedDay && days.includes(selectedDay) ? selectedDay : days.includes(today) ? today : doc.trip.start;
  return newEntryStart(doc, day, now);
}
