import { TRIP_SCHEMA_VERSION } from '../../shared/schemas/document';
import { AppError } from '../util/errors';

/**
 * Migrations from each schema version to the next. Add `n: doc => doc'` to go
 * from version n to n+1 and bump TRIP_SCHEMA_VERSION. Old trip files are
 * upgraded in memory on open and written in the new version on the next save;
 * the backup of the old version stays.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const TRIP_MIGRATIONS: Record<number, Migration> = {
  // Version 0 was the unreleased prototype: flat { trip, entries } with no papers.
  0: (doc) => ({ ...doc, schemaVersion: 1, papers: doc.papers ?? [], photos: doc.photos ?? [], series: doc.series ?? [] }),
};

export function migrateTripDocument(
  raw: unknown,
  target = TRIP_SCHEMA_VERSION,
  migrations: Record<number, Migration> = TRIP_MIGRATIONS,
): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  if (version > target) {
    throw new AppError(
      'newer-version',
      `This journal was written by a newer version of Proceedings (format ${version}; this version reads up to ${target}). ` +
        'Update the app; the file was left untouched.',
    );
  }
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new AppError('trip-corrupt', `No migration from journal format ${version}.`);
    doc = step(doc);
    version++;
  }
  return doc;
}
