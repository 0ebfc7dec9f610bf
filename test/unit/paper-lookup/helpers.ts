import { afterAll, afterEach, beforeAll } from 'vitest';
import { createEntry } from '../../../electron/services/journal/entries';
import type { Library } from '../../../electron/services/library/library';
import { PaperLookupService, type PaperLookupOptions } from '../../../electron/services/paper-lookup/lookup-service';
import { FakeServices } from './fake-services';
import { cleanupTempDirs } from '../../support/library';

/** A talk naming this paper link (or title); returns the paper's id. */
export async function talkWithPaper(lib: Library, tripId: string, paper: { link?: string; title?: string }, fields: Record<string, unknown> = {}): Promise<string> {
  const result = await createEntry(lib, tripId, {
    kind: 'talk',
    start: '2022-10-24T10:30',
    ...(paper.link ? { paperLink: paper.link } : {}),
    ...(paper.title ? { paperTitle: paper.title } : {}),
    ...fields,
  });
  return result.entry.paperId!;
}

/**
 * A lookup service pointed at the fake services, with short spacing so tests run fast
 * (the real spacing is tested on its own, with the defaults).
 */
export function lookupService(lib: Library, services: FakeServices, options: Partial<PaperLookupOptions> = {}): PaperLookupService {
  return new PaperLookupService(lib, {
    enabled: true,
    endpoints: services.endpoints,
    intervals: { arxiv: 20, openreview: 20, crossref: 20 },
    queue: { backoffMs: 50 },
    ...options,
  });
}

/** fetch as it fails with no network: a TypeError whose cause names the DNS failure. */
export function switchableFetch(): { fetchImpl: typeof fetch; online: { value: boolean } } {
  const online = { value: false };
  const fetchImpl: typeof fetch = (input, init) => {
    if (!online.value) return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }));
    return fetch(input, init);
  };
  return { fetchImpl, online };
}

/**
 * The fake arXiv/OpenReview/Crossref server for one test file: started before its tests, stopped
 * after, its request log emptied and temp libraries removed after each test.
 */
export function useFakeServices(): FakeServices {
  const services = new FakeServices();
  beforeAll(() => services.start());
  afterAll(() => services.stop());
  afterEach(cleanupTempDirs);
  afterEach(() => {
    services.seen.length = 0;
  });
  return services;
}
