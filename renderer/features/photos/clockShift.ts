/** Camera clock shifts as people type them ("-6", "−6:00", "+1:30", "-0:45") and as the UI shows them. */

const MAX_MINUTES = 48 * 60;

/**
 * Minutes of a typed shift, or null when it is not one. Accepts the Unicode
 * minus (what the UI itself shows, so a copied value parses), an optional
 * "h", and hours with or without minutes.
 */
export function parseShift(text: string): number | null {
  const m = /^([+\-−]?)\s*(\d{1,2})(?::(\d{2}))?\s*h?$/i.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59) return null;
  const total = (hours * 60 + minutes) * (m[1] === '-' || m[1] === '−' ? -1 : 1);
  return Math.abs(total) > MAX_MINUTES ? null : total;
}

/** "−6:00", "+0:30", "±0:00" — with a real minus sign. */
export function formatShift(minutes: number): string {
  if (minutes === 0) return '±0:00';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** A wall-clock string "2022-10-24T10:34:12" for display: "10:34:12" or "2022-10-24 10:34". */
export function clockTime(localTime: string, withDate = false): string {
  const time = localTime.slice(11, 19) || localTime.slice(11, 16);
  return withDate ? `${localTime.slice(0, 10)} ${time}` : time;
}
