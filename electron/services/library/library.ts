import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { TripDocument, type TripSummary } from '../../shared/schemas/document';
import { ID_PATTERN } from '../../shared/schemas/ids';
import { AppError } from '../util/errors';
import { backupBeforeReplace, backupStamp, listBackups, newestGoodBackup, type BackupInfo } from './backups';
import { DurableJsonFile, preserveCopy, writeFileDurably } from './durable-file';
import { acquireLock } from './lock';
import { sweepInterruptedImports, type SweepReport } from './media-sweep';
import { libraryPaths, safeId, tripBackupDir, tripFile, type LibraryPaths } from './paths';
import { listed, sameStamp, stampOf, summarise, SummaryIndex, type TripStamp } from './summaries';
import { isGoodTripText, parseTripDocument, readTripFile, type Problem } from './trip-file';

export { parseTripDocument } from './trip-file';

export interface OpenLibraryOptions {
  /** Who writes ("app", "cli"): named to a second writer that is refused. */
  owner: string;
  /** Read-only opens take no lock and never write (CLI `list`/`show`). */
  readOnly?: boolean;
  /** Saves are coalesced for this long; 0 writes on every flush() only. */
  saveDelayMs?: number;
  /** Called when a background save fails (the data stays in memory and is retried). */
  onSaveError?: (error: AppError) => void;
}

const LIBRARY_FORMAT = 'proceedings-library';

/**
 * The journal library: one folder, one JSON file per trip (so a save writes
 * one trip, not the whole journal), backups, media. All reads validate; a file
 * that fails is reported and never overwritten.
 */
export class Library {
  private readonly dbs = new Map<string, Low<TripDocument>>();
  /** Loads in flight: two first requests for one trip must share one document, or one's edits are lost. */
  private readonly loading = new Map<string, Promise<Low<TripDocument> | null>>();
  private readonly problems = new Map<string, Problem>();
  private readonly dirty = new Set<string>();
  private readonly revisions = new Map<string, number>();
  /**
   * The trip the window shows or showed last (see show). Back on the trip list it is kept:
   * reopening it is then instant, and it is one trip, whatever the library holds.
   */
  private shown: string | null = null;
  /** Trips no longer shown whose changes were not yet on disk: dropped from memory once written. */
  private readonly releasing = new Set<string>();
  /** Trips whose write is in flight: a reload from disk now could miss what is being written. */
  private readonly writing = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private releaseLock: (() => void) | null = null;
  private closed = false;
  /** What the writer's open cleared after an interrupted import (empty lists when nothing was). */
  swept: SweepReport = { tempFiles: [], originals: [] };
  /** The trip list's summaries, so listing never parses (or keeps) trips that are not open. */
  private readonly index: SummaryIndex;

  private constructor(
    readonly paths: LibraryPaths,
    private readonly options: OpenLibraryOptions,
  ) {
    this.index = new SummaryIndex(paths.summaries, !options.readOnly);
  }

  static async open(root: string, options: OpenLibraryOptions): Promise<Library> {
    const paths = libraryPaths(root);
    const library = new Library(paths, options);
    await library.checkMeta();
    if (!options.readOnly) {
      library.releaseLock = acquireLock(paths.lock, options.owner);
      await library.removeStaleTempFiles();
      library.swept = await sweepInterruptedImports(paths);
    }
    return library;
  }

  get readOnly(): boolean {
    return Boolean(this.options.readOnly);
  }

  private async checkMeta(): Promise<void> {
    let text: string | null = null;
    try {
      text = await readFile(this.paths.meta, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === null) {
      if (this.options.readOnly) return;
      await mkdir(this.paths.root, { recursive: true });
      await writeFileDurably(
        this.paths.meta,
        JSON.stringify({ format: LIBRARY_FORMAT, schemaVersion: 1, createdAt: new Date().toISOString() }, null, 2),
      );
      return;
    }
    let meta: { format?: unknown } | null = null;
    try {
      meta = JSON.parse(text) as { format?: unknown };
    } catch {
      meta = null;
    }
    if (!meta || meta.format !== LIBRARY_FORMAT) {
      throw new AppError(
        'library-corrupt',
        `${this.paths.meta} is not a Proceedings library file (it was left untouched). ` +
          'Choose another folder, or move that file away if the folder is yours.',
        { file: this.paths.meta },
      );
    }
  }

  /**
   * Temp files left by a writer killed mid-save. Only the lock holder writes, so
   * once we hold it every temp file is an orphan (the real file is intact).
   */
  private async removeStaleTempFiles(): Promise<void> {
    let names: string[] = [];
    try {
      names = await readdir(this.paths.trips);
    } catch {
      return;
    }
    const orphans = names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'));
    await Promise.all(orphans.map((n) => rm(path.join(this.paths.trips, n), { force: true })));
  }

  private assertWritable(): void {
    if (this.closed) throw new AppError('io', 'The library is closed.');
    if (this.options.readOnly) throw new AppError('io', 'The library was opened read-only.');
  }

  private load(id: string): Promise<Low<TripDocument> | null> {
    const cached = this.dbs.get(id);
    if (cached) return Promise.resolve(cached);
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.loadFromDisk(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  private async loadFromDisk(id: string): Promise<Low<TripDocument> | null> {
    const read = await readTripFile(this.paths, id);
    if (!read) return null;
    if ('problem' in read) {
      this.problems.set(id, read.problem);
      return null;
    }
    const file = tripFile(this.paths, id);
    const adapter = new DurableJsonFile<TripDocument>(file, () => backupBeforeReplace(file, tripBackupDir(this.paths, id)));
    const db = new Low<TripDocument>(adapter, read.doc);
    this.dbs.set(id, db);
    this.problems.delete(id);
    return db;
  }

  private async tripIds(): Promise<string[]> {
    try {
      return (await readdir(this.paths.trips))
        .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
        .map((n) => n.slice(0, -5))
        .filter((id) => ID_PATTERN.test(id))
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /**
   * The trip list: open trips from memory, the others from the summary index
   * when their file's stamp still matches, else read once (sequentially, so a
   * rebuild holds one document at a time) and not kept. The cost is one stat
   * per trip, whatever the trips hold.
   */
  async listTrips(): Promise<TripSummary[]> {
    const ids = await this.tripIds();
    const stored = await this.index.load();
    const out: TripSummary[] = [];
    for (const id of ids) {
      const summary = await this.summaryOf(id, stored.get(id)?.stamp);
      if (summary) out.push(summary);
    }
    await this.index.retain(new Set(ids));
    await this.index.save();
    return out.sort((a, b) => (a.start === b.start ? a.title.localeCompare(b.title) : a.start < b.start ? 1 : -1));
  }

  private async summaryOf(id: string, known: TripStamp | undefined): Promise<TripSummary | null> {
    const open = this.dbs.get(id);
    if (open) return listed(id, summarise(open.data, known ?? { mtimeMs: 0, size: 0 }));
    const stamp = await stampOf(tripFile(this.paths, id));
    if (!stamp) return null;
    if (known && sameStamp(known, stamp)) return listed(id, (await this.index.load()).get(id)!);
    const read = await readTripFile(this.paths, id);
    if (!read) return null;
    if ('problem' in read) {
      this.problems.set(id, read.problem);
      const { code: _code, ...shown } = read.problem;
      return { id, title: id, conference: '', city: '', start: '', end: '', entryCount: 0, photoCount: 0, paperCount: 0, problem: shown };
    }
    this.problems.delete(id);
    const summary = summarise(read.doc, read.stamp);
    await this.index.set(id, summary);
    return listed(id, summary);
  }

  /**
   * Writes one trip and records its summary. The summary is taken in the same
   * turn the adapter serialises the document, so it describes exactly the bytes written.
   */
  private async write(id: string, db: Low<TripDocument>): Promise<void> {
    const summary = summarise(db.data, { mtimeMs: 0, size: 0 });
    await db.write();
    try {
      const stamp = await stampOf(tripFile(this.paths, id));
      if (stamp) await this.index.set(id, { ...summary, stamp });
    } catch {
      // The trip is saved; without a fresh summary the next list reads its file again.
    }
  }

  /** The whole document of one trip; throws `not-found` or `trip-corrupt`. */
  async trip(id: string): Promise<TripDocument> {
    safeId(id);
    const db = await this.load(id);
    if (db) return db.data;
    const problem = this.problems.get(id);
    if (problem) throw new AppError(problem.code, problem.message, { ...problem, tripId: id });
    throw new AppError('not-found', `There is no trip "${id}" in this library.`);
  }

  /**
   * The window now shows this trip: every other trip held in memory is let go
   * (once saved), so the services hold the open trip, not every trip opened
   * this session. A trip let go is read (and validated) from its file again when next asked for.
   */
  show(id: string): void {
    this.shown = safeId(id);
    this.releasing.delete(this.shown);
    for (const other of [...this.dbs.keys()]) if (other !== this.shown) this.release(other);
  }

  /** Whether a trip's document is held in memory (for tests and the bench). */
  isLoaded(id: string): boolean {
    return this.dbs.has(id);
  }

  /** Drops a trip from memory now if it is saved, else after its write (see flush). */
  private release(id: string): void {
    if (this.dirty.has(id) || this.writing.has(id)) {
      this.releasing.add(id);
      return;
    }
    this.releasing.delete(id);
    this.dbs.delete(id);
  }

  /** Resolves an id or a unique id prefix (typed in the CLI). */
  async resolveTripId(idOrPrefix: string): Promise<string> {
    const ids = await this.tripIds();
    if (ids.includes(idOrPrefix)) return idOrPrefix;
    const matches = ids.filter((id) => id.startsWith(idOrPrefix));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) throw new AppError('invalid-input', `"${idOrPrefix}" matches several trips: ${matches.join(', ')}`);
    throw new AppError('not-found', `There is no trip "${idOrPrefix}" in this library.`);
  }

  /**
   * Applies a change to a trip and schedules its save. `change` must validate
   * before it modifies anything, so a refused change leaves the journal as it was.
   */
  async mutate<T>(id: string, change: (doc: TripDocument) => T): Promise<T> {
    this.assertWritable();
    const doc = await this.trip(id);
    const result = change(doc);
    this.markDirty(id);
    return result;
  }

  async createTrip(doc: TripDocument): Promise<void> {
    this.assertWritable();
    const id = safeId(doc.trip.id);
    const file = tripFile(this.paths, id);
    const adapter = new DurableJsonFile<TripDocument>(file, () => backupBeforeReplace(file, tripBackupDir(this.paths, id)));
    const db = new Low<TripDocument>(adapter, doc);
    this.dbs.set(id, db);
    await this.write(id, db);
    await this.index.save();
  }

  /** Moves the trip's file to the library's trash folder: deleting never destroys data. */
  async deleteTrip(id: string): Promise<string> {
    this.assertWritable();
    await this.trip(id);
    await this.flush();
    const target = path.join(this.paths.trash, `${safeId(id)}-${backupStamp()}.json`);
    await mkdir(this.paths.trash, { recursive: true });
    await rename(tripFile(this.paths, id), target);
    this.dbs.delete(id);
    this.dirty.delete(id);
    this.releasing.delete(id);
    await this.index.delete(id);
    await this.index.save();
    return target;
  }

  /**
   * Counts the changes made to a trip through this library, so a copy kept
   * elsewhere (the preview thread's) can tell whether it is still current.
   */
  revision(id: string): number {
    return this.revisions.get(id) ?? 0;
  }

  private markDirty(id: string): void {
    this.dirty.add(id);
    this.revisions.set(id, this.revision(id) + 1);
    const delay = this.options.saveDelayMs ?? 0;
    if (delay <= 0) return;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch((error: unknown) => this.options.onSaveError?.(error as AppError));
    }, delay);
  }

  /** Writes every changed trip now; resolves when they are durable on disk. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const ids = [...this.dirty];
    this.dirty.clear();
    const run = this.saving.then(async () => {
      for (const id of ids) {
        const db = this.dbs.get(id);
        if (!db) continue;
        this.writing.add(id);
        try {
          await this.write(id, db);
        } catch (error) {
          this.dirty.add(id); // keep it dirty so the next flush retries
          throw new AppError('io', `Could not save ${tripFile(this.paths, id)}: ${(error as Error).message}`);
        } finally {
          this.writing.delete(id);
        }
        // Changed again while it was written: the next flush writes it, and lets it go then.
        if (this.releasing.has(id) && this.shown !== id && !this.dirty.has(id)) this.release(id);
      }
      await this.index.save();
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty.size > 0;
  }

  async backups(id: string): Promise<BackupInfo[]> {
    return listBackups(tripBackupDir(this.paths, safeId(id)));
  }

  /**
   * Puts a backup back in place (the newest good one unless named). The
   * current file, broken or not, is kept as a "-pre-restore" backup first.
   */
  async restoreBackup(id: string, name?: string): Promise<BackupInfo> {
    this.assertWritable();
    const dir = tripBackupDir(this.paths, safeId(id));
    // A save still in flight would land after the restore and undo it.
    await this.saving;
    const backups = await listBackups(dir);
    const chosen = name
      ? backups.find((b) => b.name === name || b.name === `${name}.json`)
      : await newestGoodBackup(dir, isGoodTripText);
    if (!chosen) {
      throw new AppError('not-found', name ? `There is no backup "${name}" of trip ${id}.` : `Trip ${id} has no good backup.`);
    }
    const text = await readFile(chosen.file, 'utf8');
    parseTripDocument(text); // refuse to restore a broken backup
    const file = tripFile(this.paths, id);
    await writeFileDurably(file, text, async () => {
      await preserveCopy(file, path.join(dir, `${backupStamp()}-pre-restore.json`));
    });
    this.dbs.delete(id);
    this.problems.delete(id);
    this.dirty.delete(id);
    return chosen;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.options.readOnly) await this.flush();
    } finally {
      this.closed = true;
      this.releaseLock?.();
    }
  }
}
