import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFileResult } from '../../shared/contract/photos';
import { extensionOf, IMAGE_EXTENSIONS } from './formats';

/**
 * Turns what the user dropped or named (files and folders) into the list of
 * files to import. Files named explicitly are always tried (and reported);
 * inside folders only photo-like names are taken, so a camera card's videos,
 * sidecars and hidden files do not fill the report with noise.
 */

const RAW_LIKE = /\.(arw|cr2|cr3|nef|nrw|dng|orf|rw2|raf|pef|srw)$/i;
const MAX_DEPTH = 32;

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
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (IMAGE_EXTENSIONS.has(extensionOf(entry.name)) || RAW_LIKE.test(entry.name)) out.push(full);
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
