import type { ProgrammeFormat } from '../../shared/schemas/programme';
import { parseCsv } from './parse-csv';
import { parseFrabXml } from './parse-frab-xml';
import { parseIcs } from './parse-ics';
import { parsePretalxJson } from './parse-pretalx-json';
import { badFile, type ParseContext, type ParsedProgramme } from './raw-session';

/**
 * Which kind of programme a file is, decided by its content (a `.txt` download of
 * an .ics, a `schedule` without extension): iCalendar starts with BEGIN:VCALENDAR,
 * JSON with `{`, XML with `<`, and a CSV has a header line naming its columns.
 */
export function detectFormat(bytes: Uint8Array): ProgrammeFormat {
  if (bytes.length === 0) throw badFile('The file is empty.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw badFile('This is a zip file (an .xlsx or .ods spreadsheet?). Save the sheet as CSV, or import the programme as .ics, schedule.json or schedule.xml.');
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{')) return 'pretalx-json';
  if (head.startsWith('<')) {
    if (/^<!doctype html|^<html/i.test(head)) throw badFile('This is a web page (HTML), not a programme file. Download the schedule as .ics, schedule.json or schedule.xml.');
    return 'frab-xml';
  }
  if (head.includes('\u0000')) throw badFile('This is a binary file, not a programme (.ics, schedule.json, schedule.xml or CSV).');
  const firstLine = head.split(/\r?\n/, 1)[0]!.toLocaleLowerCase();
  if (/[,;\t]/.test(firstLine) && /title|talk|제목/.test(firstLine)) return 'csv';
  throw badFile(
    'This file is not a programme Proceedings can read: expected iCalendar (.ics), a pretalx/frab schedule.json or schedule.xml, ' +
      'or a CSV whose first line names the columns (day, start, end, room, track, title, speakers, url).',
  );
}

export function parseProgramme(bytes: Uint8Array, ctx: ParseContext): ParsedProgramme {
  const format = detectFormat(bytes);
  if (format === 'ics') return parseIcs(bytes, ctx);
  const text = decodeText(bytes);
  if (format === 'pretalx-json') return parsePretalxJson(text, ctx);
  if (format === 'frab-xml') return parseFrabXml(text, ctx);
  return parseCsv(text, ctx);
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Spreadsheets on Windows still save CSV in the system's code page.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
