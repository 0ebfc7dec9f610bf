import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { decodeHeicToJpeg } from './heic';

/**
 * HEIC decoding takes ~1 s of synchronous WASM per 12 MP photo, which would
 * freeze the Electron main process; it runs in one worker thread instead.
 * The worker is given as source text (`eval`) so it works the same under
 * tsx, vitest and the bundled main process, and loads heic-convert from the
 * path resolved here. It exits after a while without work.
 */

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const { inspect } = require('node:util');
// Set before libheif loads: its WASM build binds console.log for its messages at load time.
let printed = '';
console.log = console.info = console.warn = console.error = (...args) => {
  printed = (printed + args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ') + '\\n').slice(-2000);
};
const convert = require(workerData.heicConvert);
// One decode at a time (the WASM decoder runs on this one thread anyway), so what was printed belongs to it.
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(() => decode(job));
});
async function decode({ id, file, quality }) {
  try {
    const input = await readFile(file);
    printed = '';
    const out = Buffer.from(await convert({ buffer: input, format: 'JPEG', quality }));
    const copy = out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
    parentPort.postMessage({ id, ok: true, data: copy }, [copy]);
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String(error && error.message || error), printed });
  }
}
`;

/** The decoder's own words for a failure: the thrown message, else the `message: '…'` it printed. */
function decoderReason(thrown: string | undefined, printed: string): string {
  const said = /message: '([^']*)'/.exec(printed)?.[1]?.replace(/\\n/g, ' ').trim();
  const generic = !thrown || /^HEIF processing error$/i.test(thrown);
  return (generic && said ? `HEIF processing error: ${said}` : thrown ?? 'HEIC decoding failed').slice(0, 300);
}

interface Pending {
  resolve: (buf: Buffer) => void;
  reject: (error: Error) => void;
}

const IDLE_MS = 15_000;

class HeicWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  private start(): Worker {
    if (this.worker) return this.worker;
    const heicConvert = createRequire(import.meta.url).resolve('heic-convert');
    // libheif's WASM build prints its failures ("Decoding image failed heif_image_handle …") with
    // console.log. Left alone, a worker's output joins the process's stdout, where `--json` promises
    // one JSON document; the worker keeps it and it becomes the failing photo's reason instead.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { heicConvert }, stdout: true, stderr: true });
    worker.stdout.resume(); // anything printed outside console (none known) is dropped, never shown on stdout
    worker.stderr.resume();
    worker.on('message', (msg: { id: number; ok: boolean; data?: ArrayBuffer; message?: string; printed?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok && msg.data) p.resolve(Buffer.from(msg.data));
      else p.reject(new Error(decoderReason(msg.message, msg.printed ?? '')));
      this.scheduleIdle();
    });
    const failAll = (error: Error) => {
      if (this.worker !== worker) return; // an old worker that was stopped on purpose
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the HEIC decoder stopped (exit ${code})`)));
    worker.unref(); // never keeps the CLI or a test process alive
    this.worker = worker;
    return worker;
  }

  private scheduleIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.pending.size > 0) return;
    this.idleTimer = setTimeout(() => void this.stop(), IDLE_MS);
    this.idleTimer.unref();
  }

  decode(file: string, quality: number): Promise<Buffer> {
    const worker = this.start();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // keep the process alive while a decode is outstanding
      worker.postMessage({ id, file, quality });
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

let shared: HeicWorker | null = null;

/** HEIC file → JPEG bytes, decoded off the main thread (in-process fallback if workers are unavailable). */
export async function decodeHeicOffThread(file: string, quality = 0.9): Promise<Buffer> {
  shared ??= new HeicWorker();
  try {
    return await shared.decode(file, quality);
  } catch (error) {
    if ((error as Error).message.includes('Worker') && /not supported|ERR_WORKER/i.test((error as Error).message)) {
      return decodeHeicToJpeg(file, quality);
    }
    throw error;
  }
}

/** Stops the decoder thread (tests, app quit). */
export async function stopHeicWorker(): Promise<void> {
  await shared?.stop();
  shared = null;
}
