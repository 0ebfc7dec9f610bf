/**
 * Runs in the page before the app (addInitScript): defines `window.proceedings`
 * exactly as the preload does — `invoke` for contract methods, `subscribe`
 * for events — but carried over Playwright bindings to the real services in the
 * test process instead of Electron IPC.
 */
export function installBridge(args: { methods: string[]; events: string[]; mediaBase: string }): void {
  const w = window as unknown as {
    __proceedingsInvoke(method: string, payload: unknown): Promise<unknown>;
    __proceedingsEmit?(event: string, payload: unknown): void;
    proceedings?: unknown;
  };
  const methods = new Set(args.methods);
  const events = new Set(args.events);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  w.__proceedingsEmit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  w.proceedings = Object.freeze({
    invoke(method: string, request: unknown) {
      if (!methods.has(method)) return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown request "${method}".` } });
      return w.__proceedingsInvoke(method, request);
    },
    subscribe(event: string, listener: (payload: unknown) => void) {
      if (!events.has(event)) throw new Error(`Unknown event "${event}".`);
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    mediaBase: args.mediaBase,
    pathForFile: (file: File) => (file as File & { __path?: string }).__path ?? '',
  });
}
