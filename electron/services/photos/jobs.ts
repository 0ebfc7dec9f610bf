import type { ImportReport } from '../../shared/contract/photos';
import type { Library } from '../library/library';
import { AppError } from '../util/errors';
import { newId } from '../util/ids';
import { PhotoJob, type JobOptions, type ProgressSink } from './import-job';

/**
 * The photo jobs of one library. Jobs run one after another (two imports
 * into one trip at once could both copy the same photo); a queued job can be
 * cancelled before it starts. Finished jobs are kept briefly for their report.
 */
export class PhotoJobs {
  private readonly jobs = new Map<string, PhotoJob>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly library: Library,
    private readonly sink: ProgressSink,
    private readonly options: JobOptions = {},
  ) {}

  private async create(tripId: string, jobId?: string): Promise<PhotoJob> {
    if (this.library.readOnly) throw new AppError('io', 'The library was opened read-only.');
    await this.library.trip(tripId); // refuses an unknown or broken trip before anything starts
    const id = jobId ?? newId();
    if (this.jobs.has(id)) throw new AppError('conflict', `A photo job "${id}" already exists.`);
    const job = new PhotoJob(id, tripId, this.library, this.sink, this.options);
    this.jobs.set(id, job);
    this.prune();
    return job;
  }

  private enqueue(job: PhotoJob, run: () => Promise<ImportReport>): Promise<ImportReport> {
    const done = this.chain.then(() => run());
    this.chain = done.catch(() => undefined);
    return done.catch((error: unknown) => {
      if (job.signal.aborted) return job.report();
      throw error;
    });
  }

  /** Starts an import; `done` settles with the final report. */
  async startImport(tripId: string, paths: string[], jobId?: string): Promise<{ job: PhotoJob; done: Promise<ImportReport> }> {
    const job = await this.create(tripId, jobId);
    return { job, done: this.enqueue(job, () => job.runImport(paths)) };
  }

  async startRebuild(tripId: string, jobId?: string): Promise<{ job: PhotoJob; done: Promise<ImportReport> }> {
    const job = await this.create(tripId, jobId);
    return { job, done: this.enqueue(job, () => job.runRebuild()) };
  }

  cancel(jobId: string): boolean {
    return this.jobs.get(jobId)?.cancel() ?? false;
  }

  status(jobId: string): ImportReport {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not-found', `There is no photo job "${jobId}".`);
    return job.report();
  }

  /** Cancels everything and waits (window closing, library switch). */
  async stopAll(): Promise<void> {
    for (const job of this.jobs.values()) job.cancel();
    await this.chain;
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.finished);
    for (const job of finished.slice(0, Math.max(0, finished.length - 20))) this.jobs.delete(job.id);
  }
}
