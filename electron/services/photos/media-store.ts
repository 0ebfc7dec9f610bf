import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryPaths } from '../library/paths';

/**
 * Where photo files live inside the library, content-addressed by SHA-256 so
 * the same photo is stored once whatever its name. Paths in the journal are
 * library-relative with forward slashes (the renderer builds
 * proceedings-media://library/<path> from them).
 */

const shard = (sha: string) => sha.slice(0, 2);

export const mediaRel = {
  original: (sha: string, ext: string) => `media/originals/${shard(sha)}/${sha}.${ext}`,
  thumb: (sha: string) => `media/thumbs/${shard(sha)}/${sha}.jpg`,
  /** The camera's own small preview, shown until the real thumbnail exists. */
  embeddedThumb: (sha: string) => `media/thumbs/${shard(sha)}/${sha}.exif.jpg`,
  /** JPEG made from a HEIC or TIFF original, for the viewer and the exports. */
  derived: (sha: string) => `media/derived/${shard(sha)}/${sha}.jpg`,
};

export function absolute(paths: LibraryPaths, rel: string): string {
  return path.join(paths.root, ...rel.split('/'));
}

export async function fileSize(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/**
 * Writes to a temporary name in the target's folder and renames it into place,
 * so a crash, an error or a cancel never leaves a half-written file under the
 * real name; the temporary file is removed on every failure path.
 */
/** Shard folders already made: a thousand-photo import would otherwise ask the disk a thousand times. */
const madeDirs = new Set<string>();

export async function writeAtomically(
  target: string,
  data: Uint8Array,
  options: { durable?: boolean; signal?: AbortSignal } = {},
): Promise<void> {
  const dir = path.dirname(target);
  if (!madeDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let renamed = false;
  try {
    options.signal?.throwIfAborted();
    let handle;
    try {
      handle = await open(tmp, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      madeDirs.delete(dir); // the folder was removed meanwhile (a test, a user): make it again
      await mkdir(dir, { recursive: true });
      handle = await open(tmp, 'wx', 0o644);
    }
    try {
      await handle.writeFile(data, { signal: options.signal });
      // Originals are the user's only copy once the card is wiped: make them durable.
      if (options.durable) await handle.sync();
    } finally {
      await handle.close();
    }
    options.signal?.throwIfAborted();
    await rename(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
}

/** Stores bytes under a content-addressed name unless an identical-size copy is already there. */
export async function storeOnce(target: string, data: Uint8Array, options: { durable?: boolean; signal?: AbortSignal } = {}): Promise<boolean> {
  if ((await fileSize(target)) === data.length) return false;
  await writeAtomically(target, data, options);
  return true;
}
