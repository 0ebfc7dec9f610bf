import type { ContractTable } from './types';

/** Photo import, placement and camera clocks — filled in by the photos feature. */
export const photosContract = {} satisfies ContractTable;
