import type { BridgeError, EventName, EventPayload, Method, ProceedingsBridge, Request, Response } from '../../electron/shared/contract';

declare global {
  interface Window {
    proceedings?: ProceedingsBridge;
  }
}

/** An error the main process reported; `message` is written for people. */
export class ApiError extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;
  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

function bridge(): ProceedingsBridge {
  if (!window.proceedings) throw new ApiError({ code: 'io', message: 'The app bridge is missing (preload did not load).' });
  return window.proceedings;
}

/** Calls one contract method; resolves with its value or throws ApiError. */
export async function call<M extends Method>(method: M, request: Request<M>): Promise<Response<M>> {
  const result = await bridge().invoke(method, request);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.proceedings ? window.proceedings.subscribe(event, listener) : () => undefined;
}

/** URL of a library-relative media path (thumbnail, photo) for <img src>. */
export function mediaUrl(relativePath: string): string {
  const base = window.proceedings?.mediaBase ?? '';
  return base + relativePath.split('/').map(encodeURIComponent).join('/');
}

export function pathForFile(file: File): string {
  return window.proceedings?.pathForFile(file) ?? '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
