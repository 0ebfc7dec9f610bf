import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArxivClient, parseArxivFeed } from '../../../electron/services/paper-lookup/arxiv';
import { CrossrefClient } from '../../../electron/services/paper-lookup/crossref';
import { OpenReviewClient } from '../../../electron/services/paper-lookup/openreview';
import { markupText } from '../../../electron/services/paper-lookup/text';
import { LookupFailure } from '../../../electron/services/paper-lookup/types';
import { FakeServices } from './fake-services';

const services = new FakeServices();
beforeAll(() => services.start());
afterAll(() => services.stop());
afterEach(() => {
  services.seen.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<LookupFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LookupFailure);
  return error as LookupFailure;
}

describe('arXiv export API', () => {
  const arxiv = () => new ArxivClient(services.endpoints.arxiv);

  it('asks by id_list and reads the hard-wrapped Atom entry', async () => {
    const paper = await arxiv().byId('2003.12039');
    expect(paper.title).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');
    expect(services.seen[0]!.url).toBe('/arxiv/api/query?id_list=2003.12039&max_results=1');
  });

  it('an id arXiv does not have (empty feed) and a malformed one (the in-band Error entry) are not found', async () => {
    expect(await failure(arxiv().byId('2099.99999'))).toMatchObject({ kind: 'not-found' });
    const refused = await failure(arxiv().byId('not-an-id'));
    expect(refused).toMatchObject({ kind: 'not-found', message: 'arXiv refused the query: incorrect id format for not-an-id' });
  });

  it('"Rate exceeded." in plain text is no feed: unavailable, asked again later', () => {
    expect(() => parseArxivFeed('Rate exceeded.')).toThrow(/arXiv did not answer with a feed \("Rate exceeded\."\)/);
  });

  it('searches a title as a phrase and takes only the exact title', async () => {
    const paper = await arxiv().byTitle('streamable neural  fields');
    expect(paper.url).toBe('https://arxiv.org/abs/2207.09663');
    expect(new URL(services.base + services.seen[0]!.url).searchParams.get('search_query')).toBe('ti:"streamable neural fields"');
    expect(await failure(arxiv().byTitle('Streamable Neural Fields for Video Compression'))).toMatchObject({ kind: 'not-found' });
  });
});

describe('OpenReview API', () => {
  it('not in v2 nor v1: not found, after asking both', async () => {
    const client = new OpenReviewClient(services.endpoints.openreview, services.endpoints.openreviewV1);
    expect(await failure(client.byId('nOsUcHnOtE1'))).toMatchObject({ kind: 'not-found' });
    expect(services.seen.map((s) => s.service)).toEqual(['openreview', 'openreviewV1']);
  });
});

describe('Crossref REST API', () => {
  const crossref = () => new CrossrefClient(services.endpoints.crossref, { headers: { 'User-Agent': 'Proceedings/0.1 (mailto:me@example.org)' } }, 'me@example.org');

  it('reads a work: JATS abstract as text, authors, container, year, PDF link; sends the contact it asks for', async () => {
    const paper = await crossref().byDoi('10.1145/3528223.3530127');
    expect(paper.abstract).toBe('Neural graphics primitives, parameterized by fully connected neural networks, can be costly to train & evaluate. We reduce this cost with a versatile new input encoding that permits the use of a smaller network without sacrificing quality.');
    expect(paper).toMatchObject({ authors: ['Thomas Müller', 'Alex Evans', 'Christoph Schied', 'Alexander Keller'], venue: 'ACM Transactions on Graphics', year: 2022, url: 'https://doi.org/10.1145/3528223.3530127', pdfUrl: 'https://dl.acm.org/doi/pdf/10.1145/3528223.3530127' });
    expect(services.seen[0]).toMatchObject({ url: '/crossref/works/10.1145/3528223.3530127?mailto=me%40example.org', userAgent: 'Proceedings/0.1 (mailto:me@example.org)' });
  });

  it('an unknown DOI (plain-text 404) is not found', async () => {
    expect(await failure(crossref().byDoi('10.9999/nothing.here'))).toMatchObject({ kind: 'not-found', message: 'Crossref has no DOI 10.9999/nothing.here' });
  });

  it('a title search skips near misses and reads Hangul, markup in titles and organisations as authors', async () => {
    const paper = await crossref().byTitle('신경장 스트리밍 표현 연구');
    expect(paper).toMatchObject({ title: '신경장 스트리밍 표현 연구', authors: ['준우 조', 'KAIST Visual AI Group'], abstract: '신경장은 새로운 신호 표현이다.', venue: '정보과학회논문지', year: 2023, doi: '10.5626/jok.2023.50.1.1' });
  });

  it('busy (503 with Retry-After) is a failure that says how long to wait', async () => {
    services.busy(1, '7');
    const busy = await failure(crossref().byDoi('10.1145/3528223.3530127'));
    expect(busy).toMatchObject({ kind: 'unavailable', busy: { retryAfterMs: 7000 } });
  });

  it('a closed port is unavailable, not a crash', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const client = new CrossrefClient(`http://127.0.0.1:${port}`);
    expect(await failure(client.byDoi('10.1/x'))).toMatchObject({ kind: 'unavailable', message: `127.0.0.1:${port} could not be reached (ECONNREFUSED): offline?` });
  });
});

describe('markup in fetched text', () => {
  it('is read by a parser: entities decode, a "<" in prose survives, tags go', () => {
    expect(markupText('<jats:p>a &lt; b &amp; <jats:italic>c</jats:italic></jats:p>')).toBe('a < b & c');
    expect(markupText('Plain, no markup')).toBe('Plain, no markup');
    // Markup that is not well-formed loses no word: it is kept as the service sent it.
    expect(markupText('a < b and <i>c</i>')).toBe('a < b and <i>c</i>');
  });
});
