import type { Command } from 'commander';
import { entryDay } from '../../shared/domain/days';
import { inTimeOrder } from '../../shared/domain/order';
import { ENTRY_KINDS, EntryCreateInput, EntryFieldsInput, type Entry } from '../../shared/schemas/entry';
import { createParsedEntry, deleteEntry, updateParsedEntry } from '../../services/journal/entries';
import { createEntryFromSession } from '../../services/programme/programme-service';
import { parseInput } from '../../services/util/parse-input';
import { withLibrary } from '../context';
import { decimalOption, wholeOption } from '../numbers';
import { emit, usageError, type GlobalOptions } from '../output';
import { pairQuestions, parsePerson, parseQaJson, parseQaPair, QA_RULE } from '../qa-options';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const splitList = (values: string[] | undefined) =>
  values?.flatMap((v) => v.split(';')).map((v) => v.trim()).filter(Boolean);

/** Accepts "2022-10-24T10:30" and "2022-10-24 10:30". */
const localTime = (v: string) => v.trim().replace(' ', 'T');


/** Options shared by `entry add` and `entry edit`, one per field of every kind. */
function fieldOptions(cmd: Command): Command {
  return cmd
    .option('--start <time>', 'local time at the venue, YYYY-MM-DDTHH:mm')
    .option('--end <time>', 'local end time ("" clears it)')
    .option('--tz <zone>', 'time zone of this entry when not the venue\'s (e.g. a flight)')
    .option('--title <text>')
    .option('--body <markdown>', 'notes in Markdown; $…$ and $$…$$ for math')
    .option('--tag <tag>', 'a tag (repeatable, or "a;b")', collect)
    .option('--place <name>', 'place name')
    .option('--lat <deg>')
    .option('--lng <deg>')
    .option('--paper <link>', 'arXiv / OpenReview / DOI / URL of the paper ("" detaches)')
    .option('--paper-title <title>')
    .option('--authors <names>', 'paper authors (repeatable, or "A;B")', collect)
    .option('--format <format>', 'talk: oral | spotlight | keynote | invited | workshop')
    .option('--session <name>', 'talk session')
    .option('--room <room>', 'talk room')
    .option('--speaker <name>', 'talk speaker (repeatable, or "A;B")', collect)
    .option('--board <id>', 'poster board')
    .option('--qa <q::a>', `talk/poster/booth Q&A you asked, "question::answer" — ${QA_RULE} (repeatable; on edit, all Q&A options together replace the whole list)`, collect)
    .option('--qa-other <q::a>', 'Q&A someone else asked, same rule (repeatable)', collect)
    .option('--question <text>', 'a question you asked, any text (repeatable; pairs with --answer in order)', collect)
    .option('--answer <text>', 'the answer to the --question at the same position (repeatable)', collect)
    .option('--qa-json <json>', 'Q&A as JSON, any text: [{"question":"…","answer":"…","askedBy":"me|other","asker":"…"}]')
    .option('--organisation <name>', 'booth organisation')
    .option('--shown <text>', 'booth: what was shown (a demo, a product)')
    .option('--handouts <text>', 'booth: what was handed out')
    .option('--name <name>', 'person name')
    .option('--affiliation <text>', 'person affiliation')
    .option('--contact <text>', 'how to reach the person (private: never exported)')
    .option('--person <name>', 'person entry: another person met, "Name (Affiliation)" (repeatable; on edit, replaces them)', collect)
    .option('--meal <type>', 'meal: breakfast | lunch | dinner | snack | drinks ("" = not said: the export infers it from the time)')
    .option('--dish <text>', 'meal dish')
    .option('--rating <0-5>', 'meal rating')
    .option('--price <text>', 'meal price as written, e.g. "₪58"')
    .option('--link <url>', 'meal: the restaurant\'s page or a map link')
    .option('--place-kind <kind>', 'place: sight | venue | shop | other')
    .option('--from <place>', 'travel origin')
    .option('--to <place>', 'travel destination')
    .option('--carrier <name>', 'travel carrier');
}

type Opts = Record<string, string | string[] | undefined>;

/** Turns CLI options into the service's input (only the options given). */
function fieldsFrom(o: Opts): Record<string, unknown> {
  const s = (k: string) => o[k] as string | undefined;
  const out: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) out[key] = value;
  };
  set('start', s('start') !== undefined ? localTime(s('start')!) : undefined);
  if (s('end') !== undefined) out.end = s('end') === '' ? null : localTime(s('end')!);
  if (s('tz') !== undefined) out.timeZone = s('tz') === '' ? null : s('tz');
  set('title', s('title'));
  set('body', s('body'));
  set('tags', splitList(o.tag as string[] | undefined));
  if (s('place') !== undefined || s('lat') !== undefined || s('lng') !== undefined) {
    out.place = { name: s('place') ?? '', lat: decimalOption('lat', s('lat')), lng: decimalOption('lng', s('lng')) };
  }
  if (s('paper') !== undefined) out.paperLink = s('paper') === '' ? null : s('paper');
  set('paperTitle', s('paperTitle'));
  set('paperAuthors', splitList(o.authors as string[] | undefined));
  for (const key of ['format', 'session', 'room', 'board', 'organisation', 'shown', 'handouts', 'name', 'affiliation', 'contact', 'dish', 'price', 'link', 'placeKind', 'from', 'to', 'carrier']) {
    set(key, s(key));
  }
  if (s('meal') !== undefined) out.meal = s('meal') === '' ? null : s('meal');
  if (o.person) out.others = (o.person as string[]).map(parsePerson);
  set('speakers', splitList(o.speaker as string[] | undefined));
  set('rating', wholeOption('rating', s('rating')));
  const list = (k: string) => (o[k] as string[] | undefined) ?? [];
  const qa = [
    ...list('qa').map((t) => parseQaPair(t, 'me')),
    ...list('qaOther').map((t) => parseQaPair(t, 'other')),
    ...pairQuestions(list('question'), list('answer')),
    ...(s('qaJson') !== undefined ? parseQaJson(s('qaJson')!) : []),
  ];
  if (qa.length) out.qa = qa;
  return out;
}

function summary(e: Entry): string {
  const time = `${e.start.slice(11, 16)}${e.end ? `–${e.end.slice(11, 16)}` : ''}`;
  const extra =
    e.kind === 'talk' ? e.format : e.kind === 'poster' ? `${e.qa.length} Q&A` : e.kind === 'meal' ? `${e.meal ?? 'meal'}${e.place?.name ? ` @ ${e.place.name}` : ''}` : '';
  return [e.id, e.start.slice(0, 10), time, e.kind, e.title || '(untitled)', extra].join('\t');
}

export function registerEntry(program: Command): void {
  const entry = program.command('entry').description('add, edit, list and remove entries');

  fieldOptions(
    entry
      .command('add')
      .description('add an entry (talk, poster, booth, person, meal, place, travel, note)')
      .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
      .option('--kind <kind>', `${ENTRY_KINDS.join(' | ')} (required unless --from-session, which makes a talk)`)
      .option('--from-session <sid>', 'fill the entry from a programme session (see programme list); field options override it'),
  ).action(async (o: Opts, cmd: Command) => {
    const g = cmd.optsWithGlobals<GlobalOptions>();
    const input: Record<string, unknown> = { ...(o.kind ? { kind: o.kind } : {}), ...fieldsFrom(o) };
    const fromSession = o.fromSession as string | undefined;
    if (!fromSession && !o.kind) throw usageError('Invalid input — kind: is required (or give --from-session)');
    if (!fromSession && !input.start) throw usageError('Invalid input — start: is required (e.g. --start 2022-10-24T10:30)');
    const result = await withLibrary(g, 'write', async (lib) => {
      const tripId = await lib.resolveTripId(o.trip as string);
      return fromSession
        ? createEntryFromSession(lib, tripId, fromSession, input)
        : createParsedEntry(lib, tripId, parseInput(EntryCreateInput, input, 'entry'));
    });
    const paper = result.papers.find((p) => p.id === result.entry.paperId);
    emit(g, { entry: result.entry, paper: paper ?? null }, () => `Added ${result.entry.kind} ${result.entry.id}: ${result.entry.title}${paper ? ` (paper ${paper.key})` : ''}`);
  });

  fieldOptions(
    entry
      .command('edit <entryId>')
      .description('change an entry\'s fields')
      .requiredOption('--trip <id>', 'trip id (or a unique prefix)'),
  ).action(async (entryId: string, o: Opts, cmd: Command) => {
    const g = cmd.optsWithGlobals<GlobalOptions>();
    const patch = fieldsFrom(o);
    if (Object.keys(patch).length === 0) throw usageError('Nothing to change: give at least one field option (see --help).');
    const result = await withLibrary(g, 'write', async (lib) => updateParsedEntry(lib, await lib.resolveTripId(o.trip as string), entryId, parseInput(EntryFieldsInput, patch, 'patch')));
    const paper = result.papers.find((p) => p.id === result.entry.paperId);
    emit(g, { entry: result.entry, paper: paper ?? null }, () => `Updated ${result.entry.kind} ${result.entry.id}: ${result.entry.title}`);
  });

  entry
    .command('list')
    .description('list entries in time order')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--day <date>', 'only this trip day, YYYY-MM-DD')
    .option('--kind <kind>', 'only this kind')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const doc = await withLibrary(g, 'read', async (lib) => lib.trip(await lib.resolveTripId(o.trip as string)));
      const entries = inTimeOrder(doc.entries).filter(
        (e) => (!o.day || entryDay(doc, e) === o.day) && (!o.kind || e.kind === o.kind),
      );
      emit(g, { entries }, () => (entries.length ? entries.map(summary).join('\n') : 'No entries.'));
    });

  entry
    .command('remove <entryId>')
    .description('remove an entry (its photos go back to the day)')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .action(async (entryId: string, o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const result = await withLibrary(g, 'write', async (lib) => deleteEntry(lib, await lib.resolveTripId(o.trip as string), entryId));
      emit(g, { removed: result.entry }, () => `Removed ${result.entry.kind} ${result.entry.id}: ${result.entry.title} (a backup of the journal keeps it)`);
    });

}
