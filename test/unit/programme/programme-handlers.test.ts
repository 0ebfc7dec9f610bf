import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/api/context';
import { createDispatcher } from '../../../electron/services/api/dispatch';
import type { Handlers } from '../../../electron/services/api/handler-types';
import { journalHandlers } from '../../../electron/services/api/journal-handlers';
import { programmeHandlers } from '../../../electron/services/api/programme-handlers';
import type { Library } from '../../../electron/services/library/library';
import { programmeFile } from '../../../electron/services/programme/programme-store';
import { ChosenFiles } from '../../../electron/services/util/chosen-files';
import { cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';
import { fixturePath, VIENNA_TRIP } from './fixtures';

type Result = { ok: true; value: any } | { ok: false; error: { code: string; message: string } };

let lib: Library;
let tripId: string;
let chosen: ChosenFiles;
let dispatch: (method: unknown, payload: unknown) => Promise<Result>;

beforeEach(async () => {
  lib = await openLibrary(tempDir());
  tripId = (await makeTrip(lib, VIENNA_TRIP)).id;
  chosen = new ChosenFiles();
  // The programme handlers with the journal's, through the real dispatcher and contract, as main wires them.
  const ctx = createServiceContext({ library: lib, emit: () => undefined, chosenFiles: chosen });
  const handlers = { ...journalHandlers(ctx), ...programmeHandlers(ctx) };
  dispatch = createDispatcher(handlers as unknown as Handlers) as typeof dispatch;
});
afterEach(async () => lib.close());
afterAll(cleanupTempDirs);

/** What main's chooser does before the renderer may name a file: remember what it returned. */
async function importChosen(file: string): Promise<Result> {
  chosen.remember('programme', [file]);
  return dispatch('programme.import', { tripId, source: { path: file } });
}

describe('programme handlers through the dispatcher', () => {
  it('answers an empty programme before any import', async () => {
    const r = await dispatch('programme.get', { tripId });
    expect(r).toEqual({ ok: true, value: { sessions: [], days: [], rooms: [], tracks: [], importedAt: null, source: null } });
  });

  it('imports only a file the chooser just returned, and only once', async () => {
    const file = fixturePath('programme.csv');
    const refused = await dispatch('programme.import', { tripId, source: { path: file } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!refused.ok) expect(refused.error.message).toContain('“programme.csv” was not chosen in the programme file chooser');
    expect(existsSync(programmeFile(lib, tripId))).toBe(false);

    const imported = await importChosen(file);
    expect(imported.ok).toBe(true);
    if (imported.ok) {
      expect(imported.value).toMatchObject({ format: 'csv', sessionCount: 6, changed: [], removed: [] });
      expect(imported.value.added).toHaveLength(6);
    }
    // The chooser's answer is used up: naming the same path again is refused.
    const again = await dispatch('programme.import', { tripId, source: { path: file } });
    expect(again.ok).toBe(false);
  });

  it('lists the whole programme with its days, rooms, tracks and source', async () => {
    await importChosen(fixturePath('programme.csv'));
    const r = await dispatch('programme.get', { tripId });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.days).toEqual(['2024-07-22', '2024-07-23']);
    expect(r.value.rooms).toEqual(['Hall A', 'Hall B', 'Rooftop', 'Room 101']);
    expect(r.value.tracks).toEqual(expect.arrayContaining(['Keynotes', 'Vision', 'Social']));
    expect(r.value.source).toEqual({ format: 'csv', name: 'programme.csv' });
    expect(r.value.sessions.map((s: { start: string }) => s.start)).toEqual([...r.value.sessions.map((s: { start: string }) => s.start)].sort());
    // The party after midnight stays on the evening's conference day (day-start hour 4).
    const late = r.value.sessions.find((s: { title: string }) => s.title === 'Late set (after midnight)');
    expect(late).toMatchObject({ day: '2024-07-23', start: '2024-07-24T01:30' });
  });

  it('refuses a programme for other dates and writes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'other-year.csv');
    writeFileSync(file, 'Day,Start,End,Room,Track,Title,Speakers,URL\n2023-07-22,09:30,10:30,Hall A,,Keynote,,\n');
    const r = await importChosen(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/This programme is for 2023-07-22 .* Nothing was imported/);
    expect(existsSync(programmeFile(lib, tripId))).toBe(false);
  });

  it('stars a session and refuses bad ids with the field named', async () => {
    await importChosen(fixturePath('programme.csv'));
    const list = await dispatch('programme.get', { tripId });
    if (!list.ok) throw new Error(list.error.message);
    const flow = list.value.sessions.find((s: { title: string }) => s.title === 'Oral 2A: Optical Flow');
    const starred = await dispatch('programme.star', { tripId, sessionId: flow.id, on: true });
    expect(starred).toMatchObject({ ok: true, value: { id: flow.id, starred: true } });
    const after = await dispatch('programme.get', { tripId });
    expect(after.ok && after.value.sessions.find((s: { id: string }) => s.id === flow.id).starred).toBe(true);

    const bad = await dispatch('programme.star', { tripId, sessionId: '../x', on: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!bad.ok) expect(bad.error.message).toContain('sessionId');
    const missing = await dispatch('programme.star', { tripId, sessionId: 'nope', on: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('makes a talk entry from a session that remembers it', async () => {
    await importChosen(fixturePath('programme.csv'));
    const list = await dispatch('programme.get', { tripId });
    if (!list.ok) throw new Error(list.error.message);
    const flow = list.value.sessions.find((s: { title: string }) => s.title === 'Oral 2A: Optical Flow');
    const r = await dispatch('programme.createEntry', { tripId, sessionId: flow.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entry).toMatchObject({
      kind: 'talk',
      title: 'Oral 2A: Optical Flow',
      start: '2024-07-22T14:00',
      end: '2024-07-22T14:20',
      room: 'Hall B',
      session: 'Vision',
      speakers: ['Teed, Zachary', 'Deng, Jia'],
      sessionId: flow.id,
    });
    expect(r.value.session.id).toBe(flow.id);
    const trip = await dispatch('trips.get', { tripId });
    expect(trip.ok && trip.value.entries.map((e: { sessionId?: string }) => e.sessionId)).toEqual([flow.id]);
  });
});
