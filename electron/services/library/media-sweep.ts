import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LibraryPaths } from './paths';

/**
 * An import writes originals (durably) before the journal that names them is
 * saved. Killed in between, it leaves originals no trip references, and temp
 * files. Each running import leaves a marker in media/; a marker found when a
 * writer opens the library (so holding the lock: its import is dead) means
 * "sweep": temp files of dead processes go, and originals written since that
 * import started that no trip and nothing in the trash references go too.
 * Originals older than the import are never touched (backups may name them).
 */

const MARKER = /^\.import-running\.(\d+)\.([A-Za-z0-9_-]+)\.json$/;
/** Temp files of media-store's writeAtomically: `.<name>.<pid>.<hex>.tmp`. */
const TEMP = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;
/** Clock granularity of file times. */
const SLACK_MS = 2000;

interface Marker {
  pid: number;
  host: string;
  startedAt: string;
}

/** Marks an import of this process as running; returns what ends it (call it when the import ends, however). */
export async function markImportRunning(paths: LibraryPaths, jobId: string): Promise<() => Promise<void>> {
  await mkdir(paths.media, { recursive: true });
  const file = path.join(paths.media, `.import-running.${process.pid}.${jobId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
  const marker: Marker = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  await writeFile(file, JSON.stringify(marker));
  return () => rm(file, { force: true });
}

export interface SweepReport {
  tempFiles: string[];
  originals: string[];
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function list(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => [] as string[]);
}

async function walk(dir: string, visit: (abs: string, name: string) => Promise<void>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(abs, visit);
    else if (entry.isFile()) await visit(abs, entry.name);
  }
}

/** Every trip file and trashed trip, as text: a sha256 that appears in none of them is referenced by no trip. */
async function journalTexts(paths: LibraryPaths): Promise<string[] | null> {
  const texts: string[] = [];
  for (const dir of [paths.trips, paths.trash]) {
    for (const name of await list(dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        texts.push(await readFile(path.join(dir, name), 'utf8'));
      } catch {
        return null; // cannot tell what that trip references: sweep no original
      }
    }
  }
  return texts;
}

/**
 * Run by a writer right after taking the lock. Does nothing (one readdir) unless
 * an import was interrupted.
 */
export async function sweepInterruptedImports(paths: LibraryPaths): Promise<SweepReport> {
  const report: SweepReport = { tempFiles: [], originals: [] };
  const markers = (await list(paths.media)).filter((n) => MARKER.test(n) && Number(MARKER.exec(n)![1]) !== process.pid);
  if (markers.length === 0) return report;
  let since = Infinity;
  for (const name of markers) {
    try {
      const marker = JSON.parse(await readFile(path.join(paths.media, name), 'utf8')) as Marker;
      since = Math.min(since, Date.parse(marker.startedAt) - SLACK_MS);
    } catch {
      since = -Infinity; // unreadable marker: no start time, so no original is swept (temps still are)
    }
  }

  await walk(paths.media, async (abs, name) => {
    const temp = TEMP.exec(name);
    if (temp && !isAlive(Number(temp[1]))) {
      await rm(abs, { force: true });
      report.tempFiles.push(path.relative(paths.root, abs));
    }
  });

  const texts = Number.isFinite(since) ? await journalTexts(paths) : null;
  if (texts) {
    const originals = path.join(paths.media, 'originals');
    await walk(originals, async (abs, name) => {
      const sha = /^([0-9a-f]{64})\.[A-Za-z0-9]+$/.exec(name)?.[1];
      if (!sha) return;
      const info = await stat(abs).catch(() => null);
      if (!info || info.mtimeMs < since) return;
      if (texts.some((t) => t.includes(sha))) return;
      await rm(abs, { force: true });
      report.originals.push(path.relative(paths.root, abs));
      // Its thumbnails and display copy are the import's too.
      const shard = sha.slice(0, 2);
      for (const rel of [`thumbs/${shard}/${sha}.jpg`, `thumbs/${shard}/${sha}.exif.jpg`, `derived/${shard}/${sha}.jpg`]) {
        await rm(path.join(paths.media, ...rel.split('/')), { force: true });
      }
    });
  }
  for (const name of markers) await rm(path.join(paths.media, name), { force: true });
  return report;
}
