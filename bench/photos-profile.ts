/**
 * Where the import's CPU goes beyond sharp's own thumbnail: imports the first
 * N photos of the bench set (default 300) and prints the CPU per photo; run
 * under `node --cpu-prof --import tsx` to see the main thread's share.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { createTrip } from '../electron/services/journal/trips';
import { Library } from '../electron/services/library/library';
import { PhotoJobs } from '../electron/services/photos/jobs';
import { ensurePhotos, repo } from './photo-set';

const count = Number(process.argv[2] ?? 300);
const files = (await ensurePhotos()).slice(0, count);
const root = path.join(repo, '.bench', `profile-${process.pid}`);
rmSync(root, { recursive: true, force: true });
const library = await Library.open(root, { owner: 'bench', saveDelayMs: 500 });
const trip = await createTrip(library, { title: 'Profile', start: '2022-10-24', end: '2022-10-28', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul' });
// PROFILE=file.cpuprofile records the main thread's profile of the import alone.
const session = process.env.PROFILE ? new Session() : null;
session?.connect();
await session?.post('Profiler.enable');
await session?.post('Profiler.start');
// The longest the event loop went without running a 5 ms ticker (what a user would feel as a stall).
let last = performance.now();
let maxGap = 0;
let maxGapAt = 0;
let done = 0;
let doneAtMax = 0;
const ticker = setInterval(() => {
  const now = performance.now();
  if (now - last - 5 > maxGap) {
    maxGap = now - last - 5;
    maxGapAt = now;
    doneAtMax = done;
  }
  last = now;
}, 5);
const cpu0 = process.cpuUsage();
const started = performance.now();
const report = await (await new PhotoJobs(library, (p) => (done = p.done)).startImport(trip.id, files)).done;
const cpu = process.cpuUsage(cpu0);
clearInterval(ticker);
if (session) writeFileSync(process.env.PROFILE!, JSON.stringify((await session.post('Profiler.stop')).profile));
console.log(`${report.imported} photos in ${((performance.now() - started) / 1000).toFixed(1)} s; CPU user ${(cpu.user / 1000 / report.imported).toFixed(1)} + system ${(cpu.system / 1000 / report.imported).toFixed(1)} ms per photo; longest event-loop block ${maxGap.toFixed(0)} ms, ${((maxGapAt - started) / 1000).toFixed(1)} s in, ${doneAtMax} files done`);
await library.close();
rmSync(root, { recursive: true, force: true });
