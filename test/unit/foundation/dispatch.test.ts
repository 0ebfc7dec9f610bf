import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../electron/services/api/dispatch';
import { createServiceContext } from '../../../electron/services/api/context';
import { journalHandlers } from '../../../electron/services/api/journal-handlers';
import type { Library } from '../../../electron/services/library/library';
import { tripFile } from '../../../electron/services/library/paths';
import { cleanupTempDirs, ECCV_TRIP, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

type Result = { ok: true; value: any } | { ok: false; error: { code: string; message: string } };

async function setup() {
  const lib = await openLibrary(tempDir());
  // Only the journal part of the contract: the other features bring their own handlers.
  const dispatch = createDispatcher(journalHandlers(createServiceContext({ library: lib, emit: () => undefined })) as unknown as Handlers) as (m: unknown, p: unknown) => Promise<Result>;
  const created = await dispatch('trips.create', ECCV_TRIP);
  if (!created.ok) throw new Error(created.error.message);
  return { lib, dispatch, tripId: created.value.id as string };
}

const fileOf = (lib: Library, id: string) => readFileSync(tripFile(lib.paths, id), 'utf8');

describe('dispatcher', () => {
  it('applies a trip patch through the contract without resetting fields it does not name', async () => {
    const { lib, dispatch, tripId } = await setup();
    const set = await dispatch('trips.update', { tripId, patch: { venue: 'Expo Tel Aviv', travelDaysBefore: 1, dayStartHour: 5 } });
    expect(set.ok).toBe(true);
    const before = await dispatch('trips.get', { tripId });
    expect(before.ok && before.value.trip).toMatchObject({ venue: 'Expo Tel Aviv', travelDaysBefore: 1, dayStartHour: 5 });
    const r = await dispatch('trips.update', { tripId, patch: { title: '텔 아비브 여행기' } });
    expect(r.ok).toBe(true);
    const after = await dispatch('trips.get', { tripId });
    if (!before.ok || !after.ok) throw new Error('trips.get failed');
    expect(after.value.trip).toEqual({ ...before.value.trip, title: '텔 아비브 여행기', updatedAt: after.value.trip.updatedAt });
    await lib.close();
  });

  it('runs a valid request and returns {ok, value}', async () => {
    const { lib, dispatch, tripId } = await setup();
    const r = await dispatch('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', title: '기조연설', paperLink: 'arXiv:2007.10909v2' } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.entry).toMatchObject({ kind: 'talk', title: '기조연설', start: '2022-10-24T10:30' });
      expect(r.value.papers[0].key).toBe('arxiv:2007.10909');
    }
    const list = await dispatch('trips.list', {});
    expect(list.ok && list.value[0].entryCount).toBe(1);
    await lib.close();
  });

  it.each([['no.such.method'], ['__proto__'], ['constructor'], ['toString'], [42], [null]])('refuses the unknown method %s', async (method) => {
    const { lib, dispatch } = await setup();
    const r = await dispatch(method, {});
    expect(r).toEqual({ ok: false, error: { code: 'invalid-input', message: `Unknown request "${String(method)}".` } });
    await lib.close();
  });

  it.each([
    ['entries.create', (t: string) => ({ tripId: t, entry: { kind: 'talk', start: '2022-10-24T25:00' } }), 'entry.start'],
    ['entries.create', (t: string) => ({ tripId: t, entry: { kind: 'spaceship', start: '2022-10-24T10:30' } }), 'entry.kind'],
    ['entries.create', (t: string) => ({ tripId: t, entry: { kind: 'talk', start: '2022-10-24T10:30', rating: 9 } }), 'entry.rating'],
    ['entries.create', () => ({ tripId: '../../etc', entry: { kind: 'note', start: '2022-10-24T10:30' } }), 'tripId'],
    ['entries.create', (t: string) => ({ tripId: t, entry: { kind: 'note', start: '2022-10-24T10:30' }, extra: 1 }), '"extra"'],
    ['entries.create', (t: string) => ({ tripId: `${t}/..`, entry: { kind: 'note', start: '2022-10-24T10:30' } }), 'tripId'],
    ['trips.update', (t: string) => ({ tripId: t, patch: { timeZone: 'Mars/Base' } }), 'patch.timeZone'],
    ['trips.update', (t: string) => ({ tripId: t, patch: { id: 'hijack' } }), '"id"'],
    ['trips.create', () => ({ ...ECCV_TRIP, title: '' }), 'title'],
  ])('%s with a bad payload is refused naming the field (%#) and changes nothing', async (method, payload, field) => {
    const { lib, dispatch, tripId } = await setup();
    const before = fileOf(lib, tripId);
    const r = await dispatch(method, payload(tripId));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message).toContain(field);
    }
    await lib.flush();
    expect(fileOf(lib, tripId)).toBe(before);
    expect((await dispatch('trips.list', {})).ok && (await lib.listTrips()).length).toBe(1);
    await lib.close();
  });

  it('a valid payload the service refuses (field of another kind, end before start) changes nothing', async () => {
    const { lib, dispatch, tripId } = await setup();
    const before = fileOf(lib, tripId);
    const foreign = await dispatch('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', dish: 'falafel' } });
    expect(foreign.ok === false && foreign.error.message).toMatch(/"dish" is not a field of a talk/);
    const backwards = await dispatch('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T09:00' } });
    expect(backwards.ok === false && backwards.error.message).toMatch(/end: must not be before start/);
    const badLink = await dispatch('entries.create', { tripId, entry: { kind: 'talk', start: '2022-10-24T10:30', paperLink: 'great talk' } });
    expect(badLink.ok === false && badLink.error.message).toMatch(/paperLink/);
    const missing = await dispatch('entries.update', { tripId, entryId: 'nope', patch: { title: 'x' } });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
    expect(lib.hasUnsavedChanges).toBe(false);
    await lib.flush();
    expect(fileOf(lib, tripId)).toBe(before);
    await lib.close();
  });

  it('errors are plain data that survive structured cloning', async () => {
    const { lib, dispatch } = await setup();
    const r = await dispatch('trips.get', { tripId: 'nothere' });
    expect(structuredClone(r)).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no trip "nothere" in this library.' } });
    await lib.close();
  });
});
