import './tz';
import type { EventPayload } from '../../../electron/shared/contract/events';
import type { ImportReport } from '../../../electron/shared/contract/photos';
import type { Library } from '../../../electron/services/library/library';
import { PhotoJobs } from '../../../electron/services/photos/jobs';
import { photoFixtures } from '../../fixtures/photos/make-fixtures';
import { makeTrip, openLibrary, tempDir } from '../../support/library';

export type Progress = EventPayload<'photos:progress'>;

/** A fresh library with the ECCV trip (venue Asia/Jerusalem, home Asia/Seoul) and the fixture folder. */
export async function setup(): Promise<{ lib: Library; tripId: string; dir: string; fixtures: string }> {
  const fixtures = await photoFixtures();
  const dir = tempDir('proceedings-photos-');
  const lib = await openLibrary(dir);
  const trip = await makeTrip(lib);
  return { lib, tripId: trip.id, dir, fixtures };
}

/** Runs one import to the end and returns its report and every progress event. */
export async function importAll(lib: Library, tripId: string, paths: string[]): Promise<{ report: ImportReport; events: Progress[] }> {
  const events: Progress[] = [];
  const jobs = new PhotoJobs(lib, (p) => events.push(structuredClone(p)));
  const { done } = await jobs.startImport(tripId, paths);
  return { report: await done, events };
}
