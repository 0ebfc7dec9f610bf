import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * The decodes run on libvips' worker threads; with a decode per core plus one
 * they outnumber the cores, and the scheduler then makes the event loop wait
 * its turn behind them (on a busy 2-core machine, for tens of milliseconds at
 * a time). Giving those threads a lower priority than the rest of the process
 * lets the event loop run first whenever it has work, and the decodes take
 * every other moment: the import's speed is the same on an otherwise idle
 * machine. Linux only (threads are listed in /proc and a thread's nice value
 * is its own); elsewhere this does nothing.
 */

/** Nice value of the decode threads: below the event loop (0), above background work (19). */
export const DECODE_NICE = 5;
/** New libvips threads appear as work grows; looking once a second costs ~0.3 ms. */
const LOOK_EVERY_MS = 1000;

const lowered = new Set<number>();
let lookedAt = -Infinity;

/** Lowers the priority of libvips' worker threads not yet lowered (at most once a second). */
export function lowerDecodePriority(now = Date.now()): void {
  if (process.platform !== 'linux' || now - lookedAt < LOOK_EVERY_MS) return;
  lookedAt = now;
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return; // no /proc (a sandbox): nothing to do
  }
  for (const entry of tids) {
    const tid = Number(entry);
    if (lowered.has(tid)) continue;
    try {
      if (!readFileSync(`/proc/self/task/${entry}/comm`, 'latin1').startsWith('libvips worker')) continue;
      if (os.getPriority(tid) < DECODE_NICE) os.setPriority(tid, DECODE_NICE);
      lowered.add(tid);
    } catch {
      // The thread ended meanwhile, or the system refuses: the decodes then simply keep their priority.
    }
  }
}
