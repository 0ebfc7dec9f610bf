import { describe, expect, it } from 'vitest';
import { ServiceQueue } from '../../../electron/services/paper-lookup/rate-limit';
import { LookupFailure } from '../../../electron/services/paper-lookup/types';
import { makeTrip, openLibrary, tempDir } from '../../support/library';
import { lookupService, talkWithPaper, useFakeServices } from './helpers';
import { PaperLookupService } from '../../../electron/services/paper-lookup/lookup-service';

const services = useFakeServices();

describe('per-service queues', () => {
  it('send one request at a time, spaced by the interval', async () => {
    const queue = new ServiceQueue('crossref', 150);
    const starts: number[] = [];
    let running = 0;
    let most = 0;
    const task = async () => {
      starts.push(performance.now());
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
    };
    await Promise.all([queue.run(task), queue.run(task), queue.run(task)]);
    expect(most).toBe(1);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(145);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(145);
  });

  it('back off on busy answers (Retry-After, else doubling) and give up after a few tries', async () => {
    const waits: number[] = [];
    let clock = 0;
    const queue = new ServiceQueue('crossref', 0, { maxRetries: 2, backoffMs: 1000, now: () => clock, sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    const busy = (retryAfterMs?: number) => new LookupFailure('unavailable', 'busy', { retryAfterMs });
    let calls = 0;
    await expect(queue.run(async () => {
      calls++;
      throw busy(calls === 1 ? 5000 : undefined);
    })).rejects.toThrow('busy');
    expect(calls).toBe(3);
    expect(waits).toEqual([5000, 2000]);
    // A later request waits out the last back-off too (4 s after the third failure).
    await queue.run(async () => 'ok');
    expect(waits).toEqual([5000, 2000, 4000]);
  });

  it('do not retry what is not a busy answer (offline, not found)', async () => {
    const queue = new ServiceQueue('arxiv', 0);
    let calls = 0;
    await expect(queue.run(async () => {
      calls++;
      throw new LookupFailure('unavailable', 'offline');
    })).rejects.toThrow('offline');
    expect(calls).toBe(1);
  });

  it('a busy service is retried after the wait it asked for, and the lookup succeeds', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    await talkWithPaper(lib, id, { link: '10.1145/3528223.3530127' });
    services.busy(2, '0');
    const report = await lookupService(lib, services).lookup(id);
    expect(report.lookedUp).toHaveLength(1);
    expect(services.seen).toHaveLength(3);
    await lib.close();
  });
});

describe("arXiv's terms", () => {
  it('with the default spacing, arXiv sees one request every 3 seconds', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' });
    await talkWithPaper(lib, id, { link: 'arXiv:2099.99999' });
    await talkWithPaper(lib, id, { title: 'Streamable Neural Fields' });
    const service = new PaperLookupService(lib, { enabled: true, endpoints: services.endpoints });
    const report = await service.lookup(id);
    expect(report.requests.arxiv).toBe(3);
    const at = services.seen.filter((s) => s.service === 'arxiv').map((s) => s.at);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(2990);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(2990);
    await lib.close();
  }, 20_000);

  it('the spacing holds across processes: a second run right after the first still waits', async () => {
    const root = tempDir();
    const lib = await openLibrary(root);
    const { id } = await makeTrip(lib);
    await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' });
    await talkWithPaper(lib, id, { link: 'arXiv:2099.99999' });
    const [first, second] = (await lib.trip(id)).papers.map((p) => p.id);
    await new PaperLookupService(lib, { enabled: true, endpoints: services.endpoints }).lookup(id, [first!]);
    await lib.close();
    // Another process (a second CLI run): a fresh library object and a fresh service.
    const again = await openLibrary(root);
    await new PaperLookupService(again, { enabled: true, endpoints: services.endpoints }).lookup(id, [second!]);
    const at = services.seen.filter((s) => s.service === 'arxiv').map((s) => s.at);
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(2990);
    await again.close();
  }, 20_000);
});
