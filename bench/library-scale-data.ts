/**
 * The career-sized library of issue #16, built once and cached under
 * `.bench/library-scale-v2/`: 50 trips and 50,000 photo records, the biggest
 * trip 500 entries / 3,000 photos with a 91-entry day and a series whose part
 * for that day is previewed. Everything goes through the real services and
 * their schemas (createTrip, Entry/Photo.parse, createSeries), so the bench
 * fails loudly when the generator drifts from the model. Photo records share a
 * handful of tiny media files: the bench measures the app, not sharp.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createSeries } from '../electron/services/series/arrange';
import { createTrip } from '../electron/services/journal/trips';
import { Library } from '../electron/services/library/library';
import { addDays } from '../electron/shared/domain/days';
import { ENTRY_KINDS, Entry } from '../electron/shared/schemas/entry';
import { Photo } from '../electron/shared/schemas/photo';

export const TRIPS = 50;
export const PHOTOS = 50_000;
export const BIG = { entries: 500, photos: 3_000, busyDayEntries: 91 };
const OTHER_ENTRIES = 150;
/** Conference days per trip, plus one travel day on each side. */
const CONF_DAYS = 6;
const MEDIA_FILES = 6;

export interface ScaleLibrary {
  /** All 50 trips. */
  bigRoot: string;
  /** 5 of the same trip files (the biggest among them): list cost must not depend on the count. */
  smallRoot: string;
  bigTripId: string;
  bigTripTitle: string;
  /** The day with 91 entries, and the series part that holds it. */
  busyDay: string;
  seriesId: string;
  busyPartId: string;
  busyPartIndex: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const cacheDir = path.join(here, '..', '.bench', 'library-scale-v2');
const manifest = path.join(cacheDir, 'manifest.json');

const iso = (t: number) => new Date(t).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');
const BODY =
  '오늘 기조연설은 광학 흐름 추정의 역사에서 시작했다. RAFT 이후의 반복 정제 구조가 왜 잘 되는지, 그리고 ' +
  'the speaker argued that correlation volumes are **the real trick**: $E = \\sum_i \\|f_i - g_i\\|^2$.\n\n' +
  '- iterative refinement\n- all-pairs correlation, see https://arxiv.org/abs/2003.12039\n\n';

interface Media {
  sha256: string;
  rel: string;
}

/** A few small JPEGs shared by every photo record (originals, thumbs and display copies alike). */
async function writeMedia(root: string): Promise<Media[]> {
  const out: Media[] = [];
  for (let i = 0; i < MEDIA_FILES; i++) {
    const bytes = await sharp({ create: { width: 96, height: 72, channels: 3, background: { r: 40 * i, g: 120, b: 200 - 30 * i } } })
      .jpeg({ quality: 70 })
      .toBuffer();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const rel = `media/originals/${sha256.slice(0, 2)}/${sha256}.jpg`;
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), bytes);
    out.push({ sha256, rel });
  }
  return out;
}

/** Day index (0 = travel day before) of entry `i` of `n`; the biggest trip crowds 91 entries onto day 3. */
function entryDays(n: number, busy: boolean): number[] {
  const days: number[] = [];
  const totalDays = CONF_DAYS + 2;
  if (busy) {
    for (let i = 0; i < BIG.busyDayEntries; i++) days.push(3);
    const rest = n - BIG.busyDayEntries;
    const others = [...Array(totalDays).keys()].filter((d) => d !== 3);
    for (let i = 0; i < rest; i++) days.push(others[i % others.length]!);
  } else {
    for (let i = 0; i < n; i++) days.push(i % totalDays);
  }
  return days;
}

function tripEntries(t: number, first: string, n: number, busy: boolean, now: number): Entry[] {
  const days = entryDays(n, busy);
  const perDay = new Map<number, number>();
  return days.map((d, i) => {
    const k = perDay.get(d) ?? 0;
    perDay.set(d, k + 1);
    const minutes = 7 * 60 + k * 8; // 91 entries from 07:00 to 19:08
    const kind = ENTRY_KINDS[i % ENTRY_KINDS.length]!;
    const e: Record<string, unknown> = {
      id: `e${t}x${i}`,
      kind,
      start: `${addDays(first, d)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
      title: `세션 ${i}: Learning to see ${i}`,
      // Each entry's own words (the preview caches rendered Markdown by its text: identical notes would all hit).
      body: `${BODY.repeat(1 + (i % 3))}Entry ${t}-${i}: $x_{${i}}^2$ note.`,
      tags: i % 3 ? ['vision', '최고'] : [],
      createdAt: iso(now + i * 60_000),
      updatedAt: iso(now + i * 60_000),
    };
    if (kind === 'talk') Object.assign(e, { format: 'oral', session: 'Oral 3A', room: 'Hall B', speakers: ['김민지', 'Zachary Teed'] });
    if (kind === 'poster') Object.assign(e, { board: `${i}`, qa: [{ id: `q${t}x${i}`, question: '왜 이렇게 빠른가요?', answer: 'GRU 반복 덕분', askedBy: 'me', asker: '' }] });
    if (kind === 'meal') Object.assign(e, { meal: 'dinner', dish: 'Shakshuka', rating: 4, place: { name: 'Dr Shakshuka', lat: 32.05, lng: 34.75 } });
    return Entry.parse(e);
  });
}

function tripPhotos(t: number, first: string, n: number, entries: Entry[], media: Media[], now: number): Photo[] {
  const totalDays = CONF_DAYS + 2;
  const out: Photo[] = [];
  for (let i = 0; i < n; i++) {
    const m = media[i % media.length]!;
    const d = i % totalDays;
    const day = addDays(first, d);
    const secs = 7 * 3600 + Math.floor(i / totalDays) * 37;
    const wall = `${day}T${pad(Math.floor(secs / 3600) % 24)}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`;
    const onDay = entries.filter((e) => e.start.startsWith(day));
    const taken = Date.parse(`${wall}Z`) - 3 * 3600_000;
    out.push(
      Photo.parse({
        id: `p${t}x${i}`,
        sha256: m.sha256,
        file: m.rel,
        thumb: m.rel,
        display: m.rel,
        originalName: `IMG_${1000 + i}.JPG`,
        mime: 'image/jpeg',
        bytes: 3_000_000 + i,
        width: 4032,
        height: 3024,
        cameraKey: i % 2 ? 'Apple iPhone 13 Pro' : 'FUJIFILM X-T4 #12345',
        capture: { source: 'exif-offset', raw: wall.replace(/-/g, ':').replace('T', ' '), wallClock: wall, offset: '+03:00', originalInstant: iso(taken) },
        takenAt: iso(taken),
        localTime: wall,
        day,
        // Spread over a city so the map has thousands of distinct points.
        gps: { lat: 32.05 + ((i * 7919) % 1000) / 20_000, lng: 34.75 + ((i * 104729) % 1000) / 20_000 },
        entryId: onDay.length && i % 3 ? onDay[i % onDay.length]!.id : null,
        caption: i % 5 ? '' : '야파 항구의 해질녘',
        importedAt: iso(now),
      }),
    );
  }
  return out;
}

async function build(): Promise<ScaleLibrary> {
  rmSync(cacheDir, { recursive: true, force: true });
  const bigRoot = path.join(cacheDir, 'big');
  const smallRoot = path.join(cacheDir, 'small');
  const lib = await Library.open(bigRoot, { owner: 'bench' });
  const media = await writeMedia(bigRoot);
  const ids: string[] = [];
  let photosLeft = PHOTOS - BIG.photos;
  let bigTripId = '';
  let bigTripTitle = '';
  let busyDay = '';
  for (let t = 0; t < TRIPS; t++) {
    const busy = t === TRIPS - 1; // the newest trip: first in the list
    const start = addDays('2012-01-09', t * 91);
    const first = addDays(start, -1);
    const title = busy ? 'ECCV 2024 밀라노 — the biggest trip' : `학회 ${t} — Conference ${t}`;
    const trip = await createTrip(lib, {
      title, conference: `Conf ${t}`, city: 'Tel Aviv', start, end: addDays(start, CONF_DAYS - 1),
      timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1, travelDaysAfter: 1,
    });
    const now = Date.parse(`${start}T06:00:00.000Z`);
    const entries = tripEntries(t, first, busy ? BIG.entries : OTHER_ENTRIES, busy, now);
    const photoCount = busy ? BIG.photos : Math.floor(photosLeft / (TRIPS - 1 - t));
    if (!busy) photosLeft -= photoCount;
    const photos = tripPhotos(t, first, photoCount, entries, media, now);
    await lib.mutate(trip.id, (d) => {
      d.entries = entries;
      d.photos = photos;
    });
    await lib.flush();
    ids.push(trip.id);
    if (busy) {
      bigTripId = trip.id;
      bigTripTitle = title;
      busyDay = addDays(first, 3);
    }
  }
  const { series } = await createSeries(lib, bigTripId, { title: 'ECCV 2024 여행기' });
  await lib.close();
  const busyPartIndex = series.parts.findIndex((p) => p.sections.some((s) => s.type === 'day' && s.date === busyDay));
  if (busyPartIndex < 0) throw new Error('the suggested series has no part for the busy day');
  // The small library: library.json and five of the trip files, the biggest among them.
  mkdirSync(path.join(smallRoot, 'trips'), { recursive: true });
  cpSync(path.join(bigRoot, 'library.json'), path.join(smallRoot, 'library.json'));
  for (const id of ids.slice(-5)) cpSync(path.join(bigRoot, 'trips', `${id}.json`), path.join(smallRoot, 'trips', `${id}.json`));
  const result: ScaleLibrary = { bigRoot, smallRoot, bigTripId, bigTripTitle, busyDay, seriesId: series.id, busyPartId: series.parts[busyPartIndex]!.id, busyPartIndex };
  writeFileSync(manifest, JSON.stringify(result, null, 2));
  return result;
}

/** The cached library, built on first use (about a minute); delete `.bench/library-scale-v2` to rebuild. */
export async function scaleLibrary(): Promise<ScaleLibrary> {
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as ScaleLibrary;
  console.log('building the 50-trip, 50,000-photo library once (cached under .bench/library-scale-v2)…');
  return build();
}

/**
 * A throwaway copy of one of the cached libraries, so measurements that write
 * (summaries index, backups, lock) never change the cache between runs.
 */
export function freshCopy(root: string, into: string): string {
  rmSync(into, { recursive: true, force: true });
  cpSync(root, into, { recursive: true });
  return into;
}
