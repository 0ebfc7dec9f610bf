/**
 * Pending autosaves register here, so closing the window (main asks via
 * 'app:flush-request') or switching entries first writes what was typed.
 */
const flushers = new Set<() => Promise<void>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}
