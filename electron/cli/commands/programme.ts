import type { Command } from 'commander';
import type { ImportReport, ProgrammeSession } from '../../shared/schemas/programme';
import { importProgramme, listSessions, programmeConflicts, starSession } from '../../services/programme/programme-service';
import { withLibrary } from '../context';
import { emit, table, usageError, type GlobalOptions } from '../output';

/** A session as `programme list --json` prints it: times on the venue's wall clock. */
export function sessionOutput(s: ProgrammeSession) {
  return {
    id: s.id,
    title: s.title,
    start: s.start,
    end: s.end,
    day: s.day,
    room: s.room,
    track: s.track,
    speakers: s.speakers,
    url: s.url,
    abstract: s.abstract,
    starred: s.starred,
    cancelled: s.cancelled,
    removed: s.removed,
    allDay: s.allDay,
  };
}

function reportText(r: ImportReport): string {
  const lines = [
    `Imported ${r.sessionCount} sessions (${r.format}) on ${r.days.length} days: ${r.added.length} added, ${r.changed.length} changed, ` +
      `${r.removed.length} removed, ${r.cancelled.length} cancelled.`,
  ];
  if (r.added.length && r.added.length < r.sessionCount) for (const s of r.added) lines.push(`  + ${s.start}  ${s.title}`);
  for (const s of r.changed) lines.push(`  ~ ${s.start}  ${s.title}: ${s.changes.map((c) => c.field).join(', ')}`);
  for (const s of r.removed) lines.push(`  - ${s.start}  ${s.title}${s.kept ? ' (kept, marked removed: an entry or a star points to it)' : ''}`);
  for (const s of r.cancelled) lines.push(`  × ${s.start}  ${s.title} (cancelled)`);
  for (const e of r.entriesUpdated) lines.push(`  entry ${e.entryId} follows its session: ${e.fields.join(', ')}`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

const hhmm = (wall: string) => wall.slice(11, 16);

export function registerProgramme(program: Command): void {
  const programme = program.command('programme').description("a conference's published programme: import, browse, star");

  programme
    .command('import <file>')
    .description('import or re-import the programme (.ics, pretalx/frab schedule.json or schedule.xml, or CSV: day,start,end,room,track,title,speakers,url)')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .action(async (file: string, o: { trip: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const report = await withLibrary(g, 'write', async (lib) => importProgramme(lib, await lib.resolveTripId(o.trip), { path: file }));
      emit(g, report, () => reportText(report));
    });

  programme
    .command('list')
    .description('sessions in time order; times are the venue\'s wall clock')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--day <date>', 'one conference day, YYYY-MM-DD (after-midnight sessions count to the evening before)')
    .option('--starred', 'only starred (planned) sessions')
    .option('--room <room>', 'only this room')
    .option('--track <track>', 'only this track')
    .option('--query <text>', 'search title, speakers, room, track and abstract (Hangul initials work: ㅂㅍ)')
    .action(async (o: { trip: string; day?: string; starred?: boolean; room?: string; track?: string; query?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const { sessions, conflicts } = await withLibrary(g, 'read', async (lib) => {
        const id = await lib.resolveTripId(o.trip);
        const filter = { day: o.day, room: o.room, track: o.track, query: o.query, ...(o.starred ? { starred: true } : {}) };
        return { sessions: await listSessions(lib, id, filter), conflicts: await programmeConflicts(lib, id) };
      });
      const clashing = new Set(conflicts.flatMap((c) => [c.a.id, c.b.id]));
      emit(g, { sessions: sessions.map((s) => ({ ...sessionOutput(s), conflict: clashing.has(s.id) })) }, () =>
        sessions.length
          ? table(
              sessions.map((s) => [
                s.id,
                `${s.starred ? '★' : ' '}${clashing.has(s.id) ? '!' : ' '}`,
                s.day,
                s.allDay ? 'all day' : `${hhmm(s.start)}–${hhmm(s.end)}`,
                s.room,
                `${s.title}${s.cancelled ? ' (cancelled)' : s.removed ? ' (removed from the programme)' : ''}`,
              ]),
            )
          : 'No sessions.',
      );
    });

  programme
    .command('star')
    .description('star a session to plan it; --off removes the star')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--session <sid>', 'session id (see programme list)')
    .option('--off', 'remove the star')
    .action(async (o: { trip: string; session: string; off?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (!o.session.trim()) throw usageError('Invalid input — session: is required');
      const { session, conflicts } = await withLibrary(g, 'write', async (lib) => {
        const id = await lib.resolveTripId(o.trip);
        const starred = await starSession(lib, id, o.session, !o.off);
        const clashes = (await programmeConflicts(lib, id)).filter((c) => c.a.id === starred.id || c.b.id === starred.id);
        return { session: starred, conflicts: clashes.map((c) => (c.a.id === starred.id ? c.b : c.a)) };
      });
      emit(g, { session: sessionOutput(session), conflicts: conflicts.map(sessionOutput) }, () =>
        [
          `${session.starred ? 'Starred' : 'Unstarred'} ${session.title} (${session.start.replace('T', ' ')}, ${session.room || 'no room'})`,
          ...conflicts.map((c) => `  overlaps starred: ${c.title} (${hhmm(c.start)}–${hhmm(c.end)}, ${c.room || 'no room'})`),
        ].join('\n'),
      );
    });
}
