import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { preserveCopy } from './durable-file';
import type { BackupInfo } from '../../shared/schemas/backup';

// Tags may contain dashes ("pre-restore"): a narrower pattern hid those backups from
// `backup list`/restore by name and from pruning.
const STAMP_RE = /^(\d{8}T\d{9}Z)(?:-([\w-]+))?\.json$/;

/** 20221024T103412123Z — sortable, and safe in file names on every OS. */
export function backupStamp(date = new Date()): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function parseStamp(name: string): number | null {
  const m = STAMP_RE.exec(name);
  if (!m) return null;
  const s = m[1]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

export interface BackupPolicy {
  /** Every one of the newest N is kept (the last few saves). */
  recent: number;
  /** Then one per hour for this many hours… */
  hourly: number;
  /** …and one per day for this many days. */
  daily: number;
}
export const DEFAULT_BACKUP_POLICY: BackupPolicy = { recent: 10, hourly: 24, daily: 30 };

/**
 * Which backups to keep: the newest few, then the newest of each hour and of
 * each day, so a burst of saves while typing never pushes out yesterday's version.
 * Files marked `-corrupt` or `-pre-restore` are kept whatever their age.
 */
export function backupsToKeep(names: string[], now: number, policy = DEFAULT_BACKUP_POLICY): Set<string> {
  const keep = new Set<string>();
  const dated = names
    .map((name) => ({ name, t: parseStamp(name), tag: STAMP_RE.exec(name)?.[2] }))
    .filter((b): b is { name: string; t: number; tag: string | undefined } => b.t !== null)
    .sort((a, b) => b.t - a.t);
  for (const b of dated) if (b.tag) keep.add(b.name);
  const plain = dated.filter((b) => !b.tag);
  plain.slice(0, policy.recent).forEach((b) => keep.add(b.name));
  const hours = new Set<number>();
  const days = new Set<number>();
  for (const b of plain) {
    const age = now - b.t;
    const hour = Math.floor(b.t / 3_600_000);
    const day = Math.floor(b.t / 86_400_000);
    if (age <= policy.hourly * 3_600_000 && !hours.has(hour)) {
      hours.add(hour);
      keep.add(b.name);
    }
    if (age <= policy.daily * 86_400_000 && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
  }
  return keep;
}

export type { BackupInfo };

export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const t = parseStamp(name);
    if (t === null) continue;
    const file = path.join(dir, name);
    const info = await stat(file);
    const tag = STAMP_RE.exec(name)?.[2];
    out.push({ name, file, takenAt: new Date(t).toISOString(), bytes: info.size, ...(tag ? { tag } : {}) });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** Keeps the current version of `file` in `dir` before it is replaced, then thins old backups. */
export async function backupBeforeReplace(file: string, dir: string, tag?: string): Promise<void> {
  let taken = 0;
  // A unique name even for two saves within one millisecond.
  do {
    const name = `${backupStamp(new Date(Date.now() + taken))}${tag ? `-${tag}` : ''}.json`;
    const target = path.join(dir, name);
    try {
      await stat(target);
      taken++;
      continue;
    } catch {
      await preserveCopy(file, target);
      break;
    }
  } while (taken < 1000);
  await pruneBackups(dir);
}

export async function pruneBackups(dir: string, now = Date.now()): Promise<void> {
  const names = (await readdir(dir)).filter((n) => parseStamp(n) !== null);
  const keep = backupsToKeep(names, now);
  await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(path.join(dir, n), { force: true })));
}

/** Newest backup that passes `isGood` (parses and validates), or null. */
export async function newestGoodBackup(
  dir: string,
  isGood: (text: string) => boolean,
): Promise<BackupInfo | null> {
  for (const backup of await listBackups(dir)) {
    if (backup.tag === 'corrupt') continue;
    try {
      if (isGood(await readFile(backup.file, 'utf8'))) return backup;
    } catch {
      // unreadable backup: try the next older one
    }
  }
  return null;
}
