import { create, type StateCreator } from 'zustand';
import { createJournalSlice, type JournalSlice } from '../features/journal/journalSlice';
import { createPhotosSlice, type PhotosSlice } from '../features/photos/photosSlice';
import { createProgrammeSlice, type ProgrammeSlice } from '../features/programme/programmeSlice';
import { createSeriesSlice, type SeriesSlice } from '../features/series/seriesSlice';
import { createTripsSlice, type TripsSlice } from '../features/trips/tripsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The one store of the renderer: each feature owns a typed slice of it. */
export type AppState = UiSlice & TripsSlice & JournalSlice & PhotosSlice & SeriesSlice & ProgrammeSlice;

/** Signature every slice creator has, so slices can read and call each other. */
export type SliceCreator<S> = StateCreator<AppState, [], [], S>;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createUiSlice(...a),
    ...createTripsSlice(...a),
    ...createJournalSlice(...a),
    ...createPhotosSlice(...a),
    ...createSeriesSlice(...a),
    ...createProgrammeSlice(...a),
  }));

export const useStore = createAppStore();
