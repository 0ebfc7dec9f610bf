import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateEntry } from '../../../electron/services/journal/entries';
import { MarkdownCache } from '../../../electron/services/export/preview-cache';
import { PreviewRenderer } from '../../../electron/services/export/preview-worker-client';
import { previewPart } from '../../../electron/services/export/preview';
import { buildStoryFixture, type StoryFixture } from './story-fixture';

let dir: string;
let fx: StoryFixture;
const renderer = new PreviewRenderer();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-preview-worker-'));
  fx = await buildStoryFixture(path.join(dir, 'lib'), dir);
}, 120_000);

afterAll(async () => {
  await renderer.close();
  await fx.library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the series preview on its own thread', () => {
  it('renders exactly the page previewPart makes on the calling thread', async () => {
    expect(renderer.offThread).toBe(true);
    const request = { tripId: fx.tripId, seriesId: fx.seriesId, partId: fx.partIds[0]! };
    const [inline, worker] = await Promise.all([previewPart(fx.library, request), renderer.render(fx.library, request)]);
    expect(worker).toEqual(inline);
    expect(worker.html).toContain('<html lang="ko">');
    // A setting previewed live (style) reaches the worker too.
    expect((await renderer.render(fx.library, { ...request, style: 'log' })).html).toContain('17:30–19:00');
  }, 60_000);

  it('previews an edit made since the last preview (the worker’s copy of the trip is replaced)', async () => {
    const request = { tripId: fx.tripId, seriesId: fx.seriesId, partId: fx.partIds[0]! };
    expect((await renderer.render(fx.library, request)).html).not.toContain('방금 고친 문장');
    await updateEntry(fx.library, fx.tripId, fx.entries.weak!, { body: '방금 고친 문장 with $a^2$.' });
    const after = await renderer.render(fx.library, request);
    expect(after.html).toContain('방금 고친 문장');
    expect(after).toEqual(await previewPart(fx.library, request));
  }, 60_000);

  it('answers a bad request with the service error, and a stopped thread with a message, then starts again', async () => {
    await expect(renderer.render(fx.library, { tripId: fx.tripId, seriesId: fx.seriesId, partId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no part "nope" in this series.',
    });
    // A thread just started is still loading when it is stopped: the request it was given cannot be answered.
    const fresh = new PreviewRenderer();
    const pending = fresh.render(fx.library, { tripId: fx.tripId, seriesId: fx.seriesId, partId: fx.partIds[0]! });
    await new Promise((r) => setImmediate(r));
    await fresh.close();
    await expect(pending).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/^The preview could not be made: .*Try again\.$/) });
    const again = await fresh.render(fx.library, { tripId: fx.tripId, seriesId: fx.seriesId, partId: fx.partIds[0]! });
    expect(again.html).toContain('<html lang="ko">');
    await fresh.close();
  }, 60_000);
});

describe('the rendered-Markdown cache', () => {
  it('renders a text once and again only when it changed', () => {
    const cache = new MarkdownCache();
    const calls: string[] = [];
    const render = (s: string) => {
      calls.push(s);
      return `<p>${s}</p>`;
    };
    expect(cache.render('one', render)).toBe('<p>one</p>');
    expect(cache.render('one', render)).toBe('<p>one</p>');
    expect(cache.render('one, edited', render)).toBe('<p>one, edited</p>');
    expect(calls).toEqual(['one', 'one, edited']);
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('holds a bounded number of characters, dropping the least recently used first, and never a text larger than the bound', () => {
    const cache = new MarkdownCache(40);
    const render = (s: string) => s.toUpperCase(); // each entry holds 2 × its length
    cache.render('aaaaaaaaaa', render); // 20
    cache.render('bbbbbbbbbb', render); // 40
    cache.render('aaaaaaaaaa', render); // a is now the most recent
    cache.render('cccccccccc', render); // 60 > 40: b goes
    expect(cache.size).toBe(2);
    const misses = cache.misses;
    cache.render('aaaaaaaaaa', render);
    cache.render('bbbbbbbbbb', render);
    expect(cache.misses - misses).toBe(1);
    expect(cache.render('x'.repeat(50), render)).toBe('X'.repeat(50));
    expect(cache.size).toBeLessThanOrEqual(2);
  });
});
