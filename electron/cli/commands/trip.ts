import type { Command } from 'commander';
import { dayStats } from '../../shared/domain/days';
import { TripCreateInput, TripPatch } from '../../shared/schemas/trip';
import { createParsedTrip, updateParsedTrip } from '../../services/journal/trips';
import { parseInput } from '../../services/util/parse-input';
import { withLibrary } from '../context';
import { wholeOption } from '../numbers';
import { emit, table, type GlobalOptions } from '../output';

export function registerTrip(program: Command): void {
  const trip = program.command('trip').description('create, list and show trips');

  trip
    .command('create')
    .description('create a trip')
    .requiredOption('--title <title>', 'e.g. "텔 아비브와 ECCV 2022"')
    .option('--conference <name>', 'e.g. "ECCV 2022"', '')
    .option('--city <city>', '', '')
    .option('--venue <venue>', '', '')
    .requiredOption('--start <date>', 'first conference day, YYYY-MM-DD')
    .requiredOption('--end <date>', 'last conference day, YYYY-MM-DD')
    .requiredOption('--tz <zone>', 'IANA time zone of the venue, e.g. Asia/Jerusalem')
    .option('--home-tz <zone>', 'your home time zone (default: this computer\'s)')
    .option('--travel-before <days>', 'travel days before the conference', '0')
    .option('--travel-after <days>', 'travel days after the conference', '0')
    .option('--day-start <hour>', 'hour a new day starts (late dinners stay on the evening before)', '4')
    .action(async (o, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const created = await withLibrary(g, 'write', (lib) =>
        // The CLI's edge: options are parsed here, once, with the contract's schema.
        createParsedTrip(lib, parseInput(TripCreateInput, {
          title: o.title,
          conference: o.conference,
          city: o.city,
          venue: o.venue,
          start: o.start,
          end: o.end,
          timeZone: o.tz,
          homeTimeZone: o.homeTz ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          travelDaysBefore: wholeOption('travel-before', o.travelBefore),
          travelDaysAfter: wholeOption('travel-after', o.travelAfter),
          dayStartHour: wholeOption('day-start', o.dayStart),
        })),
      );
      emit(g, { trip: created }, () => `Created trip ${created.id}: ${created.title} (${created.start} – ${created.end}, ${created.timeZone})`);
    });

  trip
    .command('edit <tripId>')
    .description('change a trip\'s fields')
    .option('--title <title>')
    .option('--conference <name>')
    .option('--city <city>')
    .option('--venue <venue>')
    .option('--start <date>')
    .option('--end <date>')
    .option('--tz <zone>')
    .option('--home-tz <zone>')
    .option('--travel-before <days>')
    .option('--travel-after <days>')
    .option('--day-start <hour>')
    .action(async (tripId: string, o, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const patch: Record<string, unknown> = {};
      const map: Record<string, string> = { tz: 'timeZone', homeTz: 'homeTimeZone', travelBefore: 'travelDaysBefore', travelAfter: 'travelDaysAfter', dayStart: 'dayStartHour' };
      for (const [k, v] of Object.entries(o as Record<string, string>)) {
        const field = map[k] ?? k;
        patch[field] = ['travelDaysBefore', 'travelDaysAfter', 'dayStartHour'].includes(field) ? wholeOption(k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), v) : v;
      }
      const updated = await withLibrary(g, 'write', async (lib) => updateParsedTrip(lib, await lib.resolveTripId(tripId), parseInput(TripPatch, patch, 'patch')));
      emit(g, { trip: updated }, () => `Updated trip ${updated.id}: ${updated.title}`);
    });

  trip
    .command('list')
    .description('list the library\'s trips')
    .action(async (_o, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const trips = await withLibrary(g, 'read', (lib) => lib.listTrips());
      emit(g, { trips }, () =>
        trips.length === 0
          ? 'No trips yet. Create one with: proceedings trip create --title … --start … --end … --tz …'
          : table([
              ['ID', 'DATES', 'TITLE', 'ENTRIES'],
              ...trips.map((t) =>
                t.problem
                  ? [t.id, '', `(cannot be opened: ${t.problem.message})`, '']
                  : [t.id, `${t.start}…${t.end}`, t.title, String(t.entryCount)],
              ),
            ]),
      );
    });

  trip
    .command('show <tripId>')
    .description('show a trip and its days')
    .action(async (tripId: string, _o, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const doc = await withLibrary(g, 'read', async (lib) => lib.trip(await lib.resolveTripId(tripId)));
      const days = dayStats(doc).map(({ entries, photos, ...d }) => ({ ...d, title: doc.trip.days[d.date]?.title ?? '', entries, photos }));
      emit(g, { trip: doc.trip, days, counts: { entries: doc.entries.length, papers: doc.papers.length, photos: doc.photos.length } }, () =>
        [
          `${doc.trip.title}  [${doc.trip.id}]`,
          `${doc.trip.conference} · ${doc.trip.city}${doc.trip.venue ? ` · ${doc.trip.venue}` : ''}`,
          `${doc.trip.start} – ${doc.trip.end} (${doc.trip.timeZone}; home ${doc.trip.homeTimeZone})`,
          '',
          table([['DAY', 'DATE', 'KIND', 'ENTRIES', 'PHOTOS'], ...days.map((d) => [d.number ? String(d.number) : '–', d.date, d.kind, String(d.entries), String(d.photos)])]),
        ].join('\n'),
      );
    });
}
