import type { ProgrammeFormat } from '../../shared/schemas/programme';
import { AppError } from '../util/errors';

/** A session as a parser read it, before it is put on the venue's clock and days. */
export interface RawSession {
  sourceUid: string;
  title: string;
  startMs: number;
  endMs: number;
  /** All-day items: their first and last local date (inclusive). */
  allDay?: { first: string; last: string };
  room: string;
  track: string;
  speakers: string[];
  url: string;
  abstract: string;
  cancelled: boolean;
}

/** What every parser needs to know of the trip. */
export interface ParseContext {
  /** IANA zone of the venue: times a file gives without a zone are read on its clock. */
  venueZone: string;
  dayStartHour: number;
}

export interface ParsedProgramme {
  format: ProgrammeFormat;
  sessions: RawSession[];
  warnings: string[];
}

/** A programme file that cannot be read: the message names the file's problem (and its line or field). */
export function badFile(message: string, details?: Record<string, unknown>): AppError {
  return new AppError('invalid-input', message, details);
}

/** "01:30" or "1:30" → minutes; frab writes durations of a day or more as "1:02:00" (d:hh:mm). */
export function durationMinutes(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const n = parts.map(Number);
  return n.length === 3 ? n[0]! * 1440 + n[1]! * 60 + n[2]! : n[0]! * 60 + n[1]!;
}

export const clean = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
