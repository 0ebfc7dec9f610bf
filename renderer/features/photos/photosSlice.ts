import type { SliceCreator } from '../../app/store';

/** Photo import progress and selection (filled in by the photos feature). */
export type PhotosSlice = Record<never, never>;

export const createPhotosSlice: SliceCreator<PhotosSlice> = () => ({});
