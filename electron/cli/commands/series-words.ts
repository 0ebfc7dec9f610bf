import type { Command } from 'commander';
import { SERIES_STYLES, type ExportLanguage, type SeriesStyle } from '../../shared/schemas/series';
import { removePart, resolvePartIndex, resolveSeriesId, updatePart, updateSeries, type SeriesView } from '../../services/series/arrange';
import { updateDay } from '../../services/journal/trips';
import { updatePhoto } from '../../services/photos/photo-edits';
import { withLibrary } from '../context';
import { emit, usageError, type GlobalOptions } from '../output';

type Opts = Record<string, string | undefined>;

export function checkStyle(value: string | undefined): SeriesStyle | undefined {
  if (value === undefined) return undefined;
  if (!(SERIES_STYLES as readonly string[]).includes(value)) throw usageError(`Invalid input — style: "${value}" is not one of ${SERIES_STYLES.join(', ')}`);
  return value as SeriesStyle;
}

export function checkLanguage(value: string | undefined): ExportLanguage | undefined {
  if (value === undefined) return undefined;
  if (value !== 'en' && value !== 'ko') throw usageError(`Invalid input — language: "${value}" is not en or ko`);
  return value;
}

function partLines(view: SeriesView): string {
  const s = view.series;
  const head = `${s.id}\t${s.title}\tstyle ${s.style}\tlanguage ${s.language ?? 'en (not set)'}`;
  return [
    head,
    ...s.parts.map((p, i) => {
      const words = [p.intro.trim() && 'intro', p.outro.trim() && 'outro'].filter(Boolean).join(', ');
      const empty = view.emptyPartIds.includes(p.id) ? '\t(empty)' : '';
      return `  ${i + 1}. ${p.title || `${s.title} ${i + 1}`}\t[${p.id}]${words ? `\t${words}` : ''}${empty}`;
    }),
  ].join('\n');
}

/**
 * The writer's own words and settings: `series edit` (intro, style,
 * language), `series part edit|remove`, `trip day` (a day's intro) and
 * `photos caption`. Text options take Markdown; "" clears.
 */
export function registerSeriesWords(program: Command, series: Command): void {
  series
    .command('edit <seriesId>')
    .description('change the series\' intro, style or language')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--title <title>', 'series title')
    .option('--intro <markdown>', 'words opening the series (first part, and the index of folder exports)')
    .option('--style <style>', `${SERIES_STYLES.join(' | ')}: log shows clock times and kind labels; story reads like a travelogue`)
    .option('--language <lang>', 'en | ko: the words the export adds ("Previous", "Day 3"), remembered for every export')
    .action(async (seriesId: string, o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const input = { title: o.title, intro: o.intro, style: checkStyle(o.style), language: checkLanguage(o.language) };
      if (Object.values(input).every((v) => v === undefined)) throw usageError('Nothing to change: give --title, --intro, --style or --language.');
      const view = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip!);
        return updateSeries(lib, tripId, resolveSeriesId(await lib.trip(tripId), seriesId), input);
      });
      emit(g, view, () => partLines(view));
    });

  const part = series.command('part').description('one part of a series: its title, intro and outro, or remove it');
  part
    .command('edit')
    .description('change a part\'s title, intro (before its first entry) or outro (after its last)')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--series <id>', 'series id (or a unique prefix)')
    .requiredOption('--part <part>', 'part id, id prefix, or its number (1 = first)')
    .option('--title <title>')
    .option('--intro <markdown>')
    .option('--outro <markdown>')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const input = Object.fromEntries(Object.entries({ title: o.title, intro: o.intro, outro: o.outro }).filter(([, v]) => v !== undefined));
      if (!Object.keys(input).length) throw usageError('Nothing to change: give --title, --intro or --outro.');
      const view = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip!);
        return updatePart(lib, tripId, resolveSeriesId(await lib.trip(tripId), o.series!), o.part!, input);
      });
      emit(g, view, () => partLines(view));
    });
  part
    .command('remove')
    .description('remove a part (an empty one, say); its days and entries return to "not in any part"')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--series <id>', 'series id (or a unique prefix)')
    .requiredOption('--part <part>', 'part id, id prefix, or its number (1 = first)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const view = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip!);
        const doc = await lib.trip(tripId);
        const seriesId = resolveSeriesId(doc, o.series!);
        resolvePartIndex(doc.series.find((s) => s.id === seriesId)!, o.part!); // a clear message before writing
        return removePart(lib, tripId, seriesId, o.part!);
      });
      emit(g, view, () => partLines(view));
    });

  program
    .commands.find((c) => c.name() === 'trip')!
    .command('day <tripId>')
    .description('a day\'s own words: its title and the intro that opens it in the published part')
    .requiredOption('--date <date>', 'the day, YYYY-MM-DD')
    .option('--title <text>')
    .option('--intro <markdown>')
    .action(async (tripId: string, o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const input = Object.fromEntries(Object.entries({ title: o.title, intro: o.intro }).filter(([, v]) => v !== undefined));
      if (!Object.keys(input).length) throw usageError('Nothing to change: give --title or --intro.');
      const trip = await withLibrary(g, 'write', async (lib) => updateDay(lib, await lib.resolveTripId(tripId), o.date!, input));
      emit(g, { trip, day: trip.days[o.date!] }, () => `Updated ${o.date}: ${trip.days[o.date!]?.title || '(no title)'}${trip.days[o.date!]?.intro ? ', with an intro' : ''}`);
    });

  program
    .commands.find((c) => c.name() === 'photos')!
    .command('caption')
    .description('set a photo\'s caption (shown under it and as its alt text when published; "" clears)')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--photo <id>', 'photo id (or a unique prefix)')
    .requiredOption('--text <caption>')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const photo = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip!);
        const doc = await lib.trip(tripId);
        const matches = doc.photos.filter((p) => p.id === o.photo || p.id.startsWith(o.photo!));
        const exact = matches.find((p) => p.id === o.photo);
        if (!exact && matches.length !== 1) {
          throw usageError(matches.length ? `"${o.photo}" matches several photos.` : `There is no photo "${o.photo}" in this trip (see "photos list").`);
        }
        return updatePhoto(lib, tripId, (exact ?? matches[0]!).id, { caption: o.text! });
      });
      emit(g, { photo }, () => `Caption of ${photo.id}: ${photo.caption || '(none)'}`);
    });
}
