/**
 * A calendar day as the whole UI writes it (see journal/DayStrip.tsx): the short weekday in the
 * reader's language and the ISO date, "Mon 2022-10-24" / "월 2022-10-24". The date string is a
 * calendar day, not an instant, so it is formatted in UTC and no zone shifts it.
 */
export function weekdayOf(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function dayLabel(date: string, language: string): string {
  return `${weekdayOf(date, language)} ${date}`;
}
