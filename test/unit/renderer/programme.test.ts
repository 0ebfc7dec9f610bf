import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServiceDispatcher, type HostHandlers } from '../../../electron/services/api';
import type { Library } from '../../../electron/services/library/library';
import { ChosenFiles } from '../../../electron/services/util/chosen-files';
import { conflictTitles, plannedSessions } from '../../../electron/shared/domain/programme-plan';
import type { ProceedingsBridge } from '../../../electron/shared/contract';
import type { ProgrammeSession } from '../../../electron/shared/schemas/programme';
import { createAppStore } from '../../../renderer/core/store';
import { filterSessions, NO_FILTER } from '../../../renderer/features/programme/filterSessions';
import { cleanupTempDirs, openLibrary, tempDir } from '../../support/library';
import { fixture, fixturePath, VIENNA_TRIP } from '../programme/fixtures';

afterAll(cleanupTempDirs);

const session = (over: Partial<ProgrammeSession>): ProgrammeSession => ({
  id: over.id ?? 's1',
  sourceUid: '',
  title: 'Untitled',
  startAt: '2024-07-22T12:00:00.000Z',
  endAt: '2024-07-22T13:00:00.000Z',
  start: '2024-07-22T14:00',
  end: '2024-07-22T15:00',
  day: '2024-07-22',
  allDay: false,
  room: '',
  track: '',
  speakers: [],
  url: '',
  abstract: '',
  cancelled: false,
  removed: false,
  starred: false,
  ...over,
});

const SESSIONS = [
  session({ id: 'a', title: 'Keynote: Scaling', room: 'Hall A', track: 'Keynotes', speakers: ['Kim Minji'], start: '2024-07-22T09:30', startAt: '2024-07-22T07:30:00.000Z', endAt: '2024-07-22T08:30:00.000Z' }),
  session({ id: 'b', title: 'Oral 2A: Optical Flow', room: 'Hall B', track: 'Vision', starred: true }),
  session({ id: 'c', title: '비전 트랜스포머의 효율적인 학습', room: 'Room 101', track: 'Vision', starred: true, endAt: '2024-07-22T13:30:00.000Z' }),
  session({ id: 'd', title: 'Generalisation bounds revisited', day: '2024-07-23', start: '2024-07-23T09:00', startAt: '2024-07-23T07:00:00.000Z', endAt: '2024-07-23T07:30:00.000Z', abstract: 'PAC-Bayes for transformers' }),
];

describe('programme filter (the view, in the renderer)', () => {
  it('shows one day, narrowed by room, track and stars', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterSessions(SESSIONS, { ...NO_FILTER, day: '2024-07-22', ...f }).map((s) => s.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ track: 'Vision' })).toEqual(['b', 'c']);
    expect(ids({ room: 'Hall B' })).toEqual(['b']);
    expect(ids({ starredOnly: true, room: 'Room 101' })).toEqual(['c']);
    expect(ids({ day: '2024-07-23' })).toEqual(['d']);
  });

  it('searches every day, abstracts and speakers included, with Hangul initials and a half-typed syllable', () => {
    const hits = (query: string) => filterSessions(SESSIONS, { ...NO_FILTER, day: '2024-07-22', query }).map((s) => s.id);
    expect(hits('transformers')).toEqual(['d']); // another day, found in the abstract
    expect(hits('minji')).toEqual(['a']);
    expect(hits('ㅂㅈ ㅌ')).toEqual(['c']); // 비전 트…
    expect(hits('트래')).toEqual(['c']); // "트랜" while the IME still shows "트래"
    expect(hits('  ')).toEqual(['a', 'b', 'c']);
    expect(hits('nothing like this')).toEqual([]);
  });
});

describe('the plan on the timeline', () => {
  it('shows starred sessions of the day not logged yet, and names both sides of a clash', () => {
    expect(plannedSessions(SESSIONS, [], '2024-07-22').map((s) => s.id)).toEqual(['b', 'c']);
    expect(plannedSessions(SESSIONS, [{ sessionId: 'b' }], '2024-07-22').map((s) => s.id)).toEqual(['c']);
    const clash = conflictTitles(SESSIONS);
    expect(clash.get('b')).toEqual(['비전 트랜스포머의 효율적인 학습']);
    expect(clash.get('c')).toEqual(['Oral 2A: Optical Flow']);
    expect(clash.has('a')).toBe(false);
  });
});

describe('programme slice against the real services', () => {
  let library: Library;
  let chosen: ChosenFiles;
  let store: ReturnType<typeof createAppStore>;

  beforeEach(async () => {
    library = await openLibrary(tempDir(), { saveDelayMs: 10 });
    chosen = new ChosenFiles();
    const unused = async (): Promise<never> => {
      throw new Error('not used by the programme slice');
    };
    const host = Object.fromEntries(
      ['app.openExternal', 'app.flushed', 'app.getPreferences', 'app.setPreferences', 'app.chooseFiles', 'app.chooseFolder', 'app.openExport'].map((m) => [m, unused]),
    ) as unknown as HostHandlers;
    const dispatch = createServiceDispatcher({ library, emit: () => undefined, chosenFiles: chosen }, host);
    const bridge = {
      invoke: async (method: string, request: unknown) => JSON.parse(JSON.stringify(await dispatch(method, JSON.parse(JSON.stringify(request))))),
      on: () => () => undefined,
      mediaBase: '',
      pathForFile: () => '',
    } as unknown as ProceedingsBridge;
    (globalThis as { window?: unknown }).window = { proceedings: bridge };
    store = createAppStore();
    await store.getState().createTrip({ ...VIENNA_TRIP });
  });
  afterEach(async () => {
    await library.close();
    delete (globalThis as { window?: unknown }).window;
  });

  const importFile = (file: string) => {
    chosen.remember('programme', [file]);
    return store.getState().importProgramme({ path: file });
  };

  it('imports, stars, attends, and a re-import moves the entry but keeps the notes', async () => {
    const report = await importFile(fixturePath('programme.csv'));
    expect(report?.added).toHaveLength(6);
    const s = () => store.getState();
    expect(s().programmeReport).toEqual(report);
    expect(s().programme?.sessions).toHaveLength(6);
    const flow = s().programme!.sessions.find((x) => x.title === 'Oral 2A: Optical Flow')!;

    await s().starSession(flow.id, true);
    expect(s().programme!.sessions.find((x) => x.id === flow.id)?.starred).toBe(true);

    const entry = await s().attendSession(flow.id);
    expect(s().selectedEntryId).toBe(entry.id);
    expect(s().selectedDay).toBe('2024-07-22');
    expect(s().doc?.entries.find((e) => e.id === entry.id)).toMatchObject({ room: 'Hall B', sessionId: flow.id });
    await s().updateEntry(entry.id, { body: 'RAFT: all-pairs correlation, GRU updates.' });

    // The programme moves the talk to another room and time.
    const moved = path.join(tempDir(), 'programme-moved.csv');
    writeFileSync(moved, fixture('programme.csv').toString('utf8').replace('2024-07-22,14:00,14:20,Hall B', '2024-07-22,16:00,16:20,Hall C'));
    const again = await importFile(moved);
    expect(again?.changed.map((c) => c.title)).toEqual(['Oral 2A: Optical Flow']);
    expect(again?.entriesUpdated.map((u) => u.entryId)).toEqual([entry.id]);
    const after = s().doc?.entries.find((e) => e.id === entry.id);
    expect(after).toMatchObject({ room: 'Hall C', start: '2024-07-22T16:00', end: '2024-07-22T16:20', body: 'RAFT: all-pairs correlation, GRU updates.' });
  });

  it('puts a star back and says why when the service refuses it', async () => {
    await importFile(fixturePath('programme.csv'));
    const s = () => store.getState();
    const first = s().programme!.sessions[0]!;
    // Another window removed the session meanwhile: the service does not know it any more.
    s().programme!.sessions[0] = { ...first, id: 'gone' };
    await s().starSession('gone', true);
    expect(s().programme!.sessions[0]?.starred).toBe(false);
    expect(s().notices.at(-1)).toMatchObject({ kind: 'error', i18n: { key: 'programme:starFailed' } });
  });

  it('keeps the programme unchanged and reports a refused file', async () => {
    await importFile(fixturePath('programme.csv'));
    const before = store.getState().programme;
    const other = path.join(tempDir(), 'other.csv');
    writeFileSync(other, 'Day,Start,End,Room,Track,Title,Speakers,URL\n2019-01-01,09:00,10:00,A,,Old,,\n');
    expect(await importFile(other)).toBeNull();
    expect(store.getState().programme).toBe(before);
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', i18n: { key: 'programme:importFailed' } });
  });
});
