import type { ContractTable } from './types';

/** Series arrangement, preview and export — filled in by the series feature. */
export const seriesContract = {} satisfies ContractTable;
