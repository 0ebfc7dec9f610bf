/** How long quitting waits for running work (an import) to stop before the library is closed anyway. */
export const DISPOSE_TIMEOUT_MS = 5000;

export interface ShutdownSteps {
  /** Asks the window to save what is still being typed (autosave is debounced); absent without a window. */
  flushRenderer(): Promise<void> | undefined;
  /** The services' long-running work (photo jobs): cancelled, and awaited at most `disposeTimeoutMs`. */
  disposeServices(): Promise<void>;
  closeLibrary(): Promise<void>;
  /** Process-wide helpers (the HEIC worker). */
  stopWorkers(): Promise<void>;
  /** Shown to the user when the last save failed. */
  saveFailed(message: string): void;
  exit(code: number): void;
  disposeTimeoutMs?: number;
}

/**
 * The app's one way out, in the order that loses nothing: the page's pending
 * edits, then running imports are cancelled (what they committed stays), then
 * the library saves and closes, then workers stop. A second call while it runs
 * does nothing. A hung import cannot hold the app open: its wait is bounded.
 */
export function createShutdown(steps: ShutdownSteps): () => Promise<void> {
  let quitting = false;
  return async () => {
    if (quitting) return;
    quitting = true;
    await steps.flushRenderer();
    await bounded(steps.disposeServices().catch(() => undefined), steps.disposeTimeoutMs ?? DISPOSE_TIMEOUT_MS);
    await steps.closeLibrary().catch((error: Error) => steps.saveFailed(error.message));
    await steps.stopWorkers().catch(() => undefined);
    steps.exit(0);
  };
}

function bounded(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
