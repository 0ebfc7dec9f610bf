/**
 * Journal storage at realistic scale (issue #2): 20 trips, 3,000 entries and
 * 15,000 photo records in a temp library. Measures
 *  1. load: opening the library and reading + validating every trip (ms);
 *  2. a save's blocking work: the longest the event loop is held during one
 *     edit + save (ms, median and worst of SAVES saves), and the CPU time of
 *     serialising the trip (JSON.stringify, the synchronous part of a save);
 *  3. a full durable save (temp file, fsync, backup link, rename, folder fsync) (ms);
 *  4. file sizes.
 * Exits non-zero if a target is missed. Wall-clock figures on a shared machine
 * include time the process was descheduled, so targets are judged on medians.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEntry, updateEntry } from '../electron/services/journal/entries';
import { createTrip } from '../electron/services/journal/trips';
import { Library } from '../electron/services/library/library';
import { TripDocument } from '../electron/shared/schemas/document';
import { addDays } from '../electron/shared/domain/days';
import { ENTRY_KINDS, type Entry } from '../electron/shared/schemas/entry';
import { Photo } from '../electron/shared/schemas/photo';

const TRIPS = 20;
const ENTRIES = 3_000;
const PHOTOS = 15_000;
const SAVES = 30;
const TARGETS = { saveBlockingMs: 20, stringifyCpuMs: 20, fullSaveMs: 250, loadAllMs: 3_000 };

const hex = (n: number, len: number) => n.toString(16).padStart(len, '0').slice(-len);
const iso = (t: number) => new Date(t).toISOString();
const body =
  '오늘 기조연설은 광학 흐름 추정의 역사에서 시작했다. RAFT 이후의 반복 정제 구조가 왜 잘 되는지, 그리고 ' +
  'the speaker argued that correlation volumes are the real trick. $$E = \\sum_i \\|f_i - g_i\\|^2$$ ';

/** One trip's entries and photo records, shaped like a real conference week. */
function tripContent(t: number, start: string, entries: number, photos: number) {
  const now = Date.parse(`${start}T06:00:00.000Z`);
  const list: Record<string, unknown>[] = [];
  for (let i = 0; i < entries; i++) {
    const kind = ENTRY_KINDS[i % ENTRY_KINDS.length]!;
    const day = addDays(start, i % 6);
    const hh = String(8 + (i % 14)).padStart(2, '0');
    const e: Record<string, unknown> = {
      id: `e${t}x${i}`,
      kind,
      start: `${day}T${hh}:${String((i * 7) % 60).padStart(2, '0')}`,
      title: `세션 ${i}: Learning to see ${i}`,
      body: body.repeat(1 + (i % 4)),
      tags: i % 3 ? ['vision', '최고'] : [],
      createdAt: iso(now + i * 60_000),
      updatedAt: iso(now + i * 60_000),
    };
    if (kind === 'talk') Object.assign(e, { format: 'oral', session: 'Oral 3A', room: 'Hall B', speakers: ['김민지', 'Zachary Teed'] });
    if (kind === 'poster') Object.assign(e, { board: `${i}`, qa: [{ id: `q${i}`, question: '왜 이렇게 빠른가요?', answer: 'GRU 반복 덕분', askedBy: 'me', asker: '' }] });
    if (kind === 'meal') Object.assign(e, { meal: 'dinner', dish: 'Shakshuka', rating: 4, place: { name: 'Dr Shakshuka', lat: 32.05, lng: 34.75 } });
    list.push(e);
  }
  const photoList: Record<string, unknown>[] = [];
  for (let i = 0; i < photos; i++) {
    const sha = hex(t, 4) + hex(i, 8) + 'a'.repeat(52);
    const taken = now + i * 45_000;
    const shard = sha.slice(0, 2);
    photoList.push({
      id: `p${t}x${i}`,
      sha256: sha,
      file: `media/originals/${shard}/${sha}.jpg`,
      thumb: `media/thumbs/${shard}/${sha}.jpg`,
      display: `media/display/${shard}/${sha}.jpg`,
      originalName: `IMG_${String(1000 + i)}.JPG`,
      mime: 'image/jpeg',
      bytes: 3_000_000 + i,
      width: 4032,
      height: 3024,
      orientation: 1,
      cameraKey: i % 2 ? 'Apple iPhone 13 Pro' : 'FUJIFILM X-T4 #12345',
      capture: { source: i % 2 ? 'exif-offset' : 'exif-local', raw: '2022:10:24 10:34:12', wallClock: '2022-10-24T10:34:12', offset: i % 2 ? '+03:00' : undefined, originalInstant: iso(taken) },
      takenAt: iso(taken),
      localTime: `${addDays(start, i % 6)}T10:34:12`,
      day: addDays(start, i % 6),
      gps: { lat: 32.0853 + i / 1e5, lng: 34.7818, alt: 12 },
      entryId: i % 3 ? `e${t}x${i % entries}` : null,
      placement: 'auto',
      caption: i % 5 ? '' : '야파 항구의 해질녘',
      excludeFromExport: false,
      flagged: false,
      importedAt: iso(now),
    });
  }
  return { entries: list, photos: photoList };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/**
 * Longest stretch the event loop was held while `work` ran: a setImmediate
 * chain records the biggest gap between two of its turns (I/O callbacks still run in between).
 */
async function longestBlock(work: () => Promise<void>): Promise<number> {
  let max = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  tick();
  return max;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'proceedings-bench-'));
  try {
    // --- generate ---------------------------------------------------------
    const gen = await Library.open(root, { owner: 'bench' });
    const ids: string[] = [];
    for (let t = 0; t < TRIPS; t++) {
      const start = addDays('2019-01-07', t * 60);
      const trip = await createTrip(gen, { title: `학회 ${t} — Conference ${t}`, start, end: addDays(start, 5), timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul' });
      const content = tripContent(t, start, ENTRIES / TRIPS, PHOTOS / TRIPS);
      // Through the schema, so the bench fails loudly if the generator drifts from the model.
      const photos = content.photos.map((p) => Photo.parse(p));
      await gen.mutate(trip.id, (d) => {
        d.entries = content.entries.map((e) => e as unknown as Entry);
        d.photos = photos;
      });
      ids.push(trip.id);
    }
    await gen.close();
    const files = readdirSync(path.join(root, 'trips')).map((f) => statSync(path.join(root, 'trips', f)).size);
    const totalBytes = files.reduce((a, b) => a + b, 0);

    // --- load -------------------------------------------------------------
    global.gc?.();
    const t0 = performance.now();
    const lib = await Library.open(root, { owner: 'bench' });
    const trips = await lib.listTrips();
    const loadAllMs = performance.now() - t0;
    if (trips.length !== TRIPS || trips.some((t) => t.problem)) throw new Error('generated library did not load cleanly');
    const counted = trips.reduce((a, t) => ({ e: a.e + t.entryCount, p: a.p + t.photoCount }), { e: 0, p: 0 });
    if (counted.e !== ENTRIES || counted.p !== PHOTOS) throw new Error(`expected ${ENTRIES}/${PHOTOS}, loaded ${counted.e}/${counted.p}`);
    const reader = await Library.open(root, { owner: 'bench', readOnly: true });
    const t1 = performance.now();
    const one = await reader.trip(ids[0]!);
    const loadOneMs = performance.now() - t1;
    TripDocument.parse(one);

    // --- saves --------------------------------------------------------------
    // Serialising one trip: the synchronous core of every save (CPU time, immune to descheduling).
    const stringifyCpu: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const c = process.cpuUsage();
      JSON.stringify(one);
      const d = process.cpuUsage(c);
      stringifyCpu.push((d.user + d.system) / 1000);
    }
    // A real edit as the app makes it: change an entry, then save (durably, with its backup).
    const blocks: number[] = [];
    const fulls: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const tripId = ids[i % TRIPS]!;
      const entryId = `e${i % TRIPS}x${i}`;
      let full = 0;
      blocks.push(
        await longestBlock(async () => {
          await updateEntry(lib, tripId, entryId, { title: `편집 ${i}` });
          const s = performance.now();
          await lib.flush();
          full = performance.now() - s;
        }),
      );
      fulls.push(full);
    }
    // Quick capture of a new entry (same path, plus id + paper link).
    const captureBlock = await longestBlock(async () => {
      await createEntry(lib, ids[0]!, { kind: 'talk', start: '2019-01-08T10:30', title: '새 발표', paperLink: 'arXiv:2003.12039' });
      await lib.flush();
    });
    await lib.close();

    // --- report -----------------------------------------------------------
    const results = {
      loadAllMs,
      saveBlockingMedianMs: median(blocks),
      stringifyCpuMaxMs: Math.max(...stringifyCpu),
      fullSaveMedianMs: median(fulls),
    };
    console.log(`library: ${TRIPS} trips, ${ENTRIES} entries, ${PHOTOS} photo records in ${root}`);
    console.log(`files: ${(totalBytes / 1e6).toFixed(2)} MB in total, one trip ${(median(files) / 1e3).toFixed(0)} KB (largest ${(Math.max(...files) / 1e3).toFixed(0)} KB), compact JSON`);
    console.log(`load: whole library ${fmt(loadAllMs)} (open + read + validate ${TRIPS} trips), one trip ${fmt(loadOneMs)}`);
    console.log(`save blocking (longest event-loop stretch per edit+save, ${SAVES} saves): median ${fmt(median(blocks))}, worst ${fmt(Math.max(...blocks))}`);
    console.log(`  of which JSON.stringify of one trip: median ${fmt(median(stringifyCpu))} CPU, worst ${fmt(Math.max(...stringifyCpu))} CPU`);
    console.log(`  quick capture (new talk + paper link + save): ${fmt(captureBlock)}`);
    console.log(`full durable save (temp + fsync + backup link + rename + dir fsync): median ${fmt(median(fulls))}, worst ${fmt(Math.max(...fulls))}`);

    const missed = [
      results.saveBlockingMedianMs > TARGETS.saveBlockingMs && `save blocking ${fmt(results.saveBlockingMedianMs)} > ${TARGETS.saveBlockingMs} ms`,
      results.stringifyCpuMaxMs > TARGETS.stringifyCpuMs && `stringify ${fmt(results.stringifyCpuMaxMs)} > ${TARGETS.stringifyCpuMs} ms`,
      results.fullSaveMedianMs > TARGETS.fullSaveMs && `full save ${fmt(results.fullSaveMedianMs)} > ${TARGETS.fullSaveMs} ms`,
      results.loadAllMs > TARGETS.loadAllMs && `load ${fmt(results.loadAllMs)} > ${TARGETS.loadAllMs} ms`,
    ].filter(Boolean);
    console.log(
      `targets: save blocking < ${TARGETS.saveBlockingMs} ms (median), stringify < ${TARGETS.stringifyCpuMs} ms CPU (worst), ` +
        `full save < ${TARGETS.fullSaveMs} ms (median), load < ${TARGETS.loadAllMs} ms`,
    );
    if (missed.length) {
      console.log(`MISSED: ${missed.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log('all storage targets met');
    }
  } finally {
    // BENCH_KEEP=1 leaves the generated library for profiling.
    if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
