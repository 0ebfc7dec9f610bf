import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, type Series } from '../../shared/schemas/series';
import { createSeries, deleteSeries, listSeries, resolveSeriesId, updateSeries } from '../../services/series/arrange';
import { exportSeries, DEFAULT_LONG_EDGE } from '../../services/export/export';
import { withLibrary } from '../context';
import { wholeOption } from '../numbers';
import { checkLanguage, checkStyle, registerSeriesWords } from './series-words';
import { emit, usageError, type GlobalOptions } from '../output';

type Opts = Record<string, string | boolean | undefined>;

function describe(series: Series, unplaced: { entryIds: string[]; days: string[] }, emptyPartIds: string[] = []): string {
  const lines = [`${series.id}\t${series.title}\t${series.parts.length} parts\t${series.style}${series.language ? `, ${series.language}` : ''}`];
  series.parts.forEach((part, i) => {
    const sections = part.sections.map((s) => (s.type === 'day' ? s.date : `entry ${s.entryId}`)).join(', ');
    const empty = emptyPartIds.includes(part.id) ? '\t(nothing to publish)' : '';
    lines.push(`  ${i + 1}. ${part.title || `${series.title} ${i + 1}`}\t[${part.id}]\t${sections || '(empty)'}${empty}`);
  });
  if (unplaced.entryIds.length || unplaced.days.length) {
    lines.push(`  not in any part: ${[...unplaced.days, ...unplaced.entryIds.map((id) => `entry ${id}`)].join(', ')}`);
  }
  return lines.join('\n');
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = wholeOption(name, value)!;
  if (!Number.isInteger(n) || n < 320 || n > 8192) throw usageError(`Invalid input — ${name}: "${value}" must be a whole number of pixels between 320 and 8192`);
  return n;
}

/** `series …` (arrange) and `export …` (publish) commands. */
export function registerExport(program: Command): void {
  const series = program.command('series').description('arrange a trip into a multi-part series');
  registerSeriesWords(program, series);

  series
    .command('suggest')
    .description('create a series from the suggested split (travel before, each conference day, travel after)')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--title <title>', 'series title (default: the trip\'s title)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const view = await withLibrary(g, 'write', async (lib) =>
        createSeries(lib, await lib.resolveTripId(o.trip as string), { title: o.title as string | undefined, start: 'suggestion' }),
      );
      emit(g, view, () => `Created series ${view.series.id}\n${describe(view.series, view.unplaced, view.emptyPartIds)}`);
    });

  series
    .command('list')
    .description('list the trip\'s series and their parts')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const views = await withLibrary(g, 'read', async (lib) => listSeries(lib, await lib.resolveTripId(o.trip as string)));
      emit(g, { series: views }, () => (views.length ? views.map((v) => describe(v.series, v.unplaced, v.emptyPartIds)).join('\n\n') : 'No series yet (try "series suggest").'));
    });

  series
    .command('show <seriesId>')
    .description('show one series: parts, sections and what is not in any part')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .action(async (seriesId: string, o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const view = await withLibrary(g, 'read', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip as string);
        const id = resolveSeriesId(await lib.trip(tripId), seriesId);
        return (await listSeries(lib, tripId)).find((v) => v.series.id === id)!;
      });
      emit(g, view, () => describe(view.series, view.unplaced, view.emptyPartIds));
    });

  series
    .command('rename <seriesId>')
    .description('change the series title')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--title <title>', 'new title')
    .action(async (seriesId: string, o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const view = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip as string);
        return updateSeries(lib, tripId, resolveSeriesId(await lib.trip(tripId), seriesId), { title: o.title as string });
      });
      emit(g, view, () => describe(view.series, view.unplaced, view.emptyPartIds));
    });

  series
    .command('remove <seriesId>')
    .description('remove a series (the trip\'s entries are not touched)')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .action(async (seriesId: string, o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const removed = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip as string);
        return deleteSeries(lib, tripId, resolveSeriesId(await lib.trip(tripId), seriesId));
      });
      emit(g, removed, () => `Removed series ${removed.series.id}: ${removed.series.title}`);
    });

  program
    .command('export')
    .description('publish a series as Hugo bundles, Jekyll posts, a Markdown folder or a self-contained HTML folder')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--series <id>', 'series id (or a unique prefix)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .requiredOption('--out <dir>', 'output folder (empty, or a previous export of this series)')
    .option('--overwrite', 'write into a folder that is not empty and not a previous export')
    .option('--long-edge <px>', `long edge of exported photos (default ${DEFAULT_LONG_EDGE})`)
    .option('--keep-capture-date', 'keep the capture date in exported photos (GPS and camera data are always removed)')
    .option('--digest', 'add the "papers I saw" post after the parts')
    .option('--lang <lang>', 'language of the words the export adds, en | ko (default: the series\' own, see "series edit --language")')
    .option('--style <style>', 'log | story for this export (default: the series\' own, see "series edit --style")')
    .option('--skip-empty', 'leave out parts with nothing in them (they are warned about either way)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const format = o.format as string;
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw usageError(`Invalid input — format: "${format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
      const language = checkLanguage(o.lang as string | undefined);
      const style = checkStyle(o.style as string | undefined);
      const longEdge = positiveInt('long-edge', o.longEdge as string | undefined, DEFAULT_LONG_EDGE);
      // Read-only open: exporting works while the app has the library open; the only thing
      // written inside the library is the image cache (atomic renames, safe to share).
      const report = await withLibrary(g, 'read', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip as string);
        const seriesId = resolveSeriesId(await lib.trip(tripId), o.series as string);
        return exportSeries(lib, {
          tripId,
          seriesId,
          format: format as ExportFormat,
          outDir: o.out as string,
          overwrite: Boolean(o.overwrite),
          longEdge,
          keepCaptureDate: Boolean(o.keepCaptureDate),
          digest: Boolean(o.digest),
          language,
          style,
          skipEmpty: Boolean(o.skipEmpty),
        });
      });
      // Warnings go to stderr so a script's stdout stays the report; --json carries them in `warnings` too.
      for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
      emit(g, report, () =>
        [
          `Exported ${report.pages.length} pages (${report.format}) to ${report.outDir} in ${report.seconds} s`,
          `  files: ${report.files.written} pages and photos written (+${report.files.support} styles and fonts), ${report.files.unchanged} unchanged, ${report.files.removed} removed`,
          `  photos: ${report.photos.exported} (${report.photos.converted} converted now, the rest from the cache)`,
          ...report.photos.missing.map((m) => `  missing photo ${m.photoId}: ${m.reason}`),
          `  open: ${report.start}`,
        ].join('\n'),
      );
    });
}
