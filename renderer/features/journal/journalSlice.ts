import type { Request, Response } from '../../../electron/shared/contract';
import { dayOfLocalTime } from '../../../electron/shared/domain/days';
import { defaultDay } from '../../../electron/shared/domain/new-entry';
import type { TripDocument } from '../../../electron/shared/schemas/document';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { Paper, PaperPatch } from '../../../electron/shared/schemas/paper';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { call, errorMessage } from '../../core/api';
import type { SliceCreator } from '../../core/store';

export interface JournalSlice {
  /** The open trip, whole. */
  doc: TripDocument | null;
  docError: string | null;
  selectedDay: string | null;
  selectedEntryId: string | null;
  /** Entries deleted in this session, newest last, for undo. */
  deleted: Entry[];
  openTrip(tripId: string): Promise<void>;
  closeTrip(): void;
  selectDay(date: string): void;
  selectEntry(entryId: string | null): void;
  createEntry(entry: Request<'entries.create'>['entry']): Promise<Entry>;
  updateEntry(entryId: string, patch: Request<'entries.update'>['patch']): Promise<Entry>;
  deleteEntry(entryId: string): Promise<void>;
  undoDelete(): Promise<Entry | null>;
  updatePaper(paperId: string, patch: PaperPatch): Promise<Paper>;
  /** Merges an entry another feature's service call made (a talk from a programme session) and opens it. */
  showEntryResult(result: EntryResult): void;
  /** Reads the open trip again (entries a programme re-import moved), keeping the day and the open entry. */
  reloadTrip(): Promise<void>;
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

export const createJournalSlice: SliceCreator<JournalSlice> = (set, get) => ({
  doc: null,
  docError: null,
  selectedDay: null,
  selectedEntryId: null,
  deleted: [],
  async openTrip(tripId) {
    try {
      const doc = await call('trips.get', { tripId });
      set({ doc, docError: null, selectedDay: defaultDay(doc.trip), selectedEntryId: null, screen: 'trip', tab: 'timeline' });
    } catch (error) {
      set({ docError: errorMessage(error) });
      get().notify({ kind: 'error', message: errorMessage(error) });
    }
  },
  closeTrip: () => set({ doc: null, selectedEntryId: null, screen: 'trips', deleted: [] }),
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
  showEntryResult: (result) => set((s) => showEntry(s, result)),
  async reloadTrip() {
    const tripId = get().doc?.trip.id;
    if (!tripId) return;
    const doc = await call('trips.get', { tripId });
    set((s) => (s.doc?.trip.id === tripId ? { doc } : {}));
  },
});
