import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { AppError } from '../util/errors';

export interface LockInfo {
  pid: number;
  host: string;
  owner: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Creates the lock so it appears complete or not at all (written aside, then
 * hard-linked into place; EEXIST if it is held). With `open('wx')` + write, a
 * second process could read the still-empty file, judge it stale and delete it,
 * and both would write. Folders without hard links fall back to `wx`.
 */
function createLockFile(file: string, text: string, attempt: number): void {
  const tmp = `${file}.${process.pid}.${attempt}.tmp`;
  writeFileSync(tmp, text);
  try {
    linkSync(tmp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    writeFileSync(file, text, { flag: 'wx' });
  } finally {
    rmSync(tmp, { force: true });
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * One writer per library (the app or a CLI command), so two processes never
 * interleave saves. A lock left by a process that died on this machine is taken
 * over; one held by a live process — or by another machine of a synced
 * folder — is refused with a message saying who holds it.
 */
export function acquireLock(file: string, owner: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    const info: LockInfo = { pid: process.pid, host: os.hostname(), owner, since: new Date().toISOString() };
    try {
      createLockFile(file, JSON.stringify(info), attempt);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        const current = readLock(file);
        if (current && current.pid === process.pid && current.host === info.host) rmSync(file, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const seen = readText(file);
      const holder = readLock(file);
      const stale =
        !holder || (holder.host === os.hostname() && (holder.pid === process.pid ? false : !isAlive(holder.pid)));
      if (stale) {
        // Only remove the lock we judged: another process may have just taken it over.
        if (readText(file) === seen) rmSync(file, { force: true });
        continue;
      }
      const who = holder.owner === 'app' ? 'the Proceedings app' : `another ${holder.owner} command`;
      throw new AppError(
        'library-locked',
        `The library is in use by ${who} (process ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
          `Close it and try again; changes are only made by one program at a time so that nothing is lost.`,
        { lockFile: file, holder },
      );
    }
  }
  throw new AppError('library-locked', `Could not take the library lock ${file}.`);
}
