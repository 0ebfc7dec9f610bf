import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { CameraView, ImportFileResult, ImportReport } from '../../shared/contract/photos';
import type { Photo } from '../../shared/schemas/photo';
import { formatShift, parseShift } from '../../services/photos/capture-time';
import { findCamera, listCameras, setCameraByExample, shiftCamera, undoCamera, type CameraChange } from '../../services/photos/cameras';
import { PhotoJobs } from '../../services/photos/jobs';
import { listPhotos } from '../../services/photos/photo-edits';
import { clearPlaces, geotagPhotos } from '../../services/photos/geotag';
import { parseTurn, rotatePhotos } from '../../services/photos/rotate';
import { withLibrary } from '../context';
import { emit, table, usageError, type GlobalOptions } from '../output';

type Opts = Record<string, string | boolean | undefined>;

/** Accepts "2022-10-24T10:34" and "2022-10-24 10:34". */
const localTime = (v: string) => v.trim().replace(' ', 'T');

function fileLine(r: ImportFileResult): string {
  const what = r.status === 'failed' ? `failed (${r.reason})` : r.status;
  return `${what.padEnd(21)} ${path.basename(r.path)}${r.message && r.status !== 'imported' ? ` — ${r.message}` : ''}`;
}

function importSummary(report: ImportReport): string {
  const head =
    `${report.phase === 'cancelled' ? 'Cancelled' : 'Done'}: ${report.imported} imported, ${report.duplicates} duplicate` +
    `${report.duplicates === 1 ? '' : 's'}, ${report.failed} failed${report.skipped ? `, ${report.skipped} skipped (not photos)` : ''}, ` +
    `of ${report.total} file${report.total === 1 ? '' : 's'} ` +
    `(${(report.elapsedMs / 1000).toFixed(1)} s)`;
  const notes = report.files.filter((f) => f.status !== 'imported' || f.message).map(fileLine);
  return [head, ...notes].join('\n');
}

function photoRow(p: Photo): string[] {
  const flags = [p.flagged ? 'flagged' : '', p.placement === 'manual' ? 'moved' : '', p.excludeFromExport ? 'left-out' : ''].filter(Boolean).join(',');
  return [p.id, p.localTime.replace('T', ' '), p.day, p.capture.source, p.cameraKey ?? '-', p.entryId ?? '(tray)', p.originalName, flags];
}

function cameraRow(c: CameraView): string[] {
  const span = c.firstLocalTime ? `${c.firstLocalTime.replace('T', ' ')} – ${(c.lastLocalTime ?? '').replace('T', ' ')}` : '';
  return [c.key, formatShift(c.shiftMinutes), c.timeZone ?? '(trip zone)', String(c.photoCount), span];
}

function cameraChangeText(change: CameraChange): string {
  const c = change.camera;
  return `${c.label}: shift ${formatShift(c.shiftMinutes)}${c.timeZone ? `, clock zone ${c.timeZone}` : ''}; ${change.changed.length} photo time${change.changed.length === 1 ? '' : 's'} changed`;
}

const tripOption = (cmd: Command) => cmd.requiredOption('--trip <id>', 'trip id (or a unique prefix)');

export function registerPhotos(program: Command): void {
  const photos = program.command('photos').description('import and list photos');

  tripOption(photos.command('import <paths...>'))
    .description('import photo files and folders (recursively): JPEG, HEIC, AVIF, PNG, TIFF, WebP, GIF')
    .action(async (paths: string[], o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const report = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip as string);
        const tty = !g.json && process.stderr.isTTY;
        const jobs = new PhotoJobs(lib, (p) => {
          if (tty) process.stderr.write(`\r${p.phase} ${p.done}/${p.total} files, ${p.mediaPending} thumbnails to go   `);
        });
        const { job, done } = await jobs.startImport(tripId, paths.map((p) => path.resolve(p)));
        const onSigint = () => job.cancel(); // Ctrl-C stops cleanly: no half-copied file stays behind
        process.once('SIGINT', onSigint);
        try {
          return await done;
        } finally {
          process.off('SIGINT', onSigint);
          if (tty) process.stderr.write('\n');
        }
      });
      emit(g, report, () => importSummary(report));
      if (report.phase === 'cancelled') process.exitCode = 130;
    });

  tripOption(photos.command('list'))
    .description('list photos in capture order')
    .option('--day <date>', 'only this trip day, YYYY-MM-DD')
    .option('--entry <id>', 'only photos of this entry ("tray" for the unsorted ones)')
    .option('--flagged', 'only photos that need attention (no capture time, damaged files)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const list = await withLibrary(g, 'read', async (lib) =>
        listPhotos(lib, await lib.resolveTripId(o.trip as string), {
          ...(o.day ? { day: o.day as string } : {}),
          ...(o.entry ? { entryId: o.entry === 'tray' ? null : (o.entry as string) } : {}),
          ...(o.flagged ? { flagged: true } : {}),
        }),
      );
      emit(g, { photos: list }, () => (list.length ? table(list.map(photoRow)) : 'No photos.'));
    });

  tripOption(photos.command('rotate'))
    .description('turn photos by hand (the originals stay as they are): --by 90 (right), -90 (left) or 180')
    .requiredOption('--photo <ids...>', 'one or more photo ids')
    .requiredOption('--by <turn>', '90, -90, 180, right or left')
    .action(async (o: Record<string, string | string[] | undefined>, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const quarterTurns = parseTurn(String(o.by));
      const ids = ([] as string[]).concat(o.photo ?? []);
      const turned = await withLibrary(g, 'write', async (lib) => rotatePhotos(lib, await lib.resolveTripId(o.trip as string), ids, quarterTurns));
      emit(g, { photos: turned }, () => turned.map((p) => `${p.id}  ${p.originalName}: turned ${p.turns * 90}° by hand, ${p.width} × ${p.height}`).join('\n'));
    });

  tripOption(photos.command('geotag'))
    .description('estimate places of photos without GPS: from the phone\'s photos within 5 minutes, or from a GPX track')
    .option('--gpx <file>', 'a GPX track recorded during the trip')
    .option('--clear <ids...>', 'clear these photos\' estimated places instead')
    .action(async (o: Record<string, string | string[] | undefined>, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (o.clear) {
        const cleared = await withLibrary(g, 'write', async (lib) => clearPlaces(lib, await lib.resolveTripId(o.trip as string), ([] as string[]).concat(o.clear!)));
        emit(g, { changed: cleared }, () => `${cleared.length} estimated place${cleared.length === 1 ? '' : 's'} cleared`);
        return;
      }
      let gpx: string | undefined;
      if (o.gpx) {
        try {
          gpx = await readFile(String(o.gpx), 'utf8');
        } catch (error) {
          throw usageError(`The GPX file cannot be read: ${(error as Error).message}`);
        }
      }
      const { changed } = await withLibrary(g, 'write', async (lib) => geotagPhotos(lib, await lib.resolveTripId(o.trip as string), gpx));
      emit(g, { changed }, () => `${changed.length} photo${changed.length === 1 ? '' : 's'} placed (estimated${gpx ? ' from the track' : ' from the phone\'s photos'})`);
    });

  const camera = program.command('camera').description('camera clocks: list, shift, set by example, undo');

  tripOption(camera.command('list'))
    .description('list the cameras of a trip with their clock corrections')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const cameras = await withLibrary(g, 'read', async (lib) => listCameras(lib, await lib.resolveTripId(o.trip as string)));
      emit(g, { cameras }, () => (cameras.length ? table([['CAMERA', 'SHIFT', 'CLOCK ZONE', 'PHOTOS', 'TAKEN'], ...cameras.map(cameraRow)]) : 'No cameras.'));
    });

  tripOption(camera.command('shift'))
    .description('shift all photos of a camera, e.g. --by -06:00 (a camera left on Seoul time in Tel Aviv)')
    .requiredOption('--camera <name>', 'camera key or label, e.g. "SONY ILCE-7M3"')
    .option('--by <shift>', 'add to the current shift: -06:00, +0:30, -6h or minutes')
    .option('--set <shift>', 'set the shift (replaces the current one)')
    .option('--zone <zone>', 'IANA zone the camera clock was set to ("trip" for the venue\'s)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (o.by === undefined && o.set === undefined && o.zone === undefined) throw usageError('Give --by, --set or --zone (see --help).');
      const change = await withLibrary(g, 'write', async (lib) =>
        shiftCamera(lib, await lib.resolveTripId(o.trip as string), o.camera as string, {
          ...(o.by !== undefined ? { byMinutes: parseShift(o.by as string) } : {}),
          ...(o.set !== undefined ? { shiftMinutes: parseShift(o.set as string) } : {}),
          ...(o.zone !== undefined ? { timeZone: o.zone === 'trip' ? null : (o.zone as string) } : {}),
        }),
      );
      emit(g, change, () => cameraChangeText(change));
    });

  tripOption(camera.command('set'))
    .description('set a camera\'s clock by example: this photo was taken at this local time')
    .requiredOption('--photo <id>', 'a photo taken with the camera')
    .requiredOption('--time <time>', 'when it was really taken, local time at the venue (2022-10-24T10:34)')
    .option('--camera <name>', 'the camera (checked against the photo\'s)')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const change = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip as string);
        if (o.camera) {
          const doc = await lib.trip(tripId);
          const photo = doc.photos.find((p) => p.id === o.photo);
          const named = findCamera(doc, o.camera as string);
          if (photo && photo.cameraKey !== named.key) {
            throw usageError(`Photo ${photo.id} was taken with "${photo.cameraKey ?? 'no camera'}", not "${named.key}".`);
          }
        }
        return setCameraByExample(lib, tripId, o.photo as string, localTime(o.time as string));
      });
      emit(g, change, () => cameraChangeText(change));
    });

  tripOption(camera.command('undo'))
    .description('put back a camera\'s previous clock setting')
    .requiredOption('--camera <name>', 'camera key or label')
    .action(async (o: Opts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const change = await withLibrary(g, 'write', async (lib) => undoCamera(lib, await lib.resolveTripId(o.trip as string), o.camera as string));
      emit(g, change, () => cameraChangeText(change));
    });
}
