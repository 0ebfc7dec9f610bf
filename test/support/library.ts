import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEntry } from '../../electron/services/journal/entries';
import { createTrip } from '../../electron/services/journal/trips';
import { Library, type OpenLibraryOptions } from '../../electron/services/library/library';
import type { Trip } from '../../electron/shared/schemas/trip';

/** Repo root, for spawning the CLI and child scripts. */
export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

const made: string[] = [];

/** A fresh empty folder under the OS temp dir; removed by `cleanupTempDirs()`. */
export function tempDir(prefix = 'proceedings-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function openLibrary(root: string, options: Partial<OpenLibraryOptions> = {}): Promise<Library> {
  return Library.open(root, { owner: 'test', ...options });
}

/** The trip the issue talks about: ECCV 2022 in Tel Aviv, from Seoul. */
export const ECCV_TRIP = {
  title: '텔 아비브와 ECCV 2022',
  conference: 'ECCV 2022',
  city: 'Tel Aviv',
  start: '2022-10-22',
  end: '2022-10-28',
  timeZone: 'Asia/Jerusalem',
  homeTimeZone: 'Asia/Seoul',
} as const;

export async function makeTrip(library: Library, overrides: Record<string, unknown> = {}): Promise<Trip> {
  return createTrip(library, { ...ECCV_TRIP, ...overrides });
}

/** Adds `count` notes and flushes, so the trip file has been replaced `count` times at most. */
export async function addNotes(library: Library, tripId: string, count: number, label = 'note'): Promise<void> {
  // On ECCV's third day, or on the first day of another trip (entries must lie on or near the trip's days).
  const { trip } = await library.trip(tripId);
  const day = trip.start <= '2022-10-24' && '2022-10-24' <= trip.end ? '2022-10-24' : trip.start;
  for (let i = 0; i < count; i++) {
    await createEntry(library, tripId, { kind: 'note', start: `${day}T10:30`, title: `${label} ${i}` });
    await library.flush();
  }
}
