import type { z } from 'zod';
import { appContract } from './app';
import { journalContract } from './journal';
import { papersContract } from './papers';
import { photosContract } from './photos';
import { programmeContract } from './programme';
import { seriesContract } from './series';
import type { BridgeResult } from './types';
import type { EventName, EventPayload } from './events';

export * from './types';
export * from './events';

/**
 * The one table of everything the renderer may ask of the main process. The
 * preload exposes exactly these names; main parses every request with its schema.
 */
export const contract = {
  ...journalContract,
  ...appContract,
  ...photosContract,
  ...seriesContract,
  ...papersContract,
  ...programmeContract,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type Request<M extends Method> = z.input<Contract[M]['request']>;
/** What a handler receives: the request after the dispatcher's one parse (defaults filled in). */
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>;
export type Response<M extends Method> = z.infer<Contract[M]['response']>;
export const METHOD_NAMES = Object.keys(contract) as Method[];
export const IPC_CHANNEL_PREFIX = 'proceedings:';

/** What the preload puts on `window.proceedings` (and the e2e harness imitates). */
export interface ProceedingsBridge {
  invoke<M extends Method>(method: M, request: Request<M>): Promise<BridgeResult<Response<M>>>;
  /** Calls `listener` with each `event` main sends, until the returned function is called. */
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Base URL of library media (`proceedings-media://library/` in the app). */
  mediaBase: string;
  /** Absolute path of a dropped file (Electron's webUtils), or '' where unknown. */
  pathForFile(file: File): string;
}
