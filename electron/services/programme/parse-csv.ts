import { parse } from 'csv-parse/sync';
import { addDays } from '../../shared/domain/days';
import { instantOfWallClock } from '../../shared/domain/programme-time';
import { badFile, clean, type ParseContext, type ParsedProgramme, type RawSession } from './raw-session';

/** The columns a spreadsheet programme has (header names, any case and order); `day`, `start` and `title` are required. */
export const CSV_COLUMNS = ['day', 'start', 'end', 'room', 'track', 'title', 'speakers', 'url'] as const;
type Column = (typeof CSV_COLUMNS)[number] | 'abstract' | 'uid' | 'status';
const REQUIRED: Column[] = ['day', 'start', 'title'];

/** Header words people write in their own spreadsheets. */
const ALIASES: Record<string, Column> = {
  day: 'day', date: 'day', start: 'start', begin: 'start', from: 'start', 'start time': 'start', end: 'end', until: 'end', to: 'end',
  'end time': 'end', room: 'room', location: 'room', hall: 'room', track: 'track', session: 'track', title: 'title', talk: 'title',
  speakers: 'speakers', speaker: 'speakers', authors: 'speakers', presenter: 'speakers', presenters: 'speakers', url: 'url', link: 'url',
  abstract: 'abstract', description: 'abstract', uid: 'uid', id: 'uid', status: 'status',
  '날짜': 'day', '시작': 'start', '종료': 'end', '장소': 'room', '트랙': 'track', '제목': 'title', '발표자': 'speakers', '링크': 'url',
};

const MAX_ROW_ERRORS = 10;

/**
 * A programme typed in a spreadsheet and saved as CSV (comma, semicolon or tab).
 * `day` is the conference day and times are the venue's clock; a start before the
 * trip's day-start hour is after midnight of that day (a 01:00 party on "day 2"
 * is in the night after day 2), and an end before the start is on the next morning.
 */
export function parseCsv(text: string, ctx: ParseContext): ParsedProgramme {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].sort((a, b) => count(firstLine, b) - count(firstLine, a))[0]!;
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    throw badFile(`This CSV file cannot be read: ${(error as Error).message}`);
  }
  const [header, ...records] = rows;
  if (!header) throw badFile('This CSV file is empty.');
  const columns = header.record.map((h) => ALIASES[h.toLocaleLowerCase().trim()] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw badFile(
      `This CSV file lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} ` +
        `(line 1 has: ${header.record.map((h) => `"${h}"`).join(', ') || 'nothing'}). Expected a header like: ${CSV_COLUMNS.join(', ')}.`,
    );
  }
  const errors: string[] = [];
  const sessions: RawSession[] = [];
  for (const { record, info } of records) {
    const row: Partial<Record<Column, string>> = {};
    columns.forEach((c, i) => {
      if (c) row[c] = clean(record[i]);
    });
    const line = info.lines;
    const problem = (field: string, why: string) => errors.push(`line ${line}, ${field}: ${why}`);
    const day = row.day ?? '';
    const start = time(row.start ?? '');
    const end = row.end ? time(row.end) : null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) problem('day', `"${day}" is not a date like 2024-06-18`);
    if (!start) problem('start', `"${row.start ?? ''}" is not a time like 09:30`);
    if (row.end && !end) problem('end', `"${row.end}" is not a time like 10:30`);
    if (!row.title) problem('title', 'is empty');
    if (errors.length >= MAX_ROW_ERRORS) break;
    if (!start || !row.title || (row.end && !end) || errors.length) continue;
    const startDate = Number(start.slice(0, 2)) < ctx.dayStartHour ? addDays(day, 1) : day;
    const startMs = instantOfWallClock(`${startDate}T${start}`, ctx.venueZone);
    let endMs = startMs;
    if (end) {
      const endDate = `${startDate}T${end}` < `${startDate}T${start}` ? addDays(startDate, 1) : startDate;
      endMs = instantOfWallClock(`${endDate}T${end}`, ctx.venueZone);
    }
    sessions.push({
      sourceUid: row.uid ?? '',
      title: row.title,
      startMs,
      endMs,
      room: row.room ?? '',
      track: row.track ?? '',
      speakers: splitNames(row.speakers ?? ''),
      url: row.url ?? '',
      abstract: row.abstract ?? '',
      cancelled: /^cancel+ed$|^취소$/i.test(row.status ?? ''),
    });
  }
  if (errors.length) {
    throw badFile(`This CSV file has rows that cannot be read (nothing was imported):\n${errors.slice(0, MAX_ROW_ERRORS).join('\n')}`);
  }
  if (sessions.length === 0) throw badFile('This CSV file has a header but no sessions.');
  return { format: 'csv', sessions, warnings: [] };
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** "9:30", "09:30", "0930" → "09:30"; null when it is not a time of day. */
function time(value: string): string | null {
  const m = /^(\d{1,2}):?(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${m[2]}` : null;
}

/** "A; B" — or "A, B" when no semicolon is used (a name like "Kim, J." then needs semicolons). */
function splitNames(value: string): string[] {
  const sep = value.includes(';') ? ';' : value.includes('|') ? '|' : ',';
  return value.split(sep).map((s) => s.trim()).filter(Boolean);
}
