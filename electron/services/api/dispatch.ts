import { contract, type BridgeResult, type Method } from '../../shared/contract';
import { toAppError, invalidInput, AppError } from '../util/errors';
import type { Handlers } from './handler-types';

export type { Handler, Handlers } from './handler-types';

/**
 * The single entry point for every bridge call, used by main's ipcMain wiring
 * and by the e2e harness alike: unknown method → refused; request parsed with
 * the contract's zod schema → refused with the field and reason; handler
 * errors → a message the UI can show. Nothing is changed by a refused call.
 *
 * This is the bridge's one parse (and the CLI's commands are the other edge):
 * the payload is untrusted — it crossed from the renderer — so it is parsed
 * strictly here, and everything behind the handlers takes the parsed value as
 * typed. Only documents read back from disk are validated again (by the library).
 */
export function createDispatcher(handlers: Handlers) {
  return async function dispatch(method: unknown, payload: unknown): Promise<BridgeResult<unknown>> {
    try {
      if (typeof method !== 'string' || !Object.prototype.hasOwnProperty.call(contract, method)) {
        throw new AppError('invalid-input', `Unknown request "${String(method)}".`);
      }
      const spec = contract[method as Method];
      const parsed = spec.request.safeParse(payload ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      const handler = handlers[method as Method] as (req: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      const appError = toAppError(error);
      return {
        ok: false,
        error: { code: appError.code, message: appError.message, ...(appError.details ? { details: sanitize(appError.details) } : {}) },
      };
    }
  };
}

/** Details cross a structured-clone boundary: keep them plain JSON. */
function sanitize(details: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
  } catch {
    return {};
  }
}
