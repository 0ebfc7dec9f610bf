import { LookupFailure, type ServiceName } from './types';

/**
 * Spacing each service asks for. arXiv's API terms: no more than one request
 * every three seconds. Crossref's public pool allows a few per second (and
 * says so in X-Rate-Limit headers); OpenReview publishes no figure, so it is
 * asked modestly.
 */
export const SERVICE_INTERVAL_MS: Record<ServiceName, number> = { arxiv: 3000, crossref: 250, openreview: 500 };

export interface QueueOptions {
  /** Busy answers (429/503) retried this often before the paper is left pending. */
  maxRetries?: number;
  /** First wait after a busy answer without Retry-After; doubles each time. */
  backoffMs?: number;
  /** A service asking for a longer wait than this is left for later instead of holding the queue. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /**
   * Where the time of the last answer is kept between processes, so two CLI runs in
   * a row (or the app after the CLI) still keep a service's spacing.
   */
  lastAnswer?: { load(): Promise<number>; save(at: number): Promise<void> };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One service's requests, one at a time and at least `intervalMs` apart, so a
 * burst of pasted links never breaks a service's terms. Busy answers back off
 * (Retry-After when given, else doubling) and are retried a few times.
 */
export class ServiceQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private nextAt = 0;
  private loaded = false;
  private stopped = false;
  private wake: () => void = () => undefined;
  /** Resolves when the queue is stopped, so a request waiting for its turn stops waiting. */
  private readonly stopping = new Promise<void>((resolve) => (this.wake = resolve));
  /** Requests sent, for tests and the CLI's report. */
  sent = 0;

  constructor(
    readonly name: ServiceName,
    readonly intervalMs: number,
    private readonly options: QueueOptions = {},
  ) {}

  /**
   * Nothing more is sent (the app is quitting): a request waiting for its turn, and any
   * later one, fails as `unavailable`, so its paper stays pending and is asked on the next start.
   */
  stop(): void {
    this.stopped = true;
    this.wake();
  }

  run<T>(request: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.execute(request));
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async execute<T>(request: () => Promise<T>): Promise<T> {
    const sleep = this.options.sleep ?? realSleep;
    const now = this.options.now ?? Date.now;
    const maxRetries = this.options.maxRetries ?? 3;
    const maxWaitMs = this.options.maxWaitMs ?? 60_000;
    if (!this.loaded && this.options.lastAnswer) {
      this.loaded = true;
      const last = await this.options.lastAnswer.load().catch(() => 0);
      this.nextAt = Math.max(this.nextAt, Math.min(last, now()) + this.intervalMs);
    }
    for (let attempt = 0; ; attempt++) {
      const wait = this.nextAt - now();
      if (wait > 0 && !this.stopped) await Promise.race([sleep(wait), this.stopping]);
      if (this.stopped) throw new LookupFailure('unavailable', 'Proceedings closed before it could ask; it asks on the next start');
      this.sent++;
      try {
        return await request();
      } catch (error) {
        if (!(error instanceof LookupFailure) || !error.busy) throw error;
        const backoff = error.busy.retryAfterMs ?? (this.options.backoffMs ?? 2000) * 2 ** attempt;
        // Every later request of this service waits too: the service asked for quiet, not one request less.
        this.nextAt = Math.max(this.nextAt, now() + backoff);
        if (attempt >= maxRetries || backoff > maxWaitMs) throw error;
      } finally {
        // Counted from the answer, not the send: a slow first request (a cold connection on a
        // loaded machine) must not let the next one reach the service sooner than it asks.
        this.nextAt = Math.max(this.nextAt, now() + this.intervalMs);
        await this.options.lastAnswer?.save(now()).catch(() => undefined);
      }
    }
  }
}
