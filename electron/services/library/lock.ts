import { linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * When the process `pid` started, from Linux's /proc (null elsewhere or if it
 * is gone). A process that started after a lock was taken cannot be the one
 * that took it: its PID was reused after the holder died.
 */
function processStartedAt(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return null;
    return (btime + ticks / 100) * 1000; // USER_HZ is 100 on every Linux ABI Node runs on
  } catch {
    return null;
  }
}

export type HolderState = 'live' | 'dead' | 'reused-pid' | 'other-host' | 'unreadable';

/** What became of a lock's holder, as far as this machine can tell. */
export function holderState(holder: LockInfo | null): HolderState {
  if (!holder || typeof holder.pid !== 'number' || typeof holder.host !== 'string') return 'unreadable';
  if (holder.host !== os.hostname()) return 'other-host';
  if (holder.pid === process.pid) return 'live';
  if (!isAlive(holder.pid)) return 'dead';
  const started = processStartedAt(holder.pid);
  const since = Date.parse(holder.since);
  // Two seconds of slack for clock granularity: a process cannot take a lock before it starts.
  if (started !== null && Number.isFinite(since) && started > since + 2000) return 'reused-pid';
  return 'live';
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

export function readLock(file: string): LockInfo | null {
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
      removeStrayLockTemps(file);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const seen = readText(file);
      const holder = readLock(file);
      const state = holderState(holder);
      const stale = state === 'unreadable' || state === 'dead' || state === 'reused-pid';
      if (stale) {
        // Only remove the lock we judged: another process may have just taken it over.
        if (readText(file) === seen) rmSync(file, { force: true });
        continue;
      }
      const who = holder!.owner === 'app' ? 'the Proceedings app' : `another ${holder!.owner} command`;
      const root = path.dirname(file);
      throw new AppError(
        'library-locked',
        `The library is in use by ${who} (process ${holder!.pid} on ${holder!.host}, since ${holder!.since}). ` +
          `Close it and try again; changes are only made by one program at a time so that nothing is lost. ` +
          `If that program is no longer running (it crashed on another computer of a synced folder, say), ` +
          `clear the lock with: proceedings --library ${JSON.stringify(root)} lock clear`,
        { lockFile: file, holder, clear: `proceedings --library ${JSON.stringify(root)} lock clear` },
      );
    }
  }
  throw new AppError('library-locked', `Could not take the library lock ${file}.`);
}

/**
 * Temp files of lock attempts (`.proceedings.lock.<pid>.<n>.tmp`) whose process
 * is gone: a kill between writing one and removing it leaves it behind.
 */
function removeStrayLockTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (pid === process.pid || (Number.isInteger(pid) && pid > 0 && isAlive(pid))) continue;
    rmSync(path.join(dir, name), { force: true });
  }
}

export interface ClearedLock {
  lockFile: string;
  holder: LockInfo | null;
  state: HolderState | 'none';
  cleared: boolean;
}

/**
 * Removes a lock the user says is abandoned (`proceedings lock clear`). Refused
 * while its holder is a live process on this machine: clearing it would let two
 * programs write at once.
 */
export function clearLock(file: string): ClearedLock {
  const seen = readText(file);
  if (seen === null) {
    removeStrayLockTemps(file);
    return { lockFile: file, holder: null, state: 'none', cleared: false };
  }
  const holder = readLock(file);
  const state = holderState(holder);
  if (state === 'live') {
    throw new AppError(
      'library-locked',
      `The lock is held by a running program (process ${holder!.pid} on this computer, ${holder!.owner}, since ${holder!.since}); ` +
        'it was not cleared. Close that program instead.',
      { lockFile: file, holder },
    );
  }
  if (readText(file) === seen) rmSync(file, { force: true });
  removeStrayLockTemps(file);
  return { lockFile: file, holder, state, cleared: true };
}

/** Describes the lock for a confirmation question, without changing anything. */
export function inspectLock(file: string): { holder: LockInfo | null; state: HolderState | 'none' } {
  if (readText(file) === null) return { holder: null, state: 'none' };
  const holder = readLock(file);
  return { holder, state: holderState(holder) };
}
