/**
 * Short weekday names of the app's two languages, as Intl writes them: building the first
 * Intl.DateTimeFormat loads ICU's calendar data (~25 ms) right when a trip opens.
 */
const WEEKDAYS: Record<string, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  ko: ['일', '월', '화', '수', '목', '금', '토'],
};
/** Any other language: one formatter per language, built once (building one costs far more than formatting with it). */
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
export function weekday(at: Date, language: string): string {
  const names = WEEKDAYS[language];
  if (names) return names[at.getUTCDay()]!;
  let format = weekdayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    weekdayFormats.set(language, format);
  }
  return format.format(at);
}
