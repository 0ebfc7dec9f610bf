import { z } from 'zod';
import { Entry } from './entry';
import { Paper } from './paper';
import { Camera, Photo } from './photo';
import { Series } from './series';
import { Trip } from './trip';

/** Bump together with a migration in electron/services/library/migrations.ts. */
export const TRIP_SCHEMA_VERSION = 1;

/** One trip file: everything of one trip, so a save touches one trip only. */
export const TripDocument = z.looseObject({
  schemaVersion: z.literal(TRIP_SCHEMA_VERSION),
  trip: Trip,
  entries: z.array(Entry).default([]),
  papers: z.array(Paper).default([]),
  photos: z.array(Photo).default([]),
  cameras: z.array(Camera).default([]),
  series: z.array(Series).default([]),
});
export type TripDocument = z.infer<typeof TripDocument>;

export const TripSummary = z.object({
  id: z.string(),
  title: z.string(),
  conference: z.string(),
  city: z.string(),
  start: z.string(),
  end: z.string(),
  entryCount: z.number().int(),
  photoCount: z.number().int(),
  paperCount: z.number().int(),
  /** Set when the trip's file cannot be opened; the file is left untouched. */
  problem: z
    .object({ message: z.string(), file: z.string(), newestGoodBackup: z.string().nullable() })
    .optional(),
});
export type TripSummary = z.infer<typeof TripSummary>;
