/**
 * The preview renderer's thread (worker_threads): renders one part as the
 * HTML export publishes it, from a copy of the trip document the services
 * send, so the services keep answering while a 91-entry part's Markdown and
 * math are rendered (issue #16: 461 ms during which nothing else was served).
 * Messages: PreviewJob in, PreviewReply out.
 */
import { parentPort } from 'node:worker_threads';
import type { TripDocument } from '../../shared/schemas/document';
import type { Library } from '../library/library';
import type { LibraryPaths } from '../library/paths';
import { previewPart, type PreviewOptions } from './preview';
import { toAppError } from '../util/errors';

export interface PreviewJob {
  id: number;
  /**
   * The trip as JSON text when the worker's copy is not current (a string crosses
   * threads far cheaper than structured-cloning thousands of objects); absent to reuse it.
   */
  docJson?: string;
  paths: LibraryPaths;
  options: PreviewOptions;
}

export type PreviewReply =
  | { id: number; ok: true; value: { html: string; title: string } }
  | { id: number; ok: false; error: { code: string; message: string } };

/** What previewPart reads of a library: the trip and the library's paths (for export images). */
function documentLibrary(doc: TripDocument, paths: LibraryPaths): Library {
  return { paths, trip: async () => doc } as unknown as Library;
}

/** The one trip this thread holds: the one being previewed. */
let held: TripDocument | null = null;

export async function runJob(job: PreviewJob): Promise<PreviewReply> {
  try {
    if (job.docJson !== undefined) held = JSON.parse(job.docJson) as TripDocument;
    if (!held || held.trip.id !== job.options.tripId) throw new Error('the preview thread has no copy of this trip');
    const value = await previewPart(documentLibrary(held, job.paths), job.options);
    return { id: job.id, ok: true, value };
  } catch (error) {
    const e = toAppError(error);
    return { id: job.id, ok: false, error: { code: e.code, message: e.message } };
  }
}

parentPort?.on('message', (job: PreviewJob) => {
  void runJob(job).then((reply) => parentPort!.postMessage(reply));
});
