import path from 'node:path';
import { ID_PATTERN } from '../../shared/schemas/ids';
import { AppError } from '../util/errors';

/** Fixed layout of a library folder; every path the services touch comes from here. */
export interface LibraryPaths {
  root: string;
  meta: string;
  trips: string;
  backups: string;
  trash: string;
  media: string;
  lock: string;
  /** The trip list's index (derived from the trip files, rebuilt when missing). */
  summaries: string;
}

export function libraryPaths(root: string): LibraryPaths {
  const abs = path.resolve(root);
  return {
    root: abs,
    meta: path.join(abs, 'library.json'),
    trips: path.join(abs, 'trips'),
    backups: path.join(abs, 'backups'),
    trash: path.join(abs, 'trash'),
    media: path.join(abs, 'media'),
    lock: path.join(abs, '.proceedings.lock'),
    summaries: path.join(abs, 'summaries.json'),
  };
}

export function tripFile(paths: LibraryPaths, tripId: string): string {
  return path.join(paths.trips, `${safeId(tripId)}.json`);
}

export function tripBackupDir(paths: LibraryPaths, tripId: string): string {
  return path.join(paths.backups, safeId(tripId));
}

/** Ids become file names: refuse anything that could climb out of the library. */
export function safeId(id: string): string {
  if (!ID_PATTERN.test(id)) throw new AppError('invalid-input', `"${id}" is not a valid id`);
  return id;
}

/**
 * Resolves a library-relative path and refuses one that leaves the library
 * (`../`, absolute paths, drive letters), whatever the user typed.
 */
export function insideLibrary(paths: LibraryPaths, relative: string): string {
  const resolved = path.resolve(paths.root, relative);
  const rel = path.relative(paths.root, resolved);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new AppError('outside-library', `"${relative}" is outside the library folder ${paths.root}`);
  }
  return resolved;
}
