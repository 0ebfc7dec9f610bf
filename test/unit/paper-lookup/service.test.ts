import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createEntry } from '../../../electron/services/journal/entries';
import { updatePaper } from '../../../electron/services/journal/papers';
import { isFetched } from '../../../electron/services/paper-lookup/merge';
import { Paper } from '../../../electron/shared/schemas/paper';
import { makeTrip, openLibrary, tempDir } from '../../support/library';
import { lookupService, switchableFetch, talkWithPaper, useFakeServices } from './helpers';

const services = useFakeServices();

describe('papers fill themselves in', () => {
  it('fills an arXiv paper with what arXiv says: title, authors, abstract, year, PDF', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const paperId = await talkWithPaper(lib, id, { link: 'https://arxiv.org/abs/2003.12039v2' });
    const report = await lookupService(lib, services).lookup(id);
    expect(report).toMatchObject({ lookedUp: [paperId], pending: [], notFound: [], requests: { arxiv: 1, openreview: 0, crossref: 0 } });
    const paper = (await lib.trip(id)).papers[0]!;
    expect(paper.title).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');
    expect(paper.authors).toEqual(['Zachary Teed', 'Jia Deng']);
    expect(paper.abstract).toMatch(/^We introduce Recurrent All-Pairs .* 5\.10% & runs at 10 frames\/s < real time\.$/);
    expect(paper).toMatchObject({ year: 2020, pdfUrl: 'https://arxiv.org/pdf/2003.12039', url: 'https://arxiv.org/abs/2003.12039', venue: '' });
    expect(paper.lookup).toMatchObject({ status: 'found', service: 'arxiv' });
    expect(isFetched(paper, 'title')).toBe(true);
    // Crossref and arXiv are told who asks.
    expect(services.seen[0]!.userAgent).toMatch(/^Proceedings\//);
    await lib.close();
  });

  it('keeps what the writer typed and fills only the empty fields; a re-lookup refreshes fetched fields only', async () => {
    const root = tempDir();
    const lib = await openLibrary(root);
    const { id } = await makeTrip(lib);
    // The talk's title and speaker become the paper's title and authors: typed by the writer.
    const paperId = await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' }, { title: 'RAFT 광류', speakers: ['Z. Teed'] });
    const service = lookupService(lib, services);
    await service.lookup(id);
    let paper = (await lib.trip(id)).papers[0]!;
    expect(paper.title).toBe('RAFT 광류');
    expect(paper.authors).toEqual(['Z. Teed']);
    expect(paper.year).toBe(2020);
    expect(Object.keys(paper.fetched ?? {}).sort()).toEqual(['abstract', 'pdfUrl', 'publicationType', 'year']);
    // The writer rewrites the abstract; the service's answer changes (a new version on arXiv).
    await lib.mutate(id, (doc) => {
      doc.papers[0]!.abstract = '내 요약: 4D correlation volumes.';
    });
    const cacheFile = service.cache.fileFor('arxiv:2003.12039');
    const cached = JSON.parse(await readFile(cacheFile, 'utf8'));
    cached.paper.year = 2021;
    cached.paper.abstract = 'A newer abstract.';
    await writeFile(cacheFile, JSON.stringify(cached));
    const again = await service.lookup(id, [paperId]);
    expect(again).toMatchObject({ cached: [paperId], requests: { arxiv: 0 } });
    paper = (await lib.trip(id)).papers[0]!;
    expect(paper).toMatchObject({ title: 'RAFT 광류', authors: ['Z. Teed'], abstract: '내 요약: 4D correlation volumes.', year: 2021 });
    expect(isFetched(paper, 'abstract')).toBe(false);
    await lib.close();
  });

  it('an abstract written in the papers view (updatePaper) is the writer\'s from then on', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const paperId = await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' });
    const service = lookupService(lib, services);
    await service.lookup(id);
    await updatePaper(lib, id, paperId, { abstract: '광류를 반복해서 다듬는다.\n두 번째 줄.', year: 2019 });
    await service.lookup(id, [paperId]);
    expect((await lib.trip(id)).papers[0]).toMatchObject({ abstract: '광류를 반복해서 다듬는다.\n두 번째 줄.', year: 2019, title: 'RAFT: Recurrent All-Pairs Field Transforms for Optical Flow' });
    await expect(updatePaper(lib, id, paperId, { pdfUrl: 'javascript:alert(1)' })).rejects.toThrow(/pdfUrl/);
    service.setEnabled(false);
    await talkWithPaper(lib, id, { link: 'doi:10.1145/3528223.3530127' });
    const before = services.seen.length;
    expect((await service.lookup(id)).skipped).toHaveLength(1);
    expect(services.seen.length).toBe(before);
    await lib.close();
  });

  it('asks each identifier once: a second lookup, on any trip, comes from the library cache', async () => {
    const lib = await openLibrary(tempDir());
    const first = await makeTrip(lib);
    const second = await makeTrip(lib, { title: 'CVPR 2023', start: '2023-06-18', end: '2023-06-22', timeZone: 'America/Vancouver' });
    await talkWithPaper(lib, first.id, { link: '10.1145/3528223.3530127' });
    const later = await createEntry(lib, second.id, { kind: 'poster', start: '2023-06-20T10:30', paperLink: 'https://doi.org/10.1145/3528223.3530127' });
    const service = lookupService(lib, services);
    expect((await service.lookup(first.id)).requests.crossref).toBe(1);
    const report = await service.lookup(second.id);
    expect(report).toMatchObject({ cached: [later.entry.paperId], requests: { crossref: 0 } });
    expect(services.seen).toHaveLength(1);
    const paper = (await lib.trip(second.id)).papers[0]!;
    expect(paper).toMatchObject({ title: 'Instant neural graphics primitives with a multiresolution hash encoding', venue: 'ACM Transactions on Graphics', year: 2022, publicationType: 'article-journal' });
    expect(paper.authors[0]).toBe('Thomas Müller');
    await lib.close();
  });

  it('reads OpenReview API v2, falls back to v1 for older venues, and searches a title-only paper', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const v2 = await talkWithPaper(lib, id, { link: 'https://openreview.net/forum?id=aBcDeF12345' });
    const v1 = await talkWithPaper(lib, id, { link: 'https://openreview.net/pdf?id=oLdNoTe0001' });
    const byTitle = await talkWithPaper(lib, id, { title: 'Streamable Neural Fields' });
    const report = await lookupService(lib, services).lookup(id);
    expect(report.lookedUp.sort()).toEqual([v2, v1, byTitle].sort());
    const doc = await lib.trip(id);
    const get = (pid: string) => doc.papers.find((p) => p.id === pid)!;
    expect(get(v2)).toMatchObject({ title: 'Sparse Experts Generalize Across Visual Domains', venue: 'ICLR 2023 oral', year: 2023, pdfUrl: 'https://openreview.net/pdf?id=aBcDeF12345' });
    expect(get(v2).abstract).toBe('Vision models trained on one domain fail on another. We route tokens to sparse experts and close half the gap.');
    expect(get(v1)).toMatchObject({ title: 'Large Scale GAN Training for High Fidelity Natural Image Synthesis', authors: ['Andrew Brock', 'Jeff Donahue', 'Karen Simonyan'], venue: 'ICLR 2019', year: 2019 });
    // The near miss ("… for Video") is not taken; the exact title is, with its link filled in.
    expect(get(byTitle)).toMatchObject({ title: 'Streamable Neural Fields', url: 'https://arxiv.org/abs/2207.09663', doi: '10.1007/978-3-031-20044-1_34', venue: 'ECCV 2022', year: 2022 });
    expect(get(byTitle).authors).toHaveLength(5);
    await lib.close();
  });

  it('marks an unknown paper not found and does not ask again', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const paperId = await talkWithPaper(lib, id, { link: 'arXiv:2099.99999' });
    const service = lookupService(lib, services);
    const report = await service.lookup(id);
    expect(report.notFound).toEqual([{ id: paperId, reason: 'arXiv has no paper 2099.99999' }]);
    expect((await lib.trip(id)).papers[0]!.lookup).toMatchObject({ status: 'not-found', reason: 'arXiv has no paper 2099.99999' });
    expect(await service.lookup(id)).toMatchObject({ notFound: [], requests: { arxiv: 0 } });
    expect(await service.retryPending()).toMatchObject({ notFound: [], requests: { arxiv: 0 } });
    expect(services.seen).toHaveLength(1);
    await lib.close();
  });

  it('offline: the paper says it will be looked up later, and is retried when a later lookup succeeds', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const arxivPaper = await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' });
    const net = switchableFetch();
    const service = lookupService(lib, services, { fetchImpl: net.fetchImpl });
    const report = await service.lookup(id);
    expect(report.pending).toEqual([{ id: arxivPaper, reason: expect.stringMatching(/could not be reached \(ENOTFOUND\): offline\?/) }]);
    expect((await lib.trip(id)).papers[0]!.lookup).toMatchObject({ status: 'pending', service: 'arxiv' });
    // Back online: the next paper's lookup succeeds, and the pending one is asked again in the background.
    net.online.value = true;
    const doiPaper = await talkWithPaper(lib, id, { link: 'doi:10.1145/3528223.3530127' });
    expect((await service.lookup(id, [doiPaper])).lookedUp).toEqual([doiPaper]);
    await service.idle();
    const paper = (await lib.trip(id)).papers.find((p) => p.id === arxivPaper)!;
    expect(paper.lookup?.status).toBe('found');
    expect(paper.title).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');
    await lib.close();
  });

  it('retryPending() asks again for every pending paper of every trip (on start)', async () => {
    const root = tempDir();
    const lib = await openLibrary(root);
    const { id } = await makeTrip(lib);
    await talkWithPaper(lib, id, { link: 'https://openreview.net/forum?id=aBcDeF12345' });
    const net = switchableFetch();
    expect((await lookupService(lib, services, { fetchImpl: net.fetchImpl }).lookup(id)).pending).toHaveLength(1);
    const fresh = lookupService(lib, services);
    expect(await fresh.retryPending()).toMatchObject({ lookedUp: [expect.any(String)], pending: [] });
    expect((await lib.trip(id)).papers[0]!.lookup?.status).toBe('found');
    await lib.close();
  });

  it('turned off, nothing leaves the machine', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' });
    await talkWithPaper(lib, id, { link: 'https://openreview.net/forum?id=aBcDeF12345' });
    await talkWithPaper(lib, id, { link: '10.1145/3528223.3530127' });
    await talkWithPaper(lib, id, { title: 'Streamable Neural Fields' });
    const service = lookupService(lib, services, { enabled: false });
    const report = await service.lookup(id);
    service.request(id, (await lib.trip(id)).papers[0]!.id);
    await service.idle();
    await service.retryPending();
    expect(report.skipped.map((s) => s.reason)).toEqual(Array(4).fill('paper lookups are turned off'));
    expect(services.seen).toEqual([]);
    expect((await lib.trip(id)).papers.every((p) => p.lookup === undefined && p.abstract === undefined)).toBe(true);
    await lib.close();
  });

  it('request() returns at once and never blocks capture; the answer is merged when it comes', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    const paperId = await talkWithPaper(lib, id, { link: 'arXiv:2003.12039' });
    services.busy(1, '1'); // arXiv asks for a second of quiet first
    const changed: string[] = [];
    const service = lookupService(lib, services, { onPaperChanged: (_trip, p) => changed.push(p.id) });
    const started = performance.now();
    service.request(id, paperId);
    expect(performance.now() - started).toBeLessThan(20);
    // Capture goes on while the lookup waits.
    const note = await createEntry(lib, id, { kind: 'note', start: '2022-10-24T10:35', title: '질문 메모' });
    expect(note.entry.title).toBe('질문 메모');
    expect((await lib.trip(id)).papers[0]!.title).toBe('');
    await service.idle();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(changed).toEqual([paperId]);
    expect((await lib.trip(id)).papers[0]!.title).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');
    expect(services.seen).toHaveLength(2);
    await lib.close();
  });

  it('a trip file written before lookups existed loads unchanged', () => {
    const old = { id: 'p1', key: 'arxiv:2003.12039', source: 'arxiv', url: 'https://arxiv.org/abs/2003.12039', title: 'RAFT', authors: ['Zachary Teed'], venue: '', starred: true, createdAt: '2022-10-24T07:30:00.000Z', updatedAt: '2022-10-24T07:30:00.000Z' };
    expect(Paper.parse(old)).toEqual(old);
  });
});
