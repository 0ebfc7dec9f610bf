import type { Request, Response } from '../../../electron/shared/contract';
import type { Entry } from '../../../electron/shared/schemas/entry';
import type { ImportReport } from '../../../electron/shared/schemas/programme';
import { call, errorMessage } from '../../core/api';
import type { SliceCreator } from '../../core/store';

export type ProgrammeData = Response<'programme.get'> & { tripId: string };
export type ProgrammeSource = Request<'programme.import'>['source'];

export interface ProgrammeSlice {
  /** The open trip's programme, whole (the view filters it in the renderer). */
  programme: ProgrammeData | null;
  /** The report of the last import in this session, shown until dismissed. */
  programmeReport: ImportReport | null;
  programmeBusy: boolean;
  /** Loads the open trip's programme unless it is already loaded (`force`: again). */
  loadProgramme(force?: boolean): Promise<ProgrammeData | null>;
  importProgramme(source: ProgrammeSource): Promise<ImportReport | null>;
  dismissProgrammeReport(): void;
  /** Stars or unstars at once in the view; a refusal puts it back and says why. */
  starSession(sessionId: string, on: boolean): Promise<void>;
  /** "Attend": a talk entry from the session, opened in the editor. */
  attendSession(sessionId: string): Promise<Entry>;
}

export const createProgrammeSlice: SliceCreator<ProgrammeSlice> = (set, get) => {
  const tripId = () => get().doc?.trip.id ?? null;
  const replaceSession = (session: ProgrammeData['sessions'][number]) =>
    set((s) => (s.programme ? { programme: { ...s.programme, sessions: s.programme.sessions.map((x) => (x.id === session.id ? session : x)) } } : {}));
  return {
    programme: null,
    programmeReport: null,
    programmeBusy: false,
    async loadProgramme(force = false) {
      const id = tripId();
      if (!id) return null;
      const current = get().programme;
      if (!force && current?.tripId === id) return current;
      try {
        const data = { ...(await call('programme.get', { tripId: id })), tripId: id };
        // The trip may have changed while the answer was on its way.
        if (tripId() === id) set({ programme: data });
        return data;
      } catch (error) {
        get().notify({ kind: 'error', i18n: { key: 'programme:loadFailed', params: { message: errorMessage(error) } } });
        return null;
      }
    },
    async importProgramme(source) {
      const id = tripId();
      if (!id) return null;
      set({ programmeBusy: true });
      try {
        const report = await call('programme.import', { tripId: id, source });
        set({ programmeReport: report });
        await get().loadProgramme(true);
        // Entries made from moved sessions followed them: the journal shows the stored trip again.
        if (report.entriesUpdated.length > 0) await get().reloadTrip();
        return report;
      } catch (error) {
        get().notify({ kind: 'error', i18n: { key: 'programme:importFailed', params: { message: errorMessage(error) } } });
        return null;
      } finally {
        set({ programmeBusy: false });
      }
    },
    dismissProgrammeReport: () => set({ programmeReport: null }),
    async starSession(sessionId, on) {
      const id = tripId();
      const before = get().programme?.sessions.find((s) => s.id === sessionId);
      if (!id || !before) return;
      replaceSession({ ...before, starred: on });
      try {
        replaceSession(await call('programme.star', { tripId: id, sessionId, on }));
      } catch (error) {
        replaceSession(before);
        get().notify({ kind: 'error', i18n: { key: 'programme:starFailed', params: { message: errorMessage(error) } } });
      }
    },
    async attendSession(sessionId) {
      const id = tripId();
      if (!id) throw new Error('No trip is open.');
      const result = await call('programme.createEntry', { tripId: id, sessionId });
      get().showEntryResult(result);
      return result.entry;
    },
  };
};
