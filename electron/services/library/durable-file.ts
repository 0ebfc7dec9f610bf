import { constants } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * Writes `text` to `file` so that a crash at any moment leaves either the old
 * or the new content, never a mix: temp file in the same folder, fsync, then
 * rename over the target and fsync the folder (lowdb's own writer skips both fsyncs).
 * `beforeReplace` runs after the new bytes are durable and before the swap —
 * the backup hook links the old version there.
 */
// Two writes of one file in one millisecond (a restore racing a save) must not share a temp file.
let tmpCounter = 0;

export async function writeFileDurably(
  file: string,
  text: string,
  beforeReplace?: () => Promise<void>,
): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.${(tmpCounter++).toString(36)}.tmp`);
  const handle = await open(tmp, constants.O_CREAT | constants.O_TRUNC | constants.O_WRONLY, 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (beforeReplace) await beforeReplace();
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes a rename durable on POSIX; Windows cannot open folders and does not need it. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems (network shares) refuse fsync on folders; the rename itself is still atomic.
  } finally {
    await handle.close();
  }
}

/** Keeps `file`'s current version at `target` cheaply: a hard link, or a copy where links are not allowed. */
export async function preserveCopy(file: string, target: string): Promise<boolean> {
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await link(file, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'EEXIST') return true;
    await copyFile(file, target);
    return true;
  }
}

/**
 * A lowdb adapter: compact JSON (small files, fast saves), durable writes and
 * one write at a time per file. Parsing and validation stay with the caller,
 * which must refuse — never overwrite — a file it cannot read.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly beforeReplace?: () => Promise<void>,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): Promise<void> {
    // Serialise on the caller's turn so later mutations cannot leak into this write.
    const text = JSON.stringify(data);
    const next = this.queue.then(() => writeFileDurably(this.file, text, this.beforeReplace));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
