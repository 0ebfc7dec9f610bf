import type { z } from 'zod';

/** One method of the bridge: what the renderer sends and what it gets back. */
export interface MethodSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export type ContractTable = Record<string, MethodSpec>;

/** Errors cross the bridge as data, so the UI can show `message` and switch on `code`. */
export interface BridgeError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
