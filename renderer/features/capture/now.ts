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

/** A sensible meal type for a wall-clock time, so a quick-captured meal rarely needs changing. */
export function mealAt(localDateTime: string): 'breakfast' | 'lunch' | 'dinner' | 'snack' {
  const minutes = Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16));
  if (minutes >= 4 * 60 && minutes < 10 * 60 + 30) return 'breakfast';
  if (minutes >= 10 * 60 + 30 && minutes < 15 * 60) return 'lunch';
  if (minutes >= 15 * 60 && minutes < 17 * 60 + 30) return 'snack';
  return 'dinner';
}
