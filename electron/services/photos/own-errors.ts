/**
 * libvips keeps one error buffer for the whole process, and sharp reads it
 * when an operation fails: with several decodes in flight, a failing JPEG can
 * be reported with the text of a PNG failing at the same moment (sharp#902),
 * and two identical imports print different reasons. So a failed decode is
 * run once more while no other decode of this process runs; the error it
 * gives then is its own. Failures are rare, so the pause costs little; a
 * decode that succeeds the second time was never broken and is kept.
 */

let shared = 0;
let exclusive = false;
const waiting: Array<{ exclusive: boolean; go: () => void }> = [];

function pump(): void {
  while (waiting.length > 0 && !exclusive) {
    const next = waiting[0]!;
    if (next.exclusive) {
      if (shared > 0) return; // waits for the running decodes; later shared ones queue behind it
      waiting.shift();
      exclusive = true;
      next.go();
      return;
    }
    waiting.shift();
    shared++;
    next.go();
  }
}

async function hold<T>(asExclusive: boolean, run: () => Promise<T>): Promise<T> {
  await new Promise<void>((go) => {
    waiting.push({ exclusive: asExclusive, go });
    pump();
  });
  try {
    return await run();
  } finally {
    if (asExclusive) exclusive = false;
    else shared--;
    pump();
  }
}

/** Runs a sharp operation; when it fails, runs it again alone and throws that run's own error. */
export async function withOwnErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await hold(false, run);
  } catch {
    return hold(true, run);
  }
}
