import { z } from 'zod';
import { multiLine, singleLine } from './text';
import { Instant, LocalDate, TimeZone } from './time';

export const DayMeta = z.object({
  title: singleLine(z.string().max(300)).default(''),
  /** The writer's words opening the day in the published part (Markdown). */
  intro: multiLine(z.string().max(50_000)).default(''),
  coverPhotoId: z.string().optional(),
});
export type DayMeta = z.infer<typeof DayMeta>;

const tripFields = {
  title: singleLine(z.string().trim().min(1, 'is required').max(300)),
  conference: singleLine(z.string().trim().max(200)).default(''),
  city: singleLine(z.string().trim().max(200)).default(''),
  venue: singleLine(z.string().trim().max(300)).default(''),
  /** First and last conference day, in the venue's zone. */
  start: LocalDate,
  end: LocalDate,
  /** IANA zone of the venue: every wall-clock time of the trip is read in it. */
  timeZone: TimeZone,
  /** The traveller's home zone (cameras are often still set to it). */
  homeTimeZone: TimeZone,
  /** Travel days before the first and after the last conference day. */
  travelDaysBefore: z.number().int().min(0).max(30).default(0),
  travelDaysAfter: z.number().int().min(0).max(30).default(0),
  /** Hour at which a new day starts, so 01:30 dinner photos stay on the evening before. */
  dayStartHour: z.number().int().min(0).max(12).default(4),
};

export const Trip = z
  .looseObject({
    id: z.string().min(1),
    ...tripFields,
    days: z.record(LocalDate, DayMeta).default({}),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .refine((t) => t.start <= t.end, { message: 'end must not be before start', path: ['end'] });
export type Trip = z.infer<typeof Trip>;

export const TripCreateInput = z
  .object(tripFields)
  .strict()
  .refine((t) => t.start <= t.end, { message: 'must not be before start', path: ['end'] })
  .refine((t) => daysBetween(t.start, t.end) <= 60, { message: 'a trip spans at most 60 days', path: ['end'] });
export type TripCreateInput = z.input<typeof TripCreateInput>;

/**
 * A change to some of a trip's fields. Built without the create defaults: a
 * patch that says nothing of `venue` must not reset it to ''.
 */
export const TripPatch = z
  .object({
    title: tripFields.title,
    conference: tripFields.conference.unwrap(),
    city: tripFields.city.unwrap(),
    venue: tripFields.venue.unwrap(),
    start: LocalDate,
    end: LocalDate,
    timeZone: TimeZone,
    homeTimeZone: TimeZone,
    travelDaysBefore: tripFields.travelDaysBefore.unwrap(),
    travelDaysAfter: tripFields.travelDaysAfter.unwrap(),
    dayStartHour: tripFields.dayStartHour.unwrap(),
    days: z.record(LocalDate, DayMeta),
  })
  .partial()
  .strict();
export type TripPatch = z.infer<typeof TripPatch>;

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
