import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryPaths } from '../library/paths';
import { AppError } from '../util/errors';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp',
  '.gif': 'image/gif', '.tif': 'image/tiff', '.tiff': 'image/tiff', '.heic': 'image/heic', '.heif': 'image/heif',
};

/** The scheme the app serves library media under; the e2e harness serves the same paths over http. */
export const MEDIA_SCHEME = 'proceedings-media';

/**
 * Maps a media URL path ("media/thumbs/ab/abcd.jpg") to a file inside the
 * library's media folder. Anything else — `..`, absolute paths, encoded
 * escapes, other folders — is refused, so the renderer can never read
 * arbitrary files through it.
 */
export async function resolveMediaFile(paths: LibraryPaths, urlPath: string): Promise<{ file: string; mime: string }> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    throw new AppError('outside-library', 'Bad media path.');
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).some((part) => part === '..')) {
    throw new AppError('outside-library', `"${urlPath}" is outside the library's media folder.`);
  }
  const file = path.resolve(paths.root, decoded);
  const rel = path.relative(paths.media, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new AppError('outside-library', `"${urlPath}" is outside the library's media folder.`);
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError('not-found', `No media file ${decoded}.`);
  // A symbolic link inside media/ must not lead outside it.
  const [real, realMedia] = await Promise.all([realpath(file), realpath(paths.media)]);
  const realRel = path.relative(realMedia, real);
  if (!realRel || realRel.startsWith('..') || path.isAbsolute(realRel)) {
    throw new AppError('outside-library', `"${urlPath}" is outside the library's media folder.`);
  }
  return { file, mime: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
