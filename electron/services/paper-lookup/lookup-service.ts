import type { Paper } from '../../shared/schemas/paper';
import type { Library } from '../library/library';
import { nowIso } from '../util/ids';
import { ArxivClient } from './arxiv';
import { lastAnswerStore, LookupCache, type CachedAnswer } from './cache';
import { CrossrefClient } from './crossref';
import type { HttpOptions } from './http';
import { mergeFetched, targetFor, targetKey } from './merge';
import { OpenReviewClient } from './openreview';
import { SERVICE_INTERVAL_MS, ServiceQueue, type QueueOptions } from './rate-limit';
import { DEFAULT_ENDPOINTS, LookupFailure, type Endpoints, type FetchedPaper, type LookupTarget, type ServiceName } from './types';

export interface PaperLookupOptions {
  /** The preference: false and nothing leaves the machine (answers already cached still fill papers). */
  enabled: boolean;
  endpoints?: Partial<Endpoints>;
  /** Contact address for Crossref's polite pool, sent in the User-Agent and as `mailto`. */
  mailto?: string;
  userAgent?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  intervals?: Partial<Record<ServiceName, number>>;
  queue?: QueueOptions;
  /** Called after a paper changed (main pushes it to the renderer). */
  onPaperChanged?: (tripId: string, paper: Paper) => void;
}

export interface LookupReport {
  /** Filled from a service just now. */
  lookedUp: string[];
  /** Filled from the library's cache, nothing sent. */
  cached: string[];
  /** Could not be asked (offline, busy): looked up later. */
  pending: { id: string; reason: string }[];
  notFound: { id: string; reason: string }[];
  /** Nothing to ask (a plain web link) or lookups turned off. */
  skipped: { id: string; reason: string }[];
  /** Requests sent per service during this call. */
  requests: Record<ServiceName, number>;
}

type Answer = { status: 'found'; service: ServiceName; paper: FetchedPaper } | { status: 'not-found'; service: ServiceName; reason: string };
type Outcome = { kind: 'lookedUp' | 'cached' } | { kind: 'pending' | 'notFound' | 'skipped'; reason: string };

const emptyReport = (): LookupReport => ({ lookedUp: [], cached: [], pending: [], notFound: [], skipped: [], requests: { arxiv: 0, openreview: 0, crossref: 0 } });

/**
 * Fills papers in from arXiv, OpenReview and Crossref in the background, in the
 * services (main process or CLI), never in the renderer. Capture never waits:
 * `request()` returns at once and the paper is merged when the answer comes.
 * Each service has its own queue spaced as it asks; answers are cached in the
 * library; a paper that could not be asked is marked pending and retried by
 * `retryPending()` (on start) and after any later lookup that reached a service.
 */
export class PaperLookupService {
  readonly queues: Record<ServiceName, ServiceQueue>;
  readonly cache: LookupCache;
  private readonly arxiv: ArxivClient;
  private readonly openreview: OpenReviewClient;
  private readonly crossref: CrossrefClient;
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private readonly background = new Set<Promise<unknown>>();
  /** Papers left pending in this session, retried after the next answer that reached a service. */
  private readonly pendingTrips = new Set<string>();
  private retryScheduled = false;

  constructor(
    private readonly library: Library,
    private readonly options: PaperLookupOptions,
  ) {
    const endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
    const userAgent = options.userAgent ?? `Proceedings/0.1 (conference journal${options.mailto ? `; mailto:${options.mailto}` : ''})`;
    const http: HttpOptions = { headers: { 'User-Agent': userAgent }, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl };
    this.arxiv = new ArxivClient(endpoints.arxiv, http);
    this.openreview = new OpenReviewClient(endpoints.openreview, endpoints.openreviewV1, http);
    this.crossref = new CrossrefClient(endpoints.crossref, http, options.mailto);
    const interval = { ...SERVICE_INTERVAL_MS, ...options.intervals };
    // A read-only library (or a test's fake clock) keeps its spacing in memory only.
    const queue = (name: ServiceName) =>
      new ServiceQueue(name, interval[name], { ...(library.readOnly ? {} : { lastAnswer: lastAnswerStore(library.paths.root, name) }), ...options.queue });
    this.queues = { arxiv: queue('arxiv'), openreview: queue('openreview'), crossref: queue('crossref') };
    this.cache = new LookupCache(library.paths.root);
  }

  get enabled(): boolean {
    return this.options.enabled;
  }

  /** The preference changed: off, nothing more is sent (lookups already queued still finish). */
  setEnabled(on: boolean): void {
    this.options.enabled = on;
  }

  /**
   * Looks a paper up in the background (without an id: every paper of the trip
   * not looked up yet); returns at once and never throws.
   */
  request(tripId: string, paperId?: string): void {
    this.track(this.lookup(tripId, paperId ? [paperId] : undefined));
  }

  /**
   * Quitting: every queue stops, so nothing more is sent; lookups waiting for their turn end
   * with their papers pending (asked again by `retryPending()` on the next start). Resolves when
   * the background work has settled; a request already on the wire ends by its timeout at most.
   */
  async dispose(): Promise<void> {
    for (const queue of Object.values(this.queues)) queue.stop();
    await this.idle();
  }

  /**
   * In the background, every paper of every trip that was never looked up (recorded while lookups
   * were off, or by the CLI) or was left pending: on start, when back online, when lookups are
   * turned on. Returns at once.
   */
  catchUp(): void {
    this.track(
      (async () => {
        const trips = (await this.library.listTrips()).filter((t) => !t.problem);
        for (const trip of trips) await this.lookup(trip.id);
      })(),
    );
  }

  /** Resolves when every background lookup started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.background.size) await Promise.allSettled([...this.background]);
  }

  /**
   * Looks up the given papers (default: those never looked up or pending) and
   * waits for the answers. A paper already found or not found is asked again
   * only when named — then from the cache when it holds the answer.
   */
  async lookup(tripId: string, paperIds?: string[]): Promise<LookupReport> {
    const report = emptyReport();
    const before = this.sentCounts();
    const doc = await this.library.trip(tripId);
    const papers = paperIds
      ? paperIds.map((id) => doc.papers.find((p) => p.id === id)).filter((p): p is Paper => Boolean(p))
      : doc.papers.filter((p) => !p.lookup || p.lookup.status === 'pending');
    const outcomes = await Promise.all(papers.map(async (paper) => [paper.id, await this.one(tripId, paper)] as const));
    for (const [id, outcome] of outcomes) {
      if ('reason' in outcome) report[outcome.kind].push({ id, reason: outcome.reason });
      else report[outcome.kind].push(id);
    }
    const after = this.sentCounts();
    for (const name of Object.keys(after) as ServiceName[]) report.requests[name] = after[name] - before[name];
    if (report.pending.length) this.pendingTrips.add(tripId);
    if (report.lookedUp.length) this.scheduleRetry();
    return report;
  }

  /** Asks again for every pending paper (of one trip, or of every trip): on start, when back online. */
  async retryPending(tripId?: string): Promise<LookupReport> {
    const ids = tripId ? [tripId] : (await this.library.listTrips()).filter((t) => !t.problem).map((t) => t.id);
    const total = emptyReport();
    for (const id of ids) {
      const doc = await this.library.trip(id);
      const pending = doc.papers.filter((p) => p.lookup?.status === 'pending').map((p) => p.id);
      if (!pending.length) continue;
      const report = await this.lookup(id, pending);
      for (const key of ['lookedUp', 'cached', 'pending', 'notFound', 'skipped'] as const) (total[key] as unknown[]).push(...report[key]);
      for (const name of Object.keys(report.requests) as ServiceName[]) total.requests[name] += report.requests[name];
    }
    return total;
  }

  private sentCounts(): Record<ServiceName, number> {
    return { arxiv: this.queues.arxiv.sent, openreview: this.queues.openreview.sent, crossref: this.queues.crossref.sent };
  }

  private track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.background.delete(settled));
    this.background.add(settled);
  }

  /** A service answered, so the machine is online again: papers left pending earlier get another try. */
  private scheduleRetry(): void {
    if (this.retryScheduled || this.pendingTrips.size === 0) return;
    const trips = [...this.pendingTrips];
    this.pendingTrips.clear();
    this.retryScheduled = true;
    this.track(
      (async () => {
        for (const trip of trips) await this.retryPending(trip);
      })().finally(() => {
        this.retryScheduled = false;
      }),
    );
  }

  private async one(tripId: string, paper: Paper): Promise<Outcome> {
    const target = targetFor(paper);
    if (!target) return { kind: 'skipped', reason: 'a web page that is not on arXiv, OpenReview or Crossref, and no title to search' };
    const key = targetKey(target);
    const cached = await this.cache.get(key);
    if (cached) {
      await this.apply(tripId, paper.id, cached);
      return cached.status === 'found' ? { kind: 'cached' } : { kind: 'notFound', reason: cached.reason };
    }
    if (!this.options.enabled) return { kind: 'skipped', reason: 'paper lookups are turned off' };
    let answer: Answer;
    try {
      answer = await this.ask(key, target);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.markPending(tripId, paper.id, serviceOf(target), reason);
      return { kind: 'pending', reason };
    }
    await this.apply(tripId, paper.id, answer);
    return answer.status === 'found' ? { kind: 'lookedUp' } : { kind: 'notFound', reason: answer.reason };
  }

  /** One request per identifier at a time: two papers or two calls asking for the same share it. */
  private ask(key: string, target: LookupTarget): Promise<Answer> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const work = this.askService(target)
      .then(async (answer) => {
        const entry: CachedAnswer = { ...answer, at: nowIso() } as CachedAnswer;
        await this.cache.put(key, entry);
        return answer;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  private async askService(target: LookupTarget): Promise<Answer> {
    const found = (service: ServiceName) => (paper: FetchedPaper): Answer => ({ status: 'found', service, paper });
    const notFound = (service: ServiceName, error: unknown): Answer => {
      if (error instanceof LookupFailure && error.kind === 'not-found') return { status: 'not-found', service, reason: error.message };
      throw error;
    };
    switch (target.kind) {
      case 'arxiv':
        return this.queues.arxiv.run(() => this.arxiv.byId(target.id)).then(found('arxiv'), (e) => notFound('arxiv', e));
      case 'openreview':
        return this.queues.openreview.run(() => this.openreview.byId(target.id)).then(found('openreview'), (e) => notFound('openreview', e));
      case 'doi':
        return this.queues.crossref.run(() => this.crossref.byDoi(target.doi)).then(found('crossref'), (e) => notFound('crossref', e));
      case 'title': {
        // Conference papers are mostly on arXiv; Crossref knows the published ones.
        let arxivError: unknown = null;
        try {
          return found('arxiv')(await this.queues.arxiv.run(() => this.arxiv.byTitle(target.title)));
        } catch (error) {
          if (!(error instanceof LookupFailure)) throw error;
          arxivError = error;
        }
        const fromCrossref = await this.queues.crossref.run(() => this.crossref.byTitle(target.title)).then(found('crossref'), (e) => notFound('crossref', e));
        // Not on Crossref, and arXiv could not be asked: not known yet, so ask again later.
        if (fromCrossref.status === 'not-found' && (arxivError as LookupFailure).kind === 'unavailable') throw arxivError;
        return fromCrossref;
      }
    }
  }

  private async apply(tripId: string, paperId: string, answer: Answer | CachedAnswer): Promise<void> {
    const changed = await this.library.mutate(tripId, (doc) => {
      const paper = doc.papers.find((p) => p.id === paperId);
      if (!paper) return null; // deleted while the lookup ran
      if (answer.status === 'found') mergeFetched(paper, answer.paper);
      paper.lookup = {
        status: answer.status,
        service: answer.service,
        ...(answer.status === 'not-found' ? { reason: answer.reason.slice(0, 500) } : {}),
        at: nowIso(),
      };
      paper.updatedAt = nowIso();
      return { ...paper };
    });
    if (changed) this.options.onPaperChanged?.(tripId, changed);
  }

  private async markPending(tripId: string, paperId: string, service: ServiceName, reason: string): Promise<void> {
    const changed = await this.library.mutate(tripId, (doc) => {
      const paper = doc.papers.find((p) => p.id === paperId);
      if (!paper) return null;
      paper.lookup = { status: 'pending', service, reason: reason.slice(0, 500), at: nowIso() };
      return { ...paper };
    });
    if (changed) this.options.onPaperChanged?.(tripId, changed);
  }
}

function serviceOf(target: LookupTarget): ServiceName {
  return target.kind === 'openreview' ? 'openreview' : target.kind === 'doi' ? 'crossref' : 'arxiv';
}
