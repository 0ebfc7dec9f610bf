import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Photo } from '../../shared/schemas/photo';
import type { Library } from '../library/library';
import type { ChosenFiles } from '../util/chosen-files';
import { AppError } from '../util/errors';
import { estimatePlaces, parseGpx } from './geotag';

/** A day of one-second track points is ~10 MB of GPX; a file far beyond that is not a track. */
export const MAX_GPX_BYTES = 64 * 1024 * 1024;

export interface GpxGeotagResult {
  changed: Photo[];
  /** The file's name, and when its track starts and ends (UTC ISO), so "0 photos" can say why. */
  fileName: string;
  trackStart: string;
  trackEnd: string;
}

/**
 * Estimates places from a GPX file the user just chose in the "Import GPX
 * track…" chooser (`chosen` holds what it returned): read here, in the main
 * process, never by the renderer, and never a path the chooser did not return.
 */
export async function geotagFromGpxFile(library: Library, chosen: ChosenFiles | undefined, tripId: string, file: string): Promise<GpxGeotagResult> {
  const absolute = chosen?.take('gpx', file);
  const fileName = path.basename(file);
  if (!absolute) throw new AppError('invalid-input', `“${fileName}” was not chosen in the GPX file chooser just now — choose the track again with “Import GPX track…”.`);
  let text: string;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new AppError('invalid-input', `“${fileName}” is not a file.`);
    if (info.size > MAX_GPX_BYTES) throw new AppError('invalid-input', `“${fileName}” is ${Math.round(info.size / 1024 / 1024)} MB — a GPX track of a trip is far smaller; is it the right file?`);
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('io', `Could not read “${fileName}”: ${(error as Error).message}`);
  }
  let track;
  try {
    track = parseGpx(text);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `“${fileName}”: ${error.message}`);
    throw error;
  }
  const changed = await library.mutate(tripId, (doc) => estimatePlaces(doc.photos, track));
  return { changed, fileName, trackStart: new Date(track[0]!.t).toISOString(), trackEnd: new Date(track[track.length - 1]!.t).toISOString() };
}
