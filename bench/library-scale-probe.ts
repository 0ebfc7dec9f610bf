/**
 * Runs inside the page (addInitScript, before the app): records long tasks from
 * the start, when the trip list is first painted, and offers `__bench.run` —
 * trigger an action, wait until the DOM says it is done, then for the next
 * frame — and `__bench.keys` for keystroke-to-paint latencies. Self-contained:
 * Playwright serialises this function into the page.
 */
export function installProbe(args: { tripCount: number }): void {
  interface Task {
    start: number;
    duration: number;
  }
  const tasks: Task[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  // After the next frame: rAF runs before the frame is produced, the task queued from it after.
  const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const longestTask = (from: number, to: number) =>
    tasks.filter((t) => t.start + t.duration >= from && t.start <= to).reduce((m, t) => Math.max(m, t.duration), 0);

  const whenDone = (done: () => boolean, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('the page never reached the expected state'));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });

  const state = { listPaintedAt: 0 };
  // The trip list, painted from navigation start: every card is in the DOM, then a frame.
  void whenDone(() => document.querySelectorAll('.trip-list .cards > li').length >= args.tripCount, 120_000)
    .then(nextPaint)
    .then(() => {
      state.listPaintedAt = performance.now();
    });

  const keyLog: { down: number; painted: number }[] = [];
  let pendingDown = 0;
  document.addEventListener('keydown', (e) => {
    pendingDown = e.timeStamp;
  }, true);
  document.addEventListener('input', () => {
    const down = pendingDown;
    if (!down) return;
    pendingDown = 0;
    void nextPaint().then(() => keyLog.push({ down, painted: performance.now() }));
  }, true);

  (window as unknown as { __bench: unknown }).__bench = {
    state,
    longestTask,
    async run(trigger: () => void, done: () => boolean, timeoutMs = 60_000) {
      const t0 = performance.now();
      trigger();
      await whenDone(done, timeoutMs);
      await nextPaint();
      const t1 = performance.now();
      // Work an operation leaves queued after its first paint (effects, pins clustered in slices) still freezes
      // the page: its tasks count for a second more. Long-task entries also arrive only after the task ends.
      await new Promise((r) => setTimeout(r, 1_000));
      return { ms: t1 - t0, longestTaskMs: longestTask(t0, t1 + 1_000) };
    },
    keysSince(from: number) {
      return keyLog.filter((k) => k.down >= from).map((k) => k.painted - k.down);
    },
  };
}
