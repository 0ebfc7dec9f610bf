import type { SliceCreator } from '../../app/store';

/** Series arrangement state (filled in by the series feature). */
export type SeriesSlice = Record<never, never>;

export const createSeriesSlice: SliceCreator<SeriesSlice> = () => ({});
