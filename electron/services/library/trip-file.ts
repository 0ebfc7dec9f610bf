import { readFile } from 'node:fs/promises';
import { TripDocument } from '../../shared/schemas/document';
import { AppError, describeZodError } from '../util/errors';
import { newestGoodBackup } from './backups';
import { migrateTripDocument } from './migrations';
import { tripBackupDir, tripFile, type LibraryPaths } from './paths';
import { stampOf, type TripStamp } from './summaries';

/** Reading one trip file: parse, migrate, validate, and name what is wrong (with the newest good backup) when it fails. */

export interface Problem {
  /** `trip-corrupt`, or `newer-version` when restoring an older backup would be the wrong advice. */
  code: 'trip-corrupt' | 'newer-version';
  message: string;
  file: string;
  newestGoodBackup: string | null;
}

/**
 * Parses and validates one trip file's text; throws a message naming what is wrong.
 * A file on disk is trusted no further than a request: it may be damaged, hand-edited or
 * written by a newer version, so it is validated whole on every read (not a re-parse).
 */
export function parseTripDocument(text: string): TripDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError('trip-corrupt', `it is not valid JSON (${(error as Error).message})`);
  }
  const result = TripDocument.safeParse(migrateTripDocument(raw));
  if (!result.success) throw new AppError('trip-corrupt', `it does not match the journal format: ${describeZodError(result.error)}`);
  return result.data;
}

const safeName = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);

export function isGoodTripText(text: string): boolean {
  try {
    parseTripDocument(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads and validates one trip file, with the stamp it had before the read (a
 * change during the read then shows as a stale stamp, never as a wrong summary).
 * Null when the file does not exist.
 */
export async function readTripFile(paths: LibraryPaths, id: string): Promise<{ doc: TripDocument; stamp: TripStamp } | { problem: Problem } | null> {
  const file = tripFile(paths, id);
  const backupDir = tripBackupDir(paths, id);
  const stamp = await stampOf(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = parseTripDocument(text);
    if (parsed.trip.id !== id) {
      // Reporting it under either id would be wrong, and a save would write one trip's data under the other's name.
      throw new AppError(
        'trip-corrupt',
        `its trip id "${parsed.trip.id}" differs from its file name "${id}.json" (rename the file to "${safeName(parsed.trip.id)}.json" or set "trip.id" to "${id}")`,
      );
    }
    return { doc: parsed, stamp: stamp ?? { mtimeMs: 0, size: 0 } };
  } catch (error) {
    const good = await newestGoodBackup(backupDir, isGoodTripText);
    const newer = error instanceof AppError && error.code === 'newer-version';
    return {
      problem: {
        code: newer ? 'newer-version' : 'trip-corrupt',
        message: newer
          ? `The journal file ${file} cannot be opened: ${(error as Error).message}`
          : `The journal file ${file} cannot be opened: ${(error as Error).message}. It was left untouched. ` +
            (good
              ? `The newest good backup is ${good.name} (${good.takenAt}); restore it with "proceedings backup restore --trip ${id}".`
              : 'No good backup was found.'),
        file,
        newestGoodBackup: good?.name ?? null,
      },
    };
  }
}
