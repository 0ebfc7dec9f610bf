import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TripDocument } from '../../shared/schemas/document';
import type { Library } from '../library/library';
import { previewPart, type PreviewOptions } from './preview';
import { AppError, type ErrorCode } from '../util/errors';
import type { PreviewJob, PreviewReply } from './preview-worker';

/**
 * Where the worker's code is: next to this module's file, with its extension —
 * the TypeScript source under tsx/vitest (run through tsx's loader), the built
 * `preview-worker.js` beside out/main/index.js in the app (an entry of its own
 * in electron.vite.config.ts). Null when there is none (a bundle built without
 * it): the preview then renders on the calling thread, as before.
 */
function workerEntry(): { file: string; execArgv: string[] } | null {
  const here = fileURLToPath(import.meta.url);
  const ext = path.extname(here);
  // Bundled, this code may sit in a shared chunk one folder below the entry files.
  const file = [path.dirname(here), path.dirname(path.dirname(here))].map((dir) => path.join(dir, `preview-worker${ext}`)).find(existsSync);
  if (!file) return null;
  return { file, execArgv: ext === '.ts' ? [...process.execArgv.filter((a) => a !== '--expose-gc'), '--import', 'tsx'] : [] };
}

/**
 * Renders previews on one worker thread. The trip goes to the worker as JSON
 * text, and only when it changed since the last preview (Library.revision);
 * the Markdown → HTML work, the expensive part, happens there with its cache
 * (preview-cache.ts) kept between previews. A worker that dies fails its
 * pending requests with a message and is started again on the next request.
 */
export class PreviewRenderer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: { html: string; title: string }) => void; reject: (e: AppError) => void }>();
  private readonly entry = workerEntry();
  /** The document the worker holds, as it was when sent. */
  private sent: { worker: Worker; doc: TripDocument; revision: number } | null = null;

  /** True when previews render off the calling thread. */
  get offThread(): boolean {
    return this.entry !== null;
  }

  async render(library: Library, options: PreviewOptions): Promise<{ html: string; title: string }> {
    if (!this.entry) return previewPart(library, options);
    const doc = await library.trip(options.tripId);
    const worker = this.start(this.entry);
    const id = this.nextId++;
    // The worker keeps the last trip it was sent: send it again only when it changed (or the worker restarted).
    const revision = library.revision(options.tripId);
    const current = this.sent?.worker === worker && this.sent.doc === doc && this.sent.revision === revision;
    const job: PreviewJob = { id, paths: library.paths, options, ...(current ? {} : { docJson: JSON.stringify(doc) }) };
    this.sent = { worker, doc, revision };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(job);
    });
  }

  private start(entry: { file: string; execArgv: string[] }): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    // An idle preview thread must not keep the CLI or a test process alive.
    worker.unref();
    worker.on('message', (reply: PreviewReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new AppError(reply.error.code as ErrorCode, reply.error.message));
    });
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, waiting] of this.pending) {
        this.pending.delete(id);
        waiting.reject(new AppError('io', `The preview could not be made: ${why}. Try again.`));
      }
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the preview thread stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  /** Stops the thread (app quit, end of a test); pending previews fail with a message. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
