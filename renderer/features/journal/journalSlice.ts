import type { Request, Response } from '../../../electron/shared/contract';
import { dayOfLocalTime } from '../../../electron/shared/domain/days';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper, PaperPatch } from '../../../electron/shared/schemas/paper';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { call, errorMessage } from '../../core/api';
import type { SliceCreator } from '../../core/store';
import { mergeLoaded, readAllPhotos } from './photoPages';

export interface JournalSlice {
  /** The open trip. Its `photos` arrive in pages after the journal is painted (see photosLoading). */
  doc: TripDocument | null;
  /** True while the open trip's photos are still being read: an empty `doc.photos` then means "not yet". */
  photosLoading: boolean;
  docError: string | null;
  selectedDay: string | null;
  selectedEntryId: string | null;
  /** Entries deleted in this session, newest last, for undo. */
  deleted: Entry[];
  openTrip(tripId: string): Promise<void>;
  closeTrip(): void;
  /** Takes the open trip again from the services (photos may have moved), keeping the day and entry shown. */
  reloadTrip(): Promise<void>;
  selectDay(date: string): void;
  selectEntry(entryId: string | null): void;
  createEntry(entry: Request<'entries.create'>['entry']): Promise<Entry>;
  updateEntry(entryId: string, patch: Request<'entries.update'>['patch']): Promise<Entry>;
  deleteEntry(entryId: string): Promise<void>;
  undoDelete(): Promise<Entry | null>;
  updatePaper(paperId: string, patch: PaperPatch): Promise<Paper>;
  /** A paper main changed in the background (a lookup filled it): replaced in the open trip, if it is that trip's. */
  receivePaper(tripId: string, paper: Paper): void;
  /** Merges an entry another feature's service call made (a talk from a programme session) and opens it. */
  showEntryResult(result: EntryResult): void;
}

/** Replaces photos by id with the service's newer copies (placement moved with an entry). */
export function withPhotos(doc: TripDocument, changed: Photo[]): TripDocument {
  if (changed.length === 0) return doc;
  const byId = new Map(changed.map((p) => [p.id, p]));
  return { ...doc, photos: doc.photos.map((p) => byId.get(p.id) ?? p) };
}

/** Replaces one entry (or adds it), the trip's papers and the photos that moved, after a service call. */
function withEntry(doc: TripDocument, entry: Entry, papers: Paper[], photos: Photo[] = []): TripDocument {
  const exists = doc.entries.some((e) => e.id === entry.id);
  return withPhotos(
    {
      ...doc,
      entries: exists ? doc.entries.map((e) => (e.id === entry.id ? entry : e)) : [...doc.entries, entry],
      papers,
    },
    photos,
  );
}

/** The state after a service returned an entry to show: it is merged in, selected, and its day opened. */
function showEntry(s: JournalSlice, result: EntryResult): Partial<JournalSlice> {
  if (!s.doc) return {};
  return {
    doc: withEntry(s.doc, result.entry, result.papers, result.photos),
    selectedEntryId: result.entry.id,
    selectedDay: dayOfLocalTime(result.entry.start, s.doc.trip.dayStartHour),
  };
}

type EntryResult = Response<'entries.create'>;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const createJournalSlice: SliceCreator<JournalSlice> = (set, get) => {
  /** Bumped by every open, reload and close, so only the newest read of the photos lands. */
  let photoRead = 0;
  /** Pages the open trip's photos in; whatever reached the store meanwhile (imports, moves) is newer and kept. */
  const loadPhotos = async (tripId: string, photoCount: number): Promise<void> => {
    const read = ++photoRead;
    if (photoCount === 0) return;
    const stillWanted = () => read === photoRead && get().doc?.trip.id === tripId;
    try {
      const loaded = await readAllPhotos(tripId, photoCount, stillWanted);
      if (!loaded) return;
      set((s) => (s.doc && s.doc.trip.id === tripId ? { doc: { ...s.doc, photos: mergeLoaded(loaded, s.doc.photos) }, photosLoading: false } : {}));
    } catch (error) {
      if (!stillWanted()) return;
      set({ photosLoading: false });
      get().notify({ kind: 'error', message: errorMessage(error) });
    }
  };

  return {
    doc: null,
    photosLoading: false,
    docError: null,
    selectedDay: null,
    selectedEntryId: null,
    deleted: [],
    async openTrip(tripId) {
      let opened;
      try {
        opened = await call('trips.open', { tripId });
      } catch (error) {
        set({ docError: errorMessage(error) });
        get().notify({ kind: 'error', message: errorMessage(error) });
        return;
      }
      const { photoCount, revision: _revision, openDay, ...doc } = opened;
      // Paint in a task of its own: deserialising the answer and the journal's first render in one task would freeze the window for both.
      await nextTask();
      set({ doc: { ...doc, photos: [] }, photosLoading: photoCount > 0, docError: null, selectedDay: openDay, selectedEntryId: null, screen: 'trip', tab: 'timeline' });
      await loadPhotos(tripId, photoCount);
    },
    closeTrip: () => {
      photoRead++;
      set({ doc: null, photosLoading: false, selectedEntryId: null, screen: 'trips', deleted: [] });
    },
    async reloadTrip() {
      const tripId = get().doc?.trip.id;
      if (!tripId) return;
      const { photoCount, revision: _revision, openDay: _openDay, ...doc } = await call('trips.open', { tripId });
      if (get().doc?.trip.id !== tripId) return;
      set({ doc: { ...doc, photos: [] }, photosLoading: photoCount > 0 });
      await loadPhotos(tripId, photoCount);
    },
    selectDay: (date) => set({ selectedDay: date, selectedEntryId: null }),
    selectEntry: (entryId) => set({ selectedEntryId: entryId }),
    async createEntry(entry) {
      const doc = get().doc;
      if (!doc) throw new Error('No trip is open.');
      const result = await call('entries.create', { tripId: doc.trip.id, entry });
      set((s) => showEntry(s, result));
      return result.entry;
    },
    async updateEntry(entryId, patch) {
      const doc = get().doc;
      if (!doc) throw new Error('No trip is open.');
      const result = await call('entries.update', { tripId: doc.trip.id, entryId, patch });
      set((s) => ({ doc: s.doc ? withEntry(s.doc, result.entry, result.papers, result.photos) : s.doc }));
      return result.entry;
    },
    async deleteEntry(entryId) {
      const doc = get().doc;
      if (!doc) return;
      const { entry, photos } = await call('entries.delete', { tripId: doc.trip.id, entryId });
      set((s) => ({
        doc: s.doc ? withPhotos({ ...s.doc, entries: s.doc.entries.filter((e) => e.id !== entryId) }, photos) : s.doc,
        deleted: [...s.deleted, entry],
        selectedEntryId: s.selectedEntryId === entryId ? null : s.selectedEntryId,
      }));
    },
    async undoDelete() {
      const doc = get().doc;
      const entry = get().deleted.at(-1);
      if (!doc || !entry) return null;
      const result = await call('entries.restore', { tripId: doc.trip.id, entry });
      set((s) => ({ ...showEntry(s, result), deleted: s.deleted.slice(0, -1) }));
      return result.entry;
    },
    async updatePaper(paperId, patch) {
      const doc = get().doc;
      if (!doc) throw new Error('No trip is open.');
      const paper = await call('papers.update', { tripId: doc.trip.id, paperId, patch });
      set((s) => ({ doc: s.doc ? { ...s.doc, papers: s.doc.papers.map((p) => (p.id === paperId ? paper : p)) } : s.doc }));
      return paper;
    },
    receivePaper(tripId, paper) {
      set((s) =>
        s.doc?.trip.id === tripId && s.doc.papers.some((p) => p.id === paper.id)
          ? { doc: { ...s.doc, papers: s.doc.papers.map((p) => (p.id === paper.id ? paper : p)) } }
          : {},
      );
    },
    showEntryResult: (result) => set((s) => showEntry(s, result)),
  };
};
