import type { EventPayload, Request } from '../../../electron/shared/contract';
import type { CameraView, ImportCounts, ImportFileResult, ImportPhase } from '../../../electron/shared/contract/photos';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { call, errorMessage, onEvent } from '../../core/api';
import type { SliceCreator } from '../../core/store';
import { mergePhotos } from './photoModel';

export type PhotoPatch = Request<'photos.update'>['patch'];
export type MoveTarget = Request<'photos.move'>['to'];
export type CoverTarget = Request<'photos.setCover'>['target'];

/** The import the user started in this window: counts, and every failed file with its reason. */
export interface PhotoImport extends ImportCounts {
  jobId: string;
  tripId: string;
  phase: ImportPhase;
  finished: boolean;
  failures: ImportFileResult[];
  /** Set when photos.import itself was refused (bad trip, bridge error). */
  error?: string;
  /** When finished: where the new photos landed, day by day, and how many are on no entry. */
  landed?: { day: string; count: number }[];
  unsorted?: number;
}

/** Where the photos of an import landed, from the trip's photo list after it. */
export function landingOf(photos: Photo[], ids: Set<string>): { landed: { day: string; count: number }[]; unsorted: number } {
  const byDay = new Map<string, number>();
  let unsorted = 0;
  for (const p of photos) {
    if (!ids.has(p.id)) continue;
    byDay.set(p.day, (byDay.get(p.day) ?? 0) + 1);
    if (!p.entryId) unsorted++;
  }
  const landed = [...byDay].map(([day, count]) => ({ day, count })).sort((a, b) => (a.day < b.day ? -1 : 1));
  return { landed, unsorted };
}

export interface PhotosSlice {
  photoImport: PhotoImport | null;
  /** The photo open in the large viewer. */
  viewerPhotoId: string | null;
  cameras: CameraView[];
  importPhotos(paths: string[]): Promise<void>;
  cancelImport(): Promise<void>;
  receiveImportProgress(event: EventPayload<'photos:progress'>): void;
  dismissImport(): void;
  openViewer(photoId: string | null): void;
  updatePhoto(photoId: string, patch: PhotoPatch): Promise<Photo>;
  setPhotoTime(photoId: string, localTime: string | null): Promise<Photo>;
  movePhotos(photoIds: string[], to: MoveTarget): Promise<void>;
  /** Quarter turns clockwise (1 right, -1 left); the answer carries the new thumbnails. */
  rotatePhotos(photoIds: string[], quarterTurns: number): Promise<void>;
  /** Clears estimated places (a file's own GPS stays). */
  clearPhotoPlace(photoIds: string[]): Promise<void>;
  /** "Import GPX track…": asks main for a .gpx file and estimates places from it (main reads the file). */
  geotagFromGpx(): Promise<GpxOutcome | null>;
  setPhotoCover(target: CoverTarget, photoId: string | null): Promise<void>;
  /** Answers the removed records whole, for restorePhotos (undo). */
  removePhotos(photoIds: string[]): Promise<Photo[]>;
  restorePhotos(photos: Photo[]): Promise<void>;
  loadCameras(): Promise<void>;
  /** Each camera change answers how many photos moved in time. */
  shiftCamera(cameraKey: string, byMinutes: number): Promise<number>;
  setCameraByExample(photoId: string, localTime: string): Promise<number>;
  undoCamera(cameraKey: string): Promise<number>;
}

/** What an "Import GPX track…" did: how many photos got an estimated place, and when the track ran (UTC). */
export interface GpxOutcome {
  placed: number;
  fileName: string;
  trackStart: string;
  trackEnd: string;
}

/** A job id chosen here, so the progress listener is in place before the import starts. */
function newJobId(): string {
  return `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function withPhotos(doc: TripDocument | null, tripId: string, photos: Photo[]): TripDocument | null {
  if (!doc || doc.trip.id !== tripId || photos.length === 0) return doc;
  return { ...doc, photos: mergePhotos(doc.photos, photos) };
}

let stopListening: (() => void) | null = null;
/** Ids of the photos the running import added, to say where they landed. */
let importedIds = new Set<string>();

export const createPhotosSlice: SliceCreator<PhotosSlice> = (set, get) => {
  const tripId = () => {
    const doc = get().doc;
    if (!doc) throw new Error('No trip is open.');
    return doc.trip.id;
  };
  /** Applies a camera change: the camera's new view and every photo whose time moved. */
  const applyCameraChange = (change: { camera: CameraView; changed: Photo[] }, forTrip: string): number => {
    set((s) => ({
      doc: withPhotos(s.doc, forTrip, change.changed),
      cameras: s.cameras.some((c) => c.key === change.camera.key)
        ? s.cameras.map((c) => (c.key === change.camera.key ? change.camera : c))
        : [...s.cameras, change.camera],
    }));
    return change.changed.length;
  };

  return {
    photoImport: null,
    viewerPhotoId: null,
    cameras: [],

    async importPhotos(paths) {
      if (paths.length === 0) return;
      const id = tripId();
      const jobId = newJobId();
      stopListening?.();
      stopListening = onEvent('photos:progress', (event) => get().receiveImportProgress(event));
      importedIds = new Set();
      set({
        photoImport: { jobId, tripId: id, phase: 'scanning', finished: false, done: 0, total: 0, imported: 0, duplicates: 0, failed: 0, skipped: 0, mediaPending: 0, failures: [] },
      });
      try {
        await call('photos.import', { tripId: id, paths, jobId });
      } catch (error) {
        stopListening?.();
        stopListening = null;
        set((s) => ({ photoImport: s.photoImport && { ...s.photoImport, finished: true, phase: 'finished', error: errorMessage(error) } }));
      }
    },

    async cancelImport() {
      const job = get().photoImport;
      if (!job || job.finished) return;
      await call('photos.cancelImport', { jobId: job.jobId });
    },

    receiveImportProgress(event) {
      const job = get().photoImport;
      if (!job || event.jobId !== job.jobId) return;
      const failures = event.files.filter((f) => f.status === 'failed' || f.status === 'skipped');
      const { done, total, imported, duplicates, failed, skipped, mediaPending, phase, finished } = event;
      for (const p of event.photos) importedIds.add(p.id);
      set((s) => ({
        doc: withPhotos(s.doc, event.tripId, [...event.photos, ...event.updated]),
        photoImport: { ...job, done, total, imported, duplicates, failed, skipped, mediaPending, phase, finished, failures: failures.length ? [...job.failures, ...failures] : job.failures },
      }));
      if (!finished) return;
      stopListening?.();
      stopListening = null;
      // The services may have re-placed or re-timed other photos (new cameras): take the trip's list as it is now.
      if (get().doc?.trip.id !== event.tripId) return;
      const ids = importedIds;
      void call('photos.list', { tripId: event.tripId })
        .then((photos) => {
          set((s) => ({ doc: s.doc && s.doc.trip.id === event.tripId ? { ...s.doc, photos } : s.doc }));
          // Show the photos where they landed: the first day that got some, unless the open day did.
          const landing = landingOf(photos, ids);
          set((s) => ({ photoImport: s.photoImport?.jobId === event.jobId ? { ...s.photoImport, ...landing } : s.photoImport }));
          const days = landing.landed.map((l) => l.day);
          const open = get().selectedDay;
          if (days.length && get().doc?.trip.id === event.tripId && !(open && days.includes(open))) get().selectDay(days[0]!);
        })
        .catch(() => undefined);
      void get().loadCameras();
    },

    dismissImport: () => set((s) => (s.photoImport?.finished ? { photoImport: null } : {})),

    openViewer: (viewerPhotoId) => set({ viewerPhotoId }),

    async updatePhoto(photoId, patch) {
      const id = tripId();
      const photo = await call('photos.update', { tripId: id, photoId, patch });
      set((s) => ({ doc: withPhotos(s.doc, id, [photo]) }));
      return photo;
    },

    async setPhotoTime(photoId, localTime) {
      const id = tripId();
      const photo = await call('photos.setTime', { tripId: id, photoId, localTime });
      set((s) => ({ doc: withPhotos(s.doc, id, [photo]) }));
      return photo;
    },

    async movePhotos(photoIds, to) {
      const id = tripId();
      const moved = await call('photos.move', { tripId: id, photoIds, to });
      set((s) => ({ doc: withPhotos(s.doc, id, moved) }));
    },

    async rotatePhotos(photoIds, quarterTurns) {
      const id = tripId();
      const turned = await call('photos.rotate', { tripId: id, photoIds, quarterTurns });
      set((s) => ({ doc: withPhotos(s.doc, id, turned) }));
    },

    async geotagFromGpx() {
      const id = tripId();
      const { paths } = await call('app.chooseFiles', { purpose: 'gpx' });
      if (!paths[0]) return null;
      const result = await call('photos.geotagFile', { tripId: id, path: paths[0] });
      set((s) => ({ doc: withPhotos(s.doc, id, result.changed) }));
      return { placed: result.changed.length, fileName: result.fileName, trackStart: result.trackStart, trackEnd: result.trackEnd };
    },

    async clearPhotoPlace(photoIds) {
      const id = tripId();
      const cleared = await call('photos.clearPlace', { tripId: id, photoIds });
      set((s) => ({ doc: withPhotos(s.doc, id, cleared) }));
    },

    async setPhotoCover(target, photoId) {
      const id = tripId();
      await call('photos.setCover', { tripId: id, target, photoId });
      const cover = photoId ?? undefined;
      set((s) => {
        if (!s.doc || s.doc.trip.id !== id) return {};
        if ('entryId' in target) {
          return { doc: { ...s.doc, entries: s.doc.entries.map((e) => (e.id === target.entryId ? { ...e, coverPhotoId: cover } : e)) } };
        }
        const meta = s.doc.trip.days[target.day] ?? { title: '', intro: '' };
        return { doc: { ...s.doc, trip: { ...s.doc.trip, days: { ...s.doc.trip.days, [target.day]: { ...meta, coverPhotoId: cover } } } } };
      });
    },

    async removePhotos(photoIds) {
      const id = tripId();
      const { removed } = await call('photos.remove', { tripId: id, photoIds });
      const gone = new Set(photoIds);
      set((s) => ({
        viewerPhotoId: s.viewerPhotoId && gone.has(s.viewerPhotoId) ? null : s.viewerPhotoId,
        doc: s.doc && s.doc.trip.id === id ? { ...s.doc, photos: s.doc.photos.filter((p) => !gone.has(p.id)) } : s.doc,
      }));
      return removed;
    },

    async restorePhotos(photos) {
      const id = tripId();
      const restored = await call('photos.restore', { tripId: id, photos });
      set((s) => ({ doc: withPhotos(s.doc, id, restored) }));
    },

    async loadCameras() {
      const doc = get().doc;
      if (!doc) return;
      const cameras = await call('cameras.list', { tripId: doc.trip.id });
      if (get().doc?.trip.id === doc.trip.id) set({ cameras });
    },

    async shiftCamera(cameraKey, byMinutes) {
      const id = tripId();
      return applyCameraChange(await call('cameras.shift', { tripId: id, cameraKey, byMinutes }), id);
    },

    async setCameraByExample(photoId, localTime) {
      const id = tripId();
      return applyCameraChange(await call('cameras.setByExample', { tripId: id, photoId, localTime }), id);
    },

    async undoCamera(cameraKey) {
      const id = tripId();
      return applyCameraChange(await call('cameras.undo', { tripId: id, cameraKey }), id);
    },
  };
};
