import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ProgrammeDocument } from '../../shared/schemas/programme';
import { preserveCopy, writeFileDurably } from '../library/durable-file';
import type { Library } from '../library/library';
import { safeId } from '../library/paths';
import { AppError, describeZodError } from '../util/errors';

/**
 * `programmes/<tripId>.json` beside `trips/`: a 3,000-session programme is
 * megabytes, and kept in the trip file it would be rewritten on every keystroke's
 * save. Written durably like trip files (temp + fsync + rename); the version it
 * replaces is kept as `programmes/previous/<tripId>.json`.
 */
export function programmeFile(library: Library, tripId: string): string {
  return path.join(library.paths.root, 'programmes', `${safeId(tripId)}.json`);
}

export function previousProgrammeFile(library: Library, tripId: string): string {
  return path.join(library.paths.root, 'programmes', 'previous', `${safeId(tripId)}.json`);
}

/** One library writes its programmes only through this cache, so a read after a write sees the write. */
const cache = new WeakMap<Library, Map<string, ProgrammeDocument | null>>();

function cacheOf(library: Library): Map<string, ProgrammeDocument | null> {
  let map = cache.get(library);
  if (!map) {
    map = new Map();
    cache.set(library, map);
  }
  return map;
}

/** The trip's programme, or null when none was imported. A file that does not validate is reported, never replaced. */
export async function readProgramme(library: Library, tripId: string): Promise<ProgrammeDocument | null> {
  const map = cacheOf(library);
  if (map.has(tripId)) return map.get(tripId)!;
  const file = programmeFile(library, tripId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    map.set(tripId, null);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw corrupt(library, tripId, `it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = ProgrammeDocument.safeParse(raw);
  if (!parsed.success) throw corrupt(library, tripId, `it does not match the programme format: ${describeZodError(parsed.error)}`);
  map.set(tripId, parsed.data);
  return parsed.data;
}

function corrupt(library: Library, tripId: string, why: string): AppError {
  const file = programmeFile(library, tripId);
  return new AppError(
    'trip-corrupt',
    `The programme file ${file} cannot be opened: ${why}. It was left untouched; ` +
      `the version before the last import is ${previousProgrammeFile(library, tripId)} (move it in place, or move the broken file away and import the programme again).`,
    { file },
  );
}

export async function writeProgramme(library: Library, doc: ProgrammeDocument): Promise<void> {
  if (library.readOnly) throw new AppError('io', 'The library was opened read-only.');
  const file = programmeFile(library, doc.tripId);
  const previous = previousProgrammeFile(library, doc.tripId);
  await writeFileDurably(file, JSON.stringify(doc), async () => {
    await rm(previous, { force: true });
    await preserveCopy(file, previous);
  });
  cacheOf(library).set(doc.tripId, doc);
}
