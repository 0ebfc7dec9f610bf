import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';

/** "14:00–14:20" in 24-hour venue time; an after-midnight end reads as the clock says ("23:30–01:00"). */
export function sessionTimes(s: Pick<ProgrammeSession, 'start' | 'end' | 'allDay'>): string {
  if (s.allDay) return '';
  const end = s.end > s.start ? `–${s.end.slice(11, 16)}` : '';
  return `${s.start.slice(11, 16)}${end}`;
}

/** An ISO date with its weekday in the UI's language ("Mon 2024-07-22"); the date is a calendar day, so UTC. */
export function dayWithWeekday(date: string, language: string): { weekday: string; date: string } {
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return { weekday, date };
}

/** When the programme was imported, on this computer's clock ("2026-12-02 09:30"): an instant the user lived, not a venue time. */
export function localStamp(instant: string): string {
  const d = new Date(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
