import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFileResult } from '../../shared/contract/photos';
import { extensionOf, IMAGE_EXTENSIONS, RAW_EXTENSIONS } from './formats';

/**
 * Turns what the user dropped or named (files and folders) into the list of
 * files to import. Files named explicitly are always tried; inside folders
 * photo-like names (and RAW names: their bytes decide) are tried, and every
 * other file is reported as skipped with what it is, so nothing an import saw
 * goes unmentioned. Hidden files (.DS_Store, ._IMG_0001.JPG) are not the
 * user's photos and are passed over.
 */

/** Deeper folders are reported, not opened (no card or export tree comes near; symbolic links are not followed). */
export const MAX_DEPTH = 64;

export interface ScanResult {
  files: string[];
  problems: ImportFileResult[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

async function walk(dir: string, depth: number, out: string[], problems: ImportFileResult[], signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, status: 'failed', reason: 'unreadable', message: `the folder cannot be read (${(error as Error).message})` });
    return;
  }
  entries.sort((a, b) => collator.compare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) await walk(full, depth + 1, out, problems, signal);
      else problems.push({ path: full, status: 'skipped', reason: 'too-deep', message: `the folder is nested more than ${MAX_DEPTH} levels deep; import it on its own` });
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const ext = extensionOf(entry.name);
      if (IMAGE_EXTENSIONS.has(ext) || RAW_EXTENSIONS.has(ext)) out.push(full);
      else problems.push({ path: full, status: 'skipped', reason: 'not-a-photo', message: `not a photo (${kindOfFile(ext)})` });
    }
  }
}

export async function expandPaths(paths: string[], signal?: AbortSignal): Promise<ScanResult> {
  const files: string[] = [];
  const problems: ImportFileResult[] = [];
  for (const given of paths) {
    const abs = path.resolve(given);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        path: abs,
        status: 'failed',
        reason: 'unreadable',
        message: code === 'ENOENT' ? 'there is no such file or folder' : `it cannot be read (${(error as Error).message})`,
      });
      continue;
    }
    if (info.isDirectory()) await walk(abs, 0, files, problems, signal);
    else files.push(abs);
  }
  return { files: [...new Set(files)], problems };
}

const VIDEO = new Set(['mov', 'mp4', 'm4v', 'avi', 'mts', 'm2ts', '3gp', 'mkv', 'webm', 'lrv', 'insv']);
const SIDECAR = new Set(['xmp', 'thm', 'aae', 'lrf', 'json', 'pp3', 'dop', 'on1']);

function kindOfFile(ext: string): string {
  if (VIDEO.has(ext)) return 'videos are not imported';
  if (SIDECAR.has(ext)) return `a .${ext} sidecar file`;
  return ext ? `.${ext} files are not imported` : 'a file without an extension';
}
