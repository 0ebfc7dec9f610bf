import { z } from 'zod';
import { multiLine, singleLine } from './text';
import { Instant, LocalDate, LocalDateTime } from './time';

const text = (max: number) => singleLine(z.string().max(max));

/**
 * One session of a conference's published programme (a talk, a workshop, a
 * poster session), normalised from iCalendar, pretalx/frab JSON or XML, or a CSV.
 * Times are kept twice: the instant the file meant, and the venue's wall clock
 * the journal shows (`YYYY-MM-DDTHH:mm`), so a trip whose zone is fixed later
 * can be recomputed and a listing never needs the zone database.
 */
export const ProgrammeSession = z.object({
  /** Stable across re-imports: kept from the first import of this session. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** The file's own identity of the session (iCalendar UID, frab/pretalx guid); '' when it has none. */
  sourceUid: z.string().max(500).default(''),
  title: text(500).default(''),
  startAt: Instant,
  endAt: Instant,
  /** Venue wall clock. */
  start: LocalDateTime,
  end: LocalDateTime,
  /** The conference day the session belongs to (after-midnight sessions stay on the evening's day). */
  day: LocalDate,
  /** An all-day item (`VALUE=DATE`): it has a day but no hour. */
  allDay: z.boolean().default(false),
  room: text(200).default(''),
  track: text(200).default(''),
  speakers: z.array(text(200)).max(100).default([]),
  url: z.string().max(2000).default(''),
  abstract: multiLine(z.string().max(50_000)).default(''),
  /** The programme says it will not take place (`STATUS:CANCELLED`). */
  cancelled: z.boolean().default(false),
  /** Gone from a re-imported programme but kept, because an entry or a star points to it. */
  removed: z.boolean().default(false),
  starred: z.boolean().default(false),
});
export type ProgrammeSession = z.infer<typeof ProgrammeSession>;

export const PROGRAMME_FORMATS = ['ics', 'pretalx-json', 'frab-xml', 'csv'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

/** `programmes/<tripId>.json`: kept apart from the trip file so a large programme does not weigh on every save. */
export const ProgrammeDocument = z.object({
  format: z.literal('proceedings-programme'),
  version: z.literal(1),
  tripId: z.string().min(1),
  importedAt: Instant,
  source: z.object({ format: z.enum(PROGRAMME_FORMATS), name: z.string().max(500).default('') }),
  sessions: z.array(ProgrammeSession),
});
export type ProgrammeDocument = z.infer<typeof ProgrammeDocument>;

const SessionRef = z.object({ id: z.string(), title: z.string(), start: LocalDateTime });
export const SessionChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

/** What an import did, for the user (and `programme import --json`). */
export const ImportReport = z.object({
  tripId: z.string(),
  format: z.enum(PROGRAMME_FORMATS),
  sessionCount: z.number().int(),
  days: z.array(LocalDate),
  added: z.array(SessionRef),
  changed: z.array(SessionRef.extend({ changes: z.array(SessionChange) })),
  /** Gone from the file: deleted, or kept as `removed` when `kept` (an entry or a star points to it). */
  removed: z.array(SessionRef.extend({ kept: z.boolean() })),
  /** Newly cancelled by the programme. */
  cancelled: z.array(SessionRef),
  /** Entries made from a changed session whose scheduled fields followed it. */
  entriesUpdated: z.array(z.object({ entryId: z.string(), sessionId: z.string(), fields: z.array(z.string()) })),
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
export type SessionRef = z.infer<typeof SessionRef>;
