import { z } from 'zod';
import { Entry } from '../schemas/entry';
import { Paper } from '../schemas/paper';
import { Photo } from '../schemas/photo';
import { ImportReport, PROGRAMME_FORMATS, ProgrammeSession } from '../schemas/programme';
import type { ContractTable } from './types';

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id');

/** A programme file to import: a path main's chooser (purpose 'programme') just returned — main reads no other. */
const ProgrammeSource = z.object({ path: z.string().min(1).max(4096) }).strict();

export const programmeContract = {
  /** Imports or re-imports the trip's programme; answers what was added, changed, removed and cancelled. */
  'programme.import': {
    request: z.object({ tripId: Id, source: ProgrammeSource }).strict(),
    response: ImportReport,
  },
  /** The whole programme in time order (the view filters it itself), with its rooms and tracks. */
  'programme.get': {
    request: z.object({ tripId: Id }).strict(),
    response: z.object({
      sessions: z.array(ProgrammeSession),
      days: z.array(z.string()),
      rooms: z.array(z.string()),
      tracks: z.array(z.string()),
      importedAt: z.string().nullable(),
      source: z.object({ format: z.enum(PROGRAMME_FORMATS), name: z.string() }).nullable(),
    }),
  },
  'programme.star': {
    request: z.object({ tripId: Id, sessionId: Id, on: z.boolean() }).strict(),
    response: ProgrammeSession,
  },
  /** "Attend": a talk entry filled from the session, remembering it. */
  'programme.createEntry': {
    request: z.object({ tripId: Id, sessionId: Id }).strict(),
    response: z.object({ entry: Entry, papers: z.array(Paper), photos: z.array(Photo), session: ProgrammeSession }),
  },
} satisfies ContractTable;
