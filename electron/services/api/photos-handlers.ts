import type { ServiceContext } from './context';
import type { HandlersOf } from './handler-types';
import type { photosContract } from '../../shared/contract/photos';
import { AppError } from '../util/errors';
import { listCameras, setCameraByExample, shiftCamera, undoCamera } from '../photos/cameras';
import { clearPlaces, geotagPhotos } from '../photos/geotag';
import { geotagFromGpxFile } from '../photos/gpx-file';
import { rotatePhotos } from '../photos/rotate';
import {
  listPhotos,
  movePhotos,
  rematchPhotos,
  removePhotos,
  restorePhotos,
  setCover,
  setPhotoTime,
  updatePhoto,
} from '../photos/photo-edits';

/**
 * Handlers of the photos part of the contract. Imports answer at once with a
 * job id and report through 'photos:progress' events; a job failing late
 * (e.g. the disk filled up) is reported as a final event, never as a crash.
 * The jobs belong to the context, which cancels them when it is disposed.
 */
export function photosHandlers(ctx: ServiceContext): HandlersOf<typeof photosContract> {
  const jobs = ctx.photoJobs;
  const refuseWhenClosing = () => {
    if (ctx.disposed) throw new AppError('io', 'Proceedings is closing: start this again when it is open.');
  };
  const background = (done: Promise<unknown>) => {
    done.catch((error: unknown) => ctx.emit('library:save-error', { message: `A photo import stopped: ${(error as Error).message}` }));
  };
  return {
    'photos.import': async ({ tripId, paths, jobId }) => {
      refuseWhenClosing();
      const { job, done } = await jobs.startImport(tripId, paths, jobId);
      background(done);
      return { jobId: job.id };
    },
    'photos.cancelImport': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'photos.importStatus': async ({ jobId }) => jobs.status(jobId),
    'photos.list': ({ tripId, ...filter }) => listPhotos(ctx.library, tripId, filter),
    'photos.update': ({ tripId, photoId, patch }) => updatePhoto(ctx.library, tripId, photoId, patch),
    'photos.setTime': ({ tripId, photoId, localTime }) => setPhotoTime(ctx.library, tripId, photoId, localTime),
    'photos.move': ({ tripId, photoIds, to }) => movePhotos(ctx.library, tripId, photoIds, to),
    'photos.rotate': ({ tripId, photoIds, quarterTurns }) => rotatePhotos(ctx.library, tripId, photoIds, quarterTurns),
    'photos.geotag': ({ tripId, gpx }) => geotagPhotos(ctx.library, tripId, gpx),
    'photos.geotagFile': ({ tripId, path }) => geotagFromGpxFile(ctx.library, ctx.chosenFiles, tripId, path),
    'photos.clearPlace': ({ tripId, photoIds }) => clearPlaces(ctx.library, tripId, photoIds),
    'photos.setCover': ({ tripId, target, photoId }) => setCover(ctx.library, tripId, target, photoId),
    'photos.remove': ({ tripId, photoIds }) => removePhotos(ctx.library, tripId, photoIds),
    'photos.restore': ({ tripId, photos }) => restorePhotos(ctx.library, tripId, photos),
    'photos.rematch': ({ tripId }) => rematchPhotos(ctx.library, tripId),
    'photos.rebuildMedia': async ({ tripId }) => {
      refuseWhenClosing();
      const { job, done } = await jobs.startRebuild(tripId);
      background(done);
      return { jobId: job.id };
    },
    'cameras.list': ({ tripId }) => listCameras(ctx.library, tripId),
    'cameras.shift': ({ tripId, cameraKey, ...change }) => shiftCamera(ctx.library, tripId, cameraKey, change),
    'cameras.setByExample': ({ tripId, photoId, localTime }) => setCameraByExample(ctx.library, tripId, photoId, localTime),
    'cameras.undo': ({ tripId, cameraKey }) => undoCamera(ctx.library, tripId, cameraKey),
  };
}
