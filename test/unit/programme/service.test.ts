import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { updateEntry } from '../../../electron/services/journal/entries';
import type { Library } from '../../../electron/services/library/library';
import { programmeFile, readProgramme } from '../../../electron/services/programme/programme-store';
import {
  createEntryFromSession,
  importProgramme,
  listSessions,
  programmeConflicts,
  sessionsAt,
  starSession,
} from '../../../electron/services/programme/programme-service';
import { cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';
import { fixture, VIENNA_TRIP } from './fixtures';

let lib: Library;
let tripId = '';

beforeEach(async () => {
  lib = await openLibrary(tempDir());
  tripId = (await makeTrip(lib, VIENNA_TRIP)).id;
});
afterAll(cleanupTempDirs);

const edge = () => ({ bytes: fixture('edge-cases.ics'), name: 'edge-cases.ics' });
const csv = (text: string) => ({ bytes: Buffer.from(text), name: 'programme.csv' });
const HEADER = 'uid,day,start,end,room,track,title,speakers,url,abstract,status\n';

describe('programme service', () => {
  it('imports into its own file beside the trip, not into the trip\'s entries', async () => {
    const report = await importProgramme(lib, tripId, edge());
    expect(report).toMatchObject({ format: 'ics', sessionCount: 6, days: ['2024-07-22', '2024-07-23', '2024-07-24'], changed: [], removed: [] });
    expect(report.added).toHaveLength(6);
    expect(report.cancelled.map((s) => s.title)).toEqual(['Invited talk (cancelled by the speaker)']);
    expect((await lib.trip(tripId)).entries).toEqual([]);
    expect(JSON.parse(readFileSync(programmeFile(lib, tripId), 'utf8')).sessions).toHaveLength(6);
    await lib.close();
    // Read back by a fresh, read-only open (as the CLI's list does).
    const again = await openLibrary(lib.paths.root, { readOnly: true });
    expect((await listSessions(again, tripId)).map((s) => s.start)).toEqual([
      '2024-07-22T09:30', '2024-07-22T14:00', '2024-07-23T00:00', '2024-07-23T14:00', '2024-07-24T00:30', '2024-07-24T11:00',
    ]);
    await again.close();
  });

  it('refuses a programme for other dates whole, with a message naming both ranges', async () => {
    const other = await makeTrip(lib, { ...VIENNA_TRIP, title: 'Next year', start: '2025-07-21', end: '2025-07-23' });
    await expect(importProgramme(lib, other.id, edge())).rejects.toThrow(
      'This programme is for 2024-07-22 – 2024-07-24, but the trip "Next year" runs 2025-07-21 – 2025-07-23 (travel days included): 6 of 6 sessions fall outside it. Nothing was imported',
    );
    // One day too many is refused as well: never half-imported.
    const short = await makeTrip(lib, { ...VIENNA_TRIP, title: 'Short', end: '2024-07-22' });
    await expect(importProgramme(lib, short.id, edge())).rejects.toThrow(/4 of 6 sessions fall outside it/);
    expect(existsSync(programmeFile(lib, other.id))).toBe(false);
    expect(existsSync(programmeFile(lib, short.id))).toBe(false);
  });

  it('lists by day (after-midnight sessions on their evening), room, track, stars, and Hangul-aware search', async () => {
    await importProgramme(lib, tripId, edge());
    expect((await listSessions(lib, tripId, { day: '2024-07-23' })).map((s) => s.title)).toEqual([
      'Poster hall open all day',
      '비전 트랜스포머의 효율적인 학습: 토큰 병합과 지식 증류를 통한 추론 가속',
      'Conference party (late set)',
    ]);
    expect((await listSessions(lib, tripId, { room: 'Hall A' })).map((s) => s.sourceUid)).toEqual(['cancelled-5@example.org']);
    expect((await listSessions(lib, tripId, { track: 'Vision' })).map((s) => s.title)).toEqual(['Oral 2A: Optical Flow']);
    // Initial consonants (ㅂㅈ → 비전) and the IME's partial syllable (학스 while typing 학습) match as in search.
    expect((await listSessions(lib, tripId, { query: 'ㅂㅈ' })).map((s) => s.sourceUid)).toEqual(['hangul-4@example.org']);
    expect((await listSessions(lib, tripId, { query: '학스' })).map((s) => s.sourceUid)).toEqual(['hangul-4@example.org']);
    expect((await listSessions(lib, tripId, { query: 'zachary' })).map((s) => s.sourceUid)).toEqual(['keynote-1@example.org']);
    expect((await listSessions(lib, tripId, { query: 'level 2' })).map((s) => s.sourceUid)).toEqual(['keynote-1@example.org']);
    // Punctuation is matched as typed, never as a pattern.
    expect((await listSessions(lib, tripId, { query: 'Keynote: Scaling, Data; and' })).map((s) => s.sourceUid)).toEqual(['keynote-1@example.org']);
    expect((await listSessions(lib, tripId, { query: '(late set)' })).map((s) => s.sourceUid)).toEqual(['party-6@example.org']);
    expect(await listSessions(lib, tripId, { query: 'a-b.*[' })).toEqual([]);
    await expect(listSessions(lib, tripId, { day: '23 July' })).rejects.toThrow('day: "23 July" is not a date like 2024-06-18');
  });

  it('stars sessions, reports overlapping stars as conflicts, and offers running sessions starred first', async () => {
    await importProgramme(
      lib,
      tripId,
      csv(`${HEADER}a,2024-07-22,10:00,11:00,Hall A,,Talk A,,,,\nb,2024-07-22,10:30,11:30,Hall B,,Talk B,,,,\nc,2024-07-22,11:30,12:00,Hall B,,Talk C,,,,\nd,2024-07-22,10:00,10:40,Hall C,,Talk D,,,,\n`),
    );
    const id = async (title: string) => (await listSessions(lib, tripId, { query: title }))[0]!.id;
    const [a, b, c] = [await id('Talk A'), await id('Talk B'), await id('Talk C')];
    await starSession(lib, tripId, a, true);
    await starSession(lib, tripId, b, true);
    await starSession(lib, tripId, c, true);
    expect((await listSessions(lib, tripId, { starred: true })).map((s) => s.title)).toEqual(['Talk A', 'Talk B', 'Talk C']);
    // A and B overlap by 30 minutes; B ends as C starts: no conflict.
    expect((await programmeConflicts(lib, tripId)).map((x) => [x.a.title, x.b.title, x.minutes])).toEqual([['Talk A', 'Talk B', 30]]);
    expect((await sessionsAt(lib, tripId, '2024-07-22T10:35')).map((s) => s.title)).toEqual(['Talk A', 'Talk B', 'Talk D']);
    // Five minutes before C: B is running, C about to start.
    expect((await sessionsAt(lib, tripId, '2024-07-22T11:25')).map((s) => s.title)).toEqual(['Talk B', 'Talk C']);
    await starSession(lib, tripId, b, false);
    expect(await programmeConflicts(lib, tripId)).toEqual([]);
    await expect(starSession(lib, tripId, 'nope', true)).rejects.toThrow('There is no session "nope" in the programme of trip');
  });

  it('makes a talk entry from a session that remembers it, with overrides winning', async () => {
    await importProgramme(lib, tripId, edge());
    const [keynote] = await listSessions(lib, tripId, { query: 'Keynote' });
    const made = await createEntryFromSession(lib, tripId, keynote!.id);
    expect(made.entry).toMatchObject({
      kind: 'talk',
      sessionId: keynote!.id,
      title: 'Keynote: Scaling, Data; and Everything',
      start: '2024-07-22T09:30',
      end: '2024-07-22T10:30',
      room: 'Hall A, Level 2',
      session: 'Keynotes',
      speakers: ['Kim, Minji', 'Zachary Teed'],
      body: '> First line.\n> Second line with a backslash \\ and a comma, too.\n\n',
    });
    // A paper link in the session becomes the talk's paper.
    const [hangul] = await listSessions(lib, tripId, { query: '비전' });
    const talk = await createEntryFromSession(lib, tripId, hangul!.id, { title: '내가 붙인 제목', start: '2024-07-23T14:05' });
    expect(talk.entry).toMatchObject({ title: '내가 붙인 제목', start: '2024-07-23T14:05', end: '2024-07-23T14:45' });
    expect(talk.papers.find((p) => p.id === talk.entry.paperId)).toMatchObject({ key: 'arxiv:2210.09461' });
    await lib.flush();
    expect((await lib.trip(tripId)).entries.map((e) => e.sessionId)).toEqual([keynote!.id, hangul!.id]);
  });

  it('re-import: matches by uid, then title and start, then a unique title; reports added, changed, removed, cancelled', async () => {
    const v1 = `${HEADER}u1,2024-07-22,10:00,11:00,Hall A,Vision,Flow,Teed,,,\n,2024-07-22,12:00,12:30,Hall B,Vision,No uid talk,,,,\n,2024-07-22,14:00,14:30,Hall B,,Moved without uid,,,,\nu4,2024-07-23,09:00,10:00,Hall C,,Going away,,,,\nu5,2024-07-23,11:00,12:00,Hall C,,Will be cancelled,,,,\n`;
    await importProgramme(lib, tripId, csv(v1));
    const before = await listSessions(lib, tripId);
    await starSession(lib, tripId, before.find((s) => s.title === 'Flow')!.id, true);
    const v2 = `${HEADER}u1,2024-07-22,10:30,11:30,Hall D,Vision,Flow,Teed,,,\n,2024-07-22,12:00,12:30,Hall B,Vision,No uid talk,,,,\n,2024-07-22,15:00,15:30,Hall B,,Moved without uid,,,,\nu5,2024-07-23,11:00,12:00,Hall C,,Will be cancelled,,,,cancelled\nu6,2024-07-23,16:00,17:00,Hall A,,Brand new,,,,\n`;
    const report = await importProgramme(lib, tripId, csv(v2));
    const after = await listSessions(lib, tripId);
    const idOf = (list: typeof after, title: string) => list.find((s) => s.title === title)?.id;
    for (const title of ['Flow', 'No uid talk', 'Moved without uid', 'Will be cancelled']) expect(idOf(after, title)).toBe(idOf(before, title));
    expect(after.find((s) => s.title === 'Flow')!.starred).toBe(true);
    expect(report.added.map((s) => s.title)).toEqual(['Brand new']);
    expect(report.changed.map((c) => [c.title, c.changes.map((x) => x.field)])).toEqual([
      ['Flow', ['start', 'end', 'room']],
      ['Moved without uid', ['start', 'end']],
      ['Will be cancelled', ['cancelled']],
    ]);
    expect(report.changed[0]!.changes[2]).toEqual({ field: 'room', from: 'Hall A', to: 'Hall D' });
    expect(report.removed).toEqual([{ id: idOf(before, 'Going away'), title: 'Going away', start: '2024-07-23T09:00', kept: false }]);
    expect(report.cancelled.map((s) => s.title)).toEqual(['Will be cancelled']);
    expect(after.map((s) => s.title)).not.toContain('Going away');
  });

  it('re-import: entries follow their session\'s time and room, keep notes, Q&A and what the writer changed; removed sessions with entries are kept', async () => {
    const v1 = `${HEADER}u1,2024-07-22,10:00,11:00,Hall A,,Flow,,,,\nu2,2024-07-22,13:00,14:00,Hall B,,Depth,,,,\nu3,2024-07-23,09:00,10:00,Hall C,,Going away,,,,\n`;
    await importProgramme(lib, tripId, csv(v1));
    const s = Object.fromEntries((await listSessions(lib, tripId)).map((x) => [x.title, x.id]));
    const flow = (await createEntryFromSession(lib, tripId, s.Flow!)).entry;
    await updateEntry(lib, tripId, flow.id, { body: 'My notes, written in the dark.', qa: [{ question: 'Why?', answer: 'Because.' }] });
    const depth = (await createEntryFromSession(lib, tripId, s.Depth!)).entry;
    await updateEntry(lib, tripId, depth.id, { start: '2024-07-22T13:07' }); // it really began late
    const gone = (await createEntryFromSession(lib, tripId, s['Going away']!)).entry;

    const v2 = `${HEADER}u1,2024-07-22,10:30,11:30,Hall D,,Flow,,,,\nu2,2024-07-22,13:30,14:30,Hall B,,Depth,,,,\n`;
    const report = await importProgramme(lib, tripId, csv(v2));
    const doc = await lib.trip(tripId);
    const entry = (id: string) => doc.entries.find((e) => e.id === id)!;
    expect(entry(flow.id)).toMatchObject({ start: '2024-07-22T10:30', end: '2024-07-22T11:30', room: 'Hall D', body: 'My notes, written in the dark.', qa: [{ question: 'Why?', answer: 'Because.' }] });
    expect(entry(depth.id)).toMatchObject({ start: '2024-07-22T13:07', end: '2024-07-22T14:30' });
    expect(report.entriesUpdated).toEqual([
      { entryId: flow.id, sessionId: s.Flow, fields: ['start', 'end', 'room'] },
      { entryId: depth.id, sessionId: s.Depth, fields: ['end'] },
    ]);
    expect(report.warnings).toEqual([`Entry ${depth.id} "Depth" keeps what was written: start 2024-07-22T13:07 (the programme now says 2024-07-22T13:30).`]);
    expect(report.removed).toEqual([{ id: s['Going away'], title: 'Going away', start: '2024-07-23T09:00', kept: true }]);
    expect((await listSessions(lib, tripId)).find((x) => x.id === s['Going away'])).toMatchObject({ removed: true });
    expect(entry(gone.id).sessionId).toBe(s['Going away']);
  });

  it('never overwrites a programme file that does not validate, and says which file', async () => {
    await importProgramme(lib, tripId, edge());
    await lib.close();
    writeFileSync(programmeFile(lib, tripId), '{"format":"proceedings-programme","sessions":[');
    lib = await openLibrary(lib.paths.root);
    await expect(listSessions(lib, tripId)).rejects.toThrow(/The programme file .*programmes\/.*\.json cannot be opened: it is not valid JSON/);
    await expect(importProgramme(lib, tripId, edge())).rejects.toThrow(/cannot be opened/);
    expect(readFileSync(programmeFile(lib, tripId), 'utf8')).toBe('{"format":"proceedings-programme","sessions":[');
  });

  it('a bad file changes nothing already imported', async () => {
    await importProgramme(lib, tripId, edge());
    const before = readFileSync(programmeFile(lib, tripId), 'utf8');
    await expect(importProgramme(lib, tripId, csv('day,start,title\n2024-07-22,99:00,Broken\n'))).rejects.toThrow(/line 2, start: "99:00" is not a time/);
    expect(readFileSync(programmeFile(lib, tripId), 'utf8')).toBe(before);
    expect((await readProgramme(lib, tripId))!.sessions).toHaveLength(6);
  });
});
