import type { EventPayload } from '../../shared/contract/events';
import type { ImportFileResult, ImportPhase, ImportReport } from '../../shared/contract/photos';
import type { Photo } from '../../shared/schemas/photo';
import type { Library } from '../library/library';
import { markImportRunning } from '../library/media-sweep';
import { toAppError } from '../util/errors';
import { forEachLimited } from '../util/limited';
import { IngestFailure, ingestFile, type IngestedFile } from './ingest';
import { decodesFromBytes, makeMedia, mediaMissing } from './media';
import { ReadBuffers, type ReadLease } from './read-buffers';
import { addPhoto, buildPhoto } from './records';
import { FIRST_SCREEN, FirstScreen } from './first-screen';
import { estimatePlaces } from './geotag';
import { expandPaths } from './scan';
import { decodeSlots, TaskQueue } from './task-queue';

/**
 * One import (or media rebuild) of one trip. Stage 1 (a few files at a time)
 * reads each file once into a pooled buffer, checks, hashes, reads metadata,
 * copies the original and adds the photo to the journal (the first screenful
 * with the camera's own preview as its first thumbnail); stage 2 makes the 400 px thumbnail from
 * the same buffer (decodeSlots(): cores + 1; only the decode holds a slot) and the
 * HEIC/TIFF display JPEGs, then gives the buffer back. The buffer pool is what
 * keeps stage 1 only a few photos ahead of stage 2, so memory stays flat.
 * Progress is pushed at most every 100 ms, the first photo at once.
 */

export type ProgressSink = (payload: EventPayload<'photos:progress'>) => void;

export interface JobOptions {
  ingestConcurrency?: number;
  mediaConcurrency?: number;
  /** Called for every finished file (the CLI prints them). */
  onFile?: (result: ImportFileResult) => void;
}

const EMIT_EVERY_MS = 100;
/**
 * Committed photos are saved to the journal at least this often, so a killed
 * import keeps them (the CLI's library saves on flush only). Each save
 * serialises and fsyncs the whole trip, so they are paced by time, not by
 * photo count: a 1,000-photo import made ~140 saves when it also saved every
 * 10 photos.
 */
const SAVE_EVERY_MS = 1000;

export class PhotoJob {
  phase: ImportPhase = 'scanning';
  private readonly files: ImportFileResult[] = [];
  /** Position of each file in the scan, so reports list files in the order given, not in finishing order. */
  private order = new Map<string, number>();
  private readonly counts = { done: 0, total: 0, imported: 0, duplicates: 0, failed: 0, skipped: 0, mediaPending: 0 };
  private readonly abort = new AbortController();
  private readonly started = Date.now();
  private ended: number | null = null;
  private outbox = { files: [] as ImportFileResult[], photos: new Set<Photo>(), updated: new Set<Photo>() };
  private timer: NodeJS.Timeout | null = null;
  private sentFirstPhoto = false;
  private savedAt = Date.now();
  /** Whole media tasks (stat, decode, write, journal update), a few more than decode slots. */
  private readonly media: TaskQueue;
  /** The CPU-heavy decodes: decodeSlots(), cores + 1. */
  private readonly decoder: TaskQueue;
  private readonly buffers: ReadBuffers;
  /** Thumbnails being made from the bytes of photos that have no camera preview to show meanwhile. */
  private readonly pictures = new Map<string, Promise<void>>();
  /** Opens once the first screenful has a picture; the real thumbnails of photos showing a preview wait for it. */
  private firstShown: Promise<void> = Promise.resolve();
  /** Media tasks queued only once the first screen showed (awaited before the job ends). */
  private readonly afterFirstScreen: Array<Promise<void>> = [];

  constructor(
    readonly id: string,
    readonly tripId: string,
    private readonly library: Library,
    private readonly sink: ProgressSink,
    private readonly options: JobOptions = {},
  ) {
    const decodes = options.mediaConcurrency ?? decodeSlots();
    this.decoder = new TaskQueue(decodes);
    this.media = new TaskQueue(decodes + 2);
    this.buffers = new ReadBuffers(this.ingestConcurrency + decodes + 3);
  }

  private get ingestConcurrency(): number {
    return this.options.ingestConcurrency ?? 3;
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get finished(): boolean {
    return this.ended !== null;
  }

  cancel(): boolean {
    if (this.finished || this.abort.signal.aborted) return false;
    this.abort.abort();
    this.buffers.rejectWaiting(this.signal.reason);
    return true;
  }

  report(): ImportReport {
    return {
      jobId: this.id,
      tripId: this.tripId,
      phase: this.phase,
      finished: this.finished,
      ...this.counts,
      files: [...this.files].sort((a, b) => (this.order.get(a.path) ?? -1) - (this.order.get(b.path) ?? -1)),
      elapsedMs: (this.ended ?? Date.now()) - this.started,
    };
  }

  async runImport(paths: string[]): Promise<ImportReport> {
    return this.run(async () => {
      const { files, problems } = await expandPaths(paths, this.signal);
      this.counts.total = files.length + problems.length;
      this.order = new Map(files.map((f, i) => [f, i]));
      for (const p of problems) this.record(p);
      this.phase = 'importing';
      this.schedule();
      const claims = new Map<string, Promise<ImportFileResult>>();
      // Files claim their bytes in the order given, so of two identical files the first named is
      // imported and the later one reported as its duplicate, however the reads race.
      const turns = files.map(() => {
        let pass = () => undefined as void;
        const passed = new Promise<void>((resolve) => (pass = resolve));
        return { passed, pass };
      });
      const first = new FirstScreen(Math.min(FIRST_SCREEN, files.length));
      this.firstShown = first.shown;
      await forEachLimited(files, this.ingestConcurrency, async (file, i) => {
        try {
          if (i >= first.size) await first.shown;
          const result = await this.importOne(file, claims, turns[i - 1]?.passed, turns[i]!.pass, i < first.size);
          this.record(result);
          if (i < first.size) first.fileDone(result.photoId ? this.pictures.get(result.photoId) : undefined);
        } finally {
          turns[i]!.pass(); // also when the file failed before it could claim anything
        }
      });
      // Camera photos without GPS borrow a place from the phone's photos taken within minutes (marked estimated).
      if (this.counts.imported > 0 && !this.signal.aborted) {
        const placed = await this.library.mutate(this.tripId, (doc) => estimatePlaces(doc.photos));
        for (const p of placed) if (!this.outbox.photos.has(p)) this.outbox.updated.add(p);
      }
    });
  }

  /** Makes every missing thumbnail / display file of the trip (after a cancel, or a deleted cache). */
  async runRebuild(): Promise<ImportReport> {
    return this.run(async () => {
      const doc = await this.library.trip(this.tripId);
      for (const photo of doc.photos) {
        if (await mediaMissing(this.library.paths, photo)) void this.queueMedia(photo.id);
      }
    });
  }

  private async run(body: () => Promise<void>): Promise<ImportReport> {
    // Until it is removed, the next writer to open the library sweeps what this import leaves.
    const running = await markImportRunning(this.library.paths, this.id);
    try {
      await body();
      this.phase = 'thumbnails';
      this.schedule();
      await Promise.all(this.afterFirstScreen);
      await this.media.idle();
    } catch (error) {
      if (!this.signal.aborted) throw error;
    } finally {
      this.phase = this.signal.aborted ? 'cancelled' : 'finished';
      this.ended = Date.now();
      await this.library.flush().catch(() => undefined); // a failed save is retried and reported by the library
      if (!this.library.hasUnsavedChanges) await running();
      this.emitNow();
    }
    return this.report();
  }

  private async importOne(
    file: string,
    claims: Map<string, Promise<ImportFileResult>>,
    previousClaimed: Promise<void> | undefined,
    claimed: () => void,
    preview: boolean,
  ): Promise<ImportFileResult> {
    if (this.signal.aborted) return cancelled(file);
    let settle: (r: ImportFileResult) => void = () => undefined;
    const mine = new Promise<ImportFileResult>((resolve) => (settle = resolve));
    let result: ImportFileResult;
    let lease: ReadLease | null = null;
    try {
      lease = await this.buffers.lease(this.signal);
      const doc = await this.library.trip(this.tripId);
      const outcome = await ingestFile(
        this.library.paths,
        file,
        async (sha) => {
          await previousClaimed;
          const first = !doc.photos.some((p) => p.sha256 === sha) && !claims.has(sha);
          if (first) claims.set(sha, mine);
          claimed();
          return first;
        },
        lease,
        this.signal,
        { preview },
      );
      if (outcome.kind === 'same-bytes') result = await this.duplicate(file, outcome.sha256, claims);
      else {
        const photo = await this.commit(outcome.ingested, lease, preview);
        lease = null; // the thumbnail task releases it
        result = { path: file, status: 'imported', photoId: photo.id };
      }
    } catch (error) {
      result = failure(file, error, this.signal.aborted);
    } finally {
      lease?.release();
    }
    settle(result);
    return result;
  }

  private async duplicate(file: string, sha: string, claims: Map<string, Promise<ImportFileResult>>): Promise<ImportFileResult> {
    const doc = await this.library.trip(this.tripId);
    const existing = doc.photos.find((p) => p.sha256 === sha);
    if (existing) return { path: file, status: 'duplicate', duplicateOf: existing.id, message: `the same photo is already in the trip (${existing.originalName})` };
    const first = await claims.get(sha);
    if (first?.photoId) return { path: file, status: 'duplicate', duplicateOf: first.photoId, message: `the same photo as ${first.path}` };
    return { ...(first ?? cancelled(file)), path: file };
  }

  /** Adds the photo to the journal and hands the read lease to its thumbnail task. */
  private async commit(ing: IngestedFile, lease: ReadLease, firstScreen: boolean): Promise<Photo> {
    const photo = await this.library.mutate(this.tripId, (doc) => {
      const { photo: record, newCamera } = buildPhoto(ing, doc); // validated before anything changes
      return addPhoto(doc, record, newCamera);
    });
    this.outbox.photos.add(photo);
    this.saveBatch();
    if (firstScreen && photo.thumb) {
      // It shows its camera preview: its decode would only slow the rest of the first screen
      // (reading, hashing, copying), so it waits until the screen is full. The buffer goes back
      // now (the decode reads the library's copy, still in the page cache).
      lease.release();
      this.counts.mediaPending++; // counted from now, so the report never says "done" before it is
      this.afterFirstScreen.push(
        this.firstShown.then(() => {
          this.counts.mediaPending--;
          return this.queueMedia(photo.id).catch(() => undefined); // a failure is recorded on the photo
        }),
      );
    } else if (decodesFromBytes(photo)) {
      const made = this.queueMedia(photo.id, { source: ing.source, lease }); // cheap when the files exist already (same photo in another trip)
      if (!photo.thumb) this.pictures.set(photo.id, made.catch(() => undefined));
    }
    else {
      // Give the buffer back now, so reading does not wait for a decode that does not use it
      // (a HEIC takes about a second in its worker).
      lease.release();
      void this.queueMedia(photo.id);
    }
    if (!this.sentFirstPhoto) {
      this.sentFirstPhoto = true;
      this.emitNow(); // the first thumbnail shows at once
    } else this.schedule();
    return photo;
  }

  /** Saves committed photos at least every SAVE_EVERY_MS (the app's library saves sooner by itself; the CLI's does not). */
  private saveBatch(): void {
    if (Date.now() - this.savedAt < SAVE_EVERY_MS) return;
    this.savedAt = Date.now();
    void this.library.flush().catch(() => undefined); // kept dirty and retried by the next flush
  }

  private queueMedia(photoId: string, held?: { source: Buffer; lease: ReadLease }): Promise<void> {
    this.counts.mediaPending++;
    return this.media
      .push(() => this.makeMediaFor(photoId, held?.source))
      .finally(() => {
        held?.lease.release();
        this.counts.mediaPending--;
        this.pictures.delete(photoId);
        this.schedule();
      });
  }

  private async makeMediaFor(photoId: string, source?: Buffer): Promise<void> {
    if (this.signal.aborted) return;
    const doc = await this.library.trip(this.tripId);
    const snapshot = doc.photos.find((p) => p.id === photoId);
    if (!snapshot) return; // removed meanwhile
    let change: (p: Photo) => void;
    try {
      const files = await makeMedia(this.library.paths, snapshot, {
        signal: this.signal,
        source,
        decode: (work) => this.decoder.push(work),
      });
      change = (p) => {
        p.thumb = files.thumb;
        p.display = files.display;
        delete p.mediaError;
      };
    } catch (error) {
      if (this.signal.aborted) return;
      const message = `the thumbnail could not be made: ${toAppError(error).message}`.slice(0, 500);
      change = (p) => {
        p.mediaError = message;
        p.flagged = true;
      };
      const result = this.files.find((r) => r.photoId === photoId);
      if (result) result.message = `imported, but ${message}`;
    }
    await this.library.mutate(this.tripId, (d) => {
      const p = d.photos.find((x) => x.id === photoId);
      if (!p) return;
      change(p);
      if (!this.outbox.photos.has(p)) this.outbox.updated.add(p);
    });
  }

  private record(result: ImportFileResult): void {
    this.files.push(result);
    this.outbox.files.push(result);
    this.counts.done++;
    if (result.status === 'imported') this.counts.imported++;
    else if (result.status === 'duplicate') this.counts.duplicates++;
    else if (result.status === 'skipped') this.counts.skipped++;
    else this.counts.failed++;
    this.options.onFile?.(result);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.finished) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.emitNow();
    }, EMIT_EVERY_MS);
  }

  private emitNow(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const { files, photos, updated } = this.outbox;
    this.outbox = { files: [], photos: new Set(), updated: new Set() };
    this.sink({
      jobId: this.id,
      tripId: this.tripId,
      phase: this.phase,
      finished: this.finished,
      ...this.counts,
      files,
      photos: [...photos],
      updated: [...updated],
    });
  }
}

function cancelled(file: string): ImportFileResult {
  return { path: file, status: 'failed', reason: 'cancelled', message: 'the import was cancelled before this file' };
}

function failure(file: string, error: unknown, aborted: boolean): ImportFileResult {
  if (error instanceof IngestFailure) return { path: file, status: 'failed', reason: error.reason, message: error.message };
  if (aborted || (error as Error)?.name === 'AbortError') return { ...cancelled(file), message: 'the import was cancelled; nothing of this file was kept' };
  return { path: file, status: 'failed', reason: 'unreadable', message: toAppError(error).message };
}
