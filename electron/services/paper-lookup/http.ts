import { LookupFailure } from './types';

export interface HttpOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** Seconds (`Retry-After: 5`) or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * GET that turns every way of not getting an answer into a LookupFailure:
 * no network / DNS / timeout → unavailable; 429 and 503 → unavailable with the
 * wait the service asked for; other 5xx → unavailable. 404 and 2xx are returned
 * for the client to read (a 404 means different things per service).
 */
export async function httpGet(url: string, options: HttpOptions = {}): Promise<HttpAnswer> {
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { headers: options.headers, signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) });
  } catch (error) {
    // Node's fetch puts the socket error in `cause`; trying IPv4 and IPv6 gives an AggregateError there.
    const inner = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
    const cause = inner?.code ?? inner?.errors?.[0]?.code ?? inner?.message;
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new LookupFailure('unavailable', timedOut ? `${new URL(url).host} did not answer in time` : `${new URL(url).host} could not be reached${cause ? ` (${cause})` : ''}: offline?`);
  }
  const body = await response.text().catch(() => '');
  if (response.status === 429 || response.status === 503) {
    throw new LookupFailure('unavailable', `${new URL(url).host} is busy (HTTP ${response.status})`, {
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    });
  }
  if (response.status >= 500) throw new LookupFailure('unavailable', `${new URL(url).host} failed (HTTP ${response.status})`);
  return { status: response.status, body };
}

/** JSON.parse that reports an unreadable answer as a failure to retry, not a crash. */
export function parseJson(body: string, service: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new LookupFailure('unavailable', `${service} answered something that is not JSON`);
  }
}
