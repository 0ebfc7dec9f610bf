import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
    try {
      const fd = openSync(file, 'wx');
      const info: LockInfo = { pid: process.pid, host: os.hostname(), owner, since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
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
      const holder = readLock(file);
      const stale =
        !holder || (holder.host === os.hostname() && (holder.pid === process.pid ? false : !isAlive(holder.pid)));
      if (stale) {
        rmSync(file, { force: true });
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
