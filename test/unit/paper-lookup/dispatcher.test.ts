import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServiceContext, createServiceDispatcher, type HostHandlers, type ServiceContext } from '../../../electron/services/api';
import type { EventName, EventPayload } from '../../../electron/shared/contract';
import { isFetched } from '../../../electron/shared/domain/paper-fetched';
import type { Paper } from '../../../electron/shared/schemas/paper';
import { makeTrip, openLibrary, tempDir } from '../../support/library';
import { useFakeServices } from './helpers';

type Result = { ok: true; value: any } | { ok: false; error: { code: string; message: string } };
const noHost = {} as HostHandlers; // no host method is called here

const services = useFakeServices();

/** The app's wiring in small: one context over a temp library, the real dispatcher, and the events it emitted. */
async function app(options: { enabled?: boolean; arxivIntervalMs?: number } = {}) {
  const lib = await openLibrary(tempDir());
  const trip = await makeTrip(lib);
  const events: { event: EventName; payload: unknown }[] = [];
  const ctx: ServiceContext = createServiceContext({
    library: lib,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void events.push({ event, payload }),
    paperLookups: {
      enabled: options.enabled ?? true,
      endpoints: services.endpoints,
      intervals: { arxiv: options.arxivIntervalMs ?? 20, openreview: 20, crossref: 20 },
      queue: { backoffMs: 50 },
    },
  });
  const dispatch = createServiceDispatcher(ctx, noHost) as (m: string, p: unknown) => Promise<Result>;
  const call = async (method: string, payload: unknown) => {
    const result = await dispatch(method, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const changed = () => events.filter((e) => e.event === 'paper:changed').map((e) => e.payload as { tripId: string; paper: Paper });
  return { lib, tripId: trip.id, ctx, dispatch, call, changed };
}

describe('capture fills the paper in, through the dispatcher', () => {
  it('a talk with a pasted arXiv link answers at once; the filled paper arrives as a paper:changed event', async () => {
    const { lib, tripId, ctx, call, changed } = await app();
    const created = await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', paperLink: 'https://arxiv.org/abs/2003.12039v2' } });
    // Capture never waits for the lookup: the answer holds the bare paper.
    const bare = created.papers.find((p: Paper) => p.id === created.entry.paperId) as Paper;
    expect(bare).toMatchObject({ key: 'arxiv:2003.12039', title: '' });
    expect(bare.lookup).toBeUndefined();
    await ctx.paperLookup.idle();
    const [event] = changed();
    expect(event).toMatchObject({ tripId, paper: { id: bare.id, title: 'RAFT: Recurrent All-Pairs Field Transforms for Optical Flow', authors: ['Zachary Teed', 'Jia Deng'], year: 2020, pdfUrl: 'https://arxiv.org/pdf/2003.12039', lookup: { status: 'found', service: 'arxiv' } } });
    expect(isFetched(event!.paper, 'title')).toBe(true);
    expect((await lib.trip(tripId)).papers[0]).toMatchObject({ title: event!.paper.title, year: 2020 });
    expect(services.seen.map((s) => s.service)).toEqual(['arxiv']);
    // Editing the entry again (autosave) asks nothing more: the paper was looked up.
    await call('entries.update', { tripId, entryId: created.entry.id, patch: { body: 'Notes.' } });
    await ctx.paperLookup.idle();
    expect(services.seen).toHaveLength(1);
    await ctx.dispose();
    await lib.close();
  });

  it('keeps the title the writer typed; the fetched authors, abstract and year fill the empty fields', async () => {
    const { lib, tripId, ctx, call, changed } = await app();
    await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', title: 'RAFT 광류 (구두 발표)' } });
    const entry = (await lib.trip(tripId)).entries[0]!;
    // The link pasted afterwards, as in the editor.
    await call('entries.update', { tripId, entryId: entry.id, patch: { paperLink: 'arXiv:2003.12039' } });
    await ctx.paperLookup.idle();
    const paper = changed().at(-1)!.paper;
    expect(paper.title).toBe('RAFT 광류 (구두 발표)');
    expect(isFetched(paper, 'title')).toBe(false);
    expect(paper).toMatchObject({ authors: ['Zachary Teed', 'Jia Deng'], year: 2020 });
    expect(isFetched(paper, 'year')).toBe(true);
    await ctx.dispose();
    await lib.close();
  });

  it('a title typed after the lookup answered still becomes the paper\'s: the same paper title whatever the order', async () => {
    const { lib, tripId, ctx, call, changed } = await app();
    // The link pasted into an empty talk; the lookup answers before the title is typed.
    const created = await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', paperLink: 'arXiv:2003.12039' } });
    await ctx.paperLookup.idle();
    expect(changed().at(-1)!.paper.title).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');
    const updated = await call('entries.update', { tripId, entryId: created.entry.id, patch: { title: 'RAFT 광류 (구두 발표)' } });
    const paper = updated.papers.find((p: Paper) => p.id === created.entry.paperId) as Paper;
    expect(paper).toMatchObject({ title: 'RAFT 광류 (구두 발표)', authors: ['Zachary Teed', 'Jia Deng'], year: 2020 });
    expect(isFetched(paper, 'title')).toBe(false);
    // Looked up again, the writer's title stays.
    await call('papers.lookup', { tripId, paperIds: [paper.id] });
    expect((await lib.trip(tripId)).papers[0]!.title).toBe('RAFT 광류 (구두 발표)');
    await ctx.dispose();
    await lib.close();
  });

  it('with the preference off nothing is sent: the server sees 0 requests, and "look up again" says lookups are off', async () => {
    const { lib, tripId, ctx, call, changed } = await app({ enabled: false });
    const created = await call('entries.create', { tripId, entry: { kind: 'poster', start: '2022-10-24T15:30', paperLink: 'https://arxiv.org/abs/2003.12039' } });
    await ctx.paperLookup.idle();
    const report = await call('papers.lookup', { tripId, paperIds: [created.entry.paperId] });
    expect(report.skipped).toEqual([{ id: created.entry.paperId, reason: 'paper lookups are turned off' }]);
    await call('papers.retryPending', {});
    await ctx.paperLookup.idle();
    expect(services.seen).toHaveLength(0);
    expect(changed()).toHaveLength(0);
    expect((await lib.trip(tripId)).papers[0]!.title).toBe('');
    // Turned on again (the preference), "look up again" asks.
    ctx.paperLookup.setEnabled(true);
    expect(await call('papers.lookup', { tripId, paperIds: [created.entry.paperId] })).toMatchObject({ lookedUp: [created.entry.paperId], requests: { arxiv: 1 } });
    await ctx.dispose();
    await lib.close();
  });

  it('dispose (quitting) stops the queue: a paper waiting for its turn stays pending, and nothing more is sent', async () => {
    // arXiv's spacing of a minute: the second paper is still waiting when the app quits.
    const { lib, tripId, ctx, call } = await app({ arxivIntervalMs: 60_000 });
    await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', paperLink: 'arXiv:2003.12039' } });
    const second = await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T11:00', paperLink: 'arXiv:2104.00001' } });
    await expect.poll(() => services.seen.length).toBe(1);
    const started = Date.now();
    await ctx.dispose();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(services.seen).toHaveLength(1);
    const paper = (await lib.trip(tripId)).papers.find((p) => p.id === second.entry.paperId)!;
    expect(paper.lookup).toMatchObject({ status: 'pending', service: 'arxiv', reason: expect.stringMatching(/closed before it could ask/) });
    // An entry saved while closing starts nothing.
    await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T12:00', paperLink: 'arXiv:2104.00002' } });
    await ctx.paperLookup.idle();
    expect(services.seen).toHaveLength(1);
    await lib.close();
  });
});

describe('citations through the dispatcher', () => {
  it('writes only to the file the save chooser just returned, once; copies as text', async () => {
    const { lib, tripId, ctx, call, dispatch } = await app();
    await call('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', paperLink: 'arXiv:2003.12039' } });
    await ctx.paperLookup.idle();
    const file = path.join(tempDir(), 'eccv.bib');
    const refused = await dispatch('papers.exportCitations', { tripId, format: 'bibtex', path: file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/save dialog/) } });
    expect(existsSync(file)).toBe(false);

    ctx.chosenFiles.remember('citations', [file]); // what main's app.chooseSaveFile does
    expect(await call('papers.exportCitations', { tripId, format: 'bibtex', path: file })).toEqual({ file, count: 1 });
    expect(readFileSync(file, 'utf8')).toMatch(/^@misc\{teed2020raft,\n {2}title = \{\{RAFT: Recurrent All-Pairs Field Transforms for Optical Flow\}\},\n {2}author = \{Teed, Zachary and Deng, Jia\},[\s\S]*eprint = \{2003\.12039\}/);
    expect(await dispatch('papers.exportCitations', { tripId, format: 'bibtex', path: file })).toMatchObject({ ok: false });

    const copied = await call('papers.citations', { tripId, format: 'csl-json', starred: true });
    expect(copied).toMatchObject({ count: 0, text: '[]\n' });
    await ctx.dispose();
    await lib.close();
  });
});
