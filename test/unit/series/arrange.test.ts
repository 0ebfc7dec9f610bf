import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceDispatcher } from '../../../electron/services/api';
import { createSeries, deleteSeries, listSeries, suggestSeries, updateSeries } from '../../../electron/services/series/arrange';
import { slugify, uniqueSlugs } from '../../../electron/services/series/slug';
import type { Library } from '../../../electron/services/library/library';
import { buildFixture, SERIES_TITLE } from '../export/fixture';

let dir: string;
let library: Library;
let tripId: string;
let entries: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'proceedings-series-'));
  ({ library, tripId, entries } = await buildFixture(path.join(dir, 'lib'), dir));
});
afterAll(async () => {
  await library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('slugs', () => {
  it('keeps Hangul (NFC, lowercased) and removes what is unsafe in file names and URLs', () => {
    expect(slugify('텔 아비브와 ECCV 2022 여행기 1', 'x')).toBe('텔-아비브와-eccv-2022-여행기-1');
    // NFD input (as macOS may give it) becomes the same NFC slug.
    expect(slugify('텔 아비브'.normalize('NFD'), 'x')).toBe('텔-아비브');
    expect(slugify('../../etc/passwd', 'x')).toBe('etcpasswd');
    expect(slugify('C:\\Windows\\<x>|?*"', 'x')).toBe('cwindowsx');
    expect(slugify('...', 'part-1')).toBe('part-1');
    expect(slugify('CON', 'part-2')).toBe('part-2');
    expect([...slugify('가'.repeat(100), 'x')]).toHaveLength(60);
    expect(uniqueSlugs([{ text: 'A', fallback: 'p1' }, { text: 'a', fallback: 'p2' }, { text: '', fallback: 'p3' }])).toEqual(['a', 'a-2', 'p3']);
  });
});

describe('series arrangement', () => {
  it('suggests travel before, one part per conference day, travel after — and leaves nothing out', async () => {
    const view = await suggestSeries(library, tripId);
    expect(view.series.title).toBe(SERIES_TITLE);
    expect(view.series.parts.map((p) => p.sections.map((s) => (s.type === 'day' ? s.date : s.entryId)))).toEqual([
      ['2022-10-23'], ['2022-10-24'], ['2022-10-25'], ['2022-10-26'], ['2022-10-27'],
    ]);
    expect(view.unplaced).toEqual({ entryIds: [], days: [] });
    expect((await library.trip(tripId)).series).toHaveLength(0); // a suggestion is not stored
  });

  it('creates, rearranges (merge, move an entry, rename) and reports unplaced entries', async () => {
    const { series } = await createSeries(library, tripId, {});
    const [travel, d1, d2, d3, after] = series.parts;
    // Merge day 3 into day 2, give the poster its own part, drop the travel-after part.
    const view = await updateSeries(library, tripId, series.id, {
      title: `${SERIES_TITLE} (수정)`,
      parts: [
        { ...travel!, title: '출발' },
        d1!,
        { ...d2!, sections: [...d2!.sections, ...d3!.sections] },
        { title: '3일차의 포스터', sections: [{ type: 'entry', entryId: entries.poster! }] },
      ],
    });
    expect(view.series.title).toBe(`${SERIES_TITLE} (수정)`);
    expect(view.series.parts.map((p) => p.id).slice(0, 3)).toEqual([travel!.id, d1!.id, d2!.id]);
    expect(view.series.parts[3]!.id).toMatch(/^[0-9a-z]{10}$/);
    expect(view.unplaced.days).toEqual([after!.sections[0]!.type === 'day' ? after!.sections[0]!.date : '']);
    expect(view.unplaced.entryIds).toEqual([entries.beach]);
    expect((await library.trip(tripId)).entries).toHaveLength(7); // rearranging never touches entries
    await deleteSeries(library, tripId, series.id);
  });

  it('refuses a day or entry placed twice, unknown sections and covers — changing nothing', async () => {
    const { series } = await createSeries(library, tripId, { title: '시리즈' });
    const before = JSON.stringify((await library.trip(tripId)).series);
    const twice = [{ sections: [{ type: 'day' as const, date: '2022-10-24' }] }, { sections: [{ type: 'day' as const, date: '2022-10-24' }] }];
    await expect(updateSeries(library, tripId, series.id, { parts: twice })).rejects.toThrow(/already in a part/);
    await expect(updateSeries(library, tripId, series.id, { parts: [{ sections: [{ type: 'entry', entryId: 'nope' }] }] })).rejects.toThrow(/no entry "nope"/);
    await expect(updateSeries(library, tripId, series.id, { parts: [{ sections: [{ type: 'day', date: '2023-01-01' }] }] })).rejects.toThrow(/not a day of this trip/);
    await expect(updateSeries(library, tripId, series.id, { parts: [{ coverPhotoId: 'nope', sections: [] }] })).rejects.toThrow(/no photo/);
    await expect(updateSeries(library, tripId, series.id, { title: '   ' })).rejects.toThrow(/title/);
    expect(JSON.stringify((await library.trip(tripId)).series)).toBe(before);
    await deleteSeries(library, tripId, series.id);
    expect(await listSeries(library, tripId)).toEqual([]);
  });

  it('goes through the contract: requests are parsed, errors come back as data', async () => {
    const dispatch = createServiceDispatcher({ library, emit: () => undefined }, {
      'app.openExternal': async () => ({}) as never, 'app.flushed': async () => ({}) as never, 'app.setPreferences': async () => ({}) as never,
    } as never);
    const created = (await dispatch('series.create', { tripId, title: '계약' })) as { ok: true; value: { series: { id: string; parts: unknown[] } } };
    expect(created.ok).toBe(true);
    expect(created.value.series.parts).toHaveLength(5);
    const listed = await dispatch('series.list', { tripId });
    expect(listed).toMatchObject({ ok: true, value: [{ series: { title: '계약' } }] });
    const bad = await dispatch('series.update', { tripId, seriesId: created.value.series.id, parts: [{ sections: [{ type: 'week' }] }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const escape = await dispatch('series.export', { tripId, seriesId: '../x', format: 'html', outDir: '/tmp/x' });
    expect(escape).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const removed = await dispatch('series.delete', { tripId, seriesId: created.value.series.id });
    expect(removed).toMatchObject({ ok: true, value: { series: { title: '계약' } } });
  });
});
