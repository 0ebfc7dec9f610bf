import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure } from '../../shared/contract/photos';
import type { PhotoFormat } from '../../shared/schemas/photo';
import type { LibraryPaths } from '../library/paths';
import { EXTENSION_OF, jpegFrameSize, looksComplete, MIME_OF, sniffFormat } from './formats';
import { absolute, mediaRel, storeOnce } from './media-store';
import { previewThumbnail, previewTurning, readEmbeddedPreview } from './embedded-preview';
import { readMetadataFromBuffer, type PhotoMetadata } from './metadata';
import { appliedOrientation } from './orientation';
import { withinPixelBudget } from './pixel-budget';
import type { ReadLease } from './read-buffers';
import { checkedHeader, ImageProblem, probeImage, verifyDecodes, type ImageHeader } from './thumbnails';

/**
 * The first stage of importing one file: everything needed to add it to the
 * journal — checks, hash, metadata, the copy of the original and, for the
 * first screenful, the camera's own preview. The full decode for the 400 px thumbnail comes after (media.ts),
 * so photos appear in the UI at metadata speed.
 */

/** Larger files are refused before being read (no photo is anywhere near this). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export class IngestFailure extends Error {
  constructor(
    readonly reason: ImportFailure,
    message: string,
  ) {
    super(message);
  }
}

/** A file that passed every check and whose original is now in the library. */
export interface IngestedFile {
  path: string;
  sha256: string;
  format: PhotoFormat;
  mime: string;
  bytes: number;
  file: string;
  /** Library-relative path of the embedded EXIF preview, when the camera wrote one. */
  embeddedThumb: string | null;
  header: ImageHeader;
  meta: PhotoMetadata;
  fileTime: string;
  /** The camera turned the pixels upright already and kept its orientation tag: the tag is not applied. */
  pixelsTurned: boolean;
  /** The file's bytes, valid only until the read lease given to ingestFile is released. */
  source: Buffer;
}

export type IngestOutcome =
  | { kind: 'new'; ingested: IngestedFile }
  | { kind: 'same-bytes'; sha256: string };

async function readChecked(file: string, lease: ReadLease, signal: AbortSignal): Promise<{ buf: Buffer; mtime: Date }> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new IngestFailure('unreadable', `it cannot be read (${(error as Error).message})`);
  }
  if (!info.isFile()) throw new IngestFailure('unsupported', 'it is not a regular file');
  if (info.size === 0) throw new IngestFailure('empty', 'the file is empty (0 bytes)');
  if (info.size > MAX_FILE_BYTES) throw new IngestFailure('too-large', `the file is ${Math.round(info.size / 1e6)} MB, larger than any photo`);
  try {
    return { buf: await lease.readFile(file, info.size, signal), mtime: info.mtime };
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new IngestFailure('unreadable', `it cannot be read (${(error as Error).message})`);
  }
}

export interface IngestOptions {
  /**
   * Store the camera's embedded preview as the first thumbnail. Asked only for
   * the first screenful: for the rest the real thumbnail follows within a few
   * photos, and the preview would only cost CPU and a file.
   */
  preview?: boolean;
}

/**
 * Checks and copies one file. `claim(sha)` is asked right after hashing: it
 * answers false when the same bytes are already in the trip or in this job
 * (a duplicate, reported without copying anything). The file is read into
 * the lease's buffer; the caller releases it when done with `source`.
 */
export async function ingestFile(
  paths: LibraryPaths,
  file: string,
  claim: (sha256: string) => boolean | Promise<boolean>,
  lease: ReadLease,
  signal: AbortSignal,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const { buf, mtime } = await readChecked(file, lease, signal);
  const sniffed = sniffFormat(buf.subarray(0, 64), path.basename(file));
  if (sniffed.kind === 'not-an-image') {
    throw new IngestFailure('not-an-image', 'it is not an image (its bytes are not JPEG, HEIC, AVIF, PNG, TIFF, WebP or GIF)');
  }
  if (sniffed.kind === 'unsupported') throw new IngestFailure('unsupported', `${sniffed.what} are not supported`);
  const format = sniffed.format;
  const sha256 = createHash('sha256').update(buf).digest('hex');
  if (!(await claim(sha256))) return { kind: 'same-bytes', sha256 };

  const meta = await readMetadataFromBuffer(buf, format);
  let header: ImageHeader;
  let pixelsTurned = false;
  try {
    const frame = format === 'jpeg' ? jpegFrameSize(buf) : null;
    // JPEG: the frame header and the EXIF orientation (read by exifr just above) are all the decoder would say.
    header = frame ? checkedHeader(frame.width, frame.height, meta.orientation) : await probeImage(buf, format);
    const stored = header.orientation >= 5 ? { width: header.height, height: header.width } : header;
    const applied = appliedOrientation(stored.width, stored.height, header.orientation, meta.exifSize?.width, meta.exifSize?.height);
    if (applied !== header.orientation) {
      header = checkedHeader(stored.width, stored.height, applied);
      pixelsTurned = true;
    }
    const complete = looksComplete(buf, format);
    // The decoder is the judge: a file the structure check doubts is refused only when it does not
    // decode (HEIC, which sharp cannot decode here, is judged by its boxes alone).
    if (complete === false && format === 'heic') throw new ImageProblem('truncated', 'the file is cut short (it ends before the image does)');
    if (complete !== true) await withinPixelBudget(header.width * header.height, () => verifyDecodes(buf));
  } catch (error) {
    if (error instanceof ImageProblem) throw new IngestFailure(error.reason, error.message);
    throw error;
  }
  signal.throwIfAborted();
  const rel = mediaRel.original(sha256, EXTENSION_OF[format]);
  await storeOnce(absolute(paths, rel), buf, { durable: true, signal });

  let embeddedThumb: string | null = null;
  if (options.preview && format === 'jpeg') {
    try {
      const preview = await readEmbeddedPreview(buf);
      if (preview) {
        const thumbRel = mediaRel.embeddedThumb(sha256);
        const turning = previewTurning(preview, header, meta.orientation, 0);
        // Not cancellable: once the original is in place the photo is committed whole.
        await storeOnce(absolute(paths, thumbRel), await previewThumbnail(preview, turning));
        embeddedThumb = thumbRel;
      }
    } catch {
      // A broken preview only means the real thumbnail shows a moment later.
    }
  }
  return {
    kind: 'new',
    ingested: {
      path: file,
      sha256,
      format,
      mime: MIME_OF[format],
      bytes: buf.length,
      file: rel,
      embeddedThumb,
      header,
      meta,
      fileTime: mtime.toISOString(),
      pixelsTurned,
      source: buf,
    },
  };
}
