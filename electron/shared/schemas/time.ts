import { z } from 'zod';

/**
 * Wall-clock values are stored as plain strings, never as instants, so that
 * "10:30 on day 3 in Tel Aviv" stays exactly that whatever the computer's own
 * time zone is. Instants (photo capture times, audit stamps) are ISO-8601 UTC.
 */
export const LOCAL_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function isRealTime(value: string): boolean {
  const [h, min, s] = value.slice(11).split(':').map(Number) as [number, number, number | undefined];
  return h >= 0 && h <= 23 && min >= 0 && min <= 59 && (s === undefined || (s >= 0 && s <= 59));
}

export const LocalDate = z
  .string()
  .regex(LOCAL_DATE_RE, 'must be a date like 2022-10-24')
  .refine(isRealDate, 'is not a real calendar date');
export type LocalDate = z.infer<typeof LocalDate>;

export const LocalDateTime = z
  .string()
  .regex(LOCAL_DATE_TIME_RE, 'must be a local time like 2022-10-24T10:30')
  .refine((v) => isRealDate(v) && isRealTime(v), 'is not a real date and time');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

export function isIanaTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .refine(isIanaTimeZone, 'must be an IANA time zone such as Asia/Jerusalem or Asia/Seoul');

/** ISO-8601 instant in UTC, e.g. 2022-10-24T07:34:12.000Z. */
export const Instant = z.iso.datetime({ offset: false });
