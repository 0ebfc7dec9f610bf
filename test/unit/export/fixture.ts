import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createEntry } from '../../../electron/services/journal/entries';
import { createTrip } from '../../../electron/services/journal/trips';
import { Library } from '../../../electron/services/library/library';
import { Photo } from '../../../electron/shared/schemas/photo';

/**
 * A small ECCV trip with every kind of thing an export must handle: a talk
 * with an arXiv paper and math, a poster with Q&A, a meal, a beach day,
 * travel days, Korean titles, photos with GPS (one rotated, one HEIC, one
 * left out, one whose original is missing).
 */
export const SERIES_TITLE = '텔 아비브와 ECCV 2022 여행기';
export const GPS = { lat: 32.0853, lng: 34.7818 };

let originalCache: Map<string, Buffer> | null = null;

/** A JPEG with GPS, camera make/model and an orientation, written by exiftool like a phone would. */
async function makeJpeg(color: string, width: number, height: number, orientation: number): Promise<Buffer> {
  const key = `${color}-${width}-${height}-${orientation}`;
  originalCache ??= new Map();
  const cached = originalCache.get(key);
  if (cached) return cached;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${color}"/><rect x="0" y="0" width="${width / 4}" height="${height / 4}" fill="#fff"/></svg>`;
  const tmp = path.join(process.env.TMPDIR ?? '/tmp', `proceedings-fixture-${process.pid}-${key.replace('#', '')}.jpg`);
  writeFileSync(tmp, await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer());
  execFileSync('/usr/bin/exiftool', [
    '-q', '-overwrite_original', '-n',
    `-GPSLatitude=${GPS.lat}`, '-GPSLatitudeRef=N', `-GPSLongitude=${GPS.lng}`, '-GPSLongitudeRef=E',
    '-Make=Apple', '-Model=iPhone 13', '-SerialNumber=F17XYZ', '-DateTimeOriginal=2022:10:24 10:34:12',
    `-Orientation=${orientation}`, tmp,
  ]);
  const bytes = readFileSync(tmp);
  originalCache.set(key, bytes);
  return bytes;
}

function makeHeic(dir: string): Buffer {
  const png = path.join(dir, 'heic-src.png');
  const out = path.join(dir, 'heic-src.heic');
  execFileSync('/usr/bin/convert', ['-size', '640x480', 'gradient:#3366cc-#ffcc00', png]);
  execFileSync('/usr/bin/heif-enc', ['-q', '60', '-o', out, png], { stdio: 'ignore' });
  return readFileSync(out);
}

export interface PhotoSpec {
  id: string;
  day: string;
  time: string;
  entryId?: string | null;
  caption?: string;
  exclude?: boolean;
  orientation?: number;
  heic?: boolean;
  missing?: boolean;
  color?: string;
}

export async function photoRecord(library: Library, spec: PhotoSpec, scratch: string): Promise<Photo> {
  const bytes = spec.heic ? makeHeic(scratch) : await makeJpeg(spec.color ?? '#884422', 1200, 900, spec.orientation ?? 1);
  // Each photo gets its own bytes (and sha256), like real photos do.
  const unique = Buffer.concat([bytes, Buffer.from(spec.id)]);
  const sha256 = createHash('sha256').update(unique).digest('hex');
  const file = `media/originals/${sha256.slice(0, 2)}/${sha256}.${spec.heic ? 'heic' : 'jpg'}`;
  if (!spec.missing) {
    mkdirSync(path.dirname(path.join(library.paths.root, file)), { recursive: true });
    writeFileSync(path.join(library.paths.root, file), unique);
  }
  const localTime = `${spec.day}T${spec.time}`;
  // Parsed, so fields the photos feature adds later get their defaults.
  return Photo.parse({
    id: spec.id,
    sha256,
    file,
    originalName: `IMG_${spec.id}.${spec.heic ? 'HEIC' : 'JPG'}`,
    mime: spec.heic ? 'image/heic' : 'image/jpeg',
    bytes: unique.length,
    width: 1200,
    height: 900,
    orientation: spec.orientation ?? 1,
    cameraKey: 'Apple iPhone 13',
    capture: { source: 'exif-offset', raw: `${spec.day.replace(/-/g, ':')} ${spec.time}:00`, offset: '+03:00', originalInstant: `${spec.day}T07:00:00.000Z` },
    takenAt: `${spec.day}T07:00:00.000Z`,
    localTime,
    day: spec.day,
    gps: GPS,
    entryId: spec.entryId ?? null,
    placement: 'manual',
    caption: spec.caption ?? '',
    excludeFromExport: spec.exclude ?? false,
    flagged: false,
    importedAt: '2022-10-30T00:00:00.000Z',
  });
}

export interface Fixture {
  library: Library;
  tripId: string;
  entries: Record<string, string>;
}

export async function buildFixture(root: string, scratch: string, options: { heic?: boolean } = {}): Promise<Fixture> {
  const library = await Library.open(root, { owner: 'test' });
  const trip = await createTrip(library, {
    title: SERIES_TITLE, conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-26',
    timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 1, travelDaysAfter: 1,
  });
  const add = async (input: Record<string, unknown>) => (await createEntry(library, trip.id, input)).entry.id;
  const entries = {
    flight: await add({ kind: 'travel', start: '2022-10-23T09:10', title: '인천 → 텔 아비브', from: 'ICN', to: 'TLV', carrier: 'Korean Air' }),
    talk: await add({
      kind: 'talk', start: '2022-10-24T10:30', title: 'Masked Autoencoders 이야기', format: 'oral', session: 'Oral 1A', room: 'Hall A',
      paperLink: 'https://arxiv.org/abs/2111.06377', paperTitle: 'Masked Autoencoders Are Scalable Vision Learners', paperAuthors: ['Kaiming He', 'Xinlei Chen'],
      body: '마스킹 비율이 75%일 때 가장 좋다고 한다.\n\n손실은 $\\mathcal{L} = \\sum_i \\|x_i - \\hat{x}_i\\|^2$ 이고\n\n$$\nE = mc^2\n$$\n',
    }),
    lunch: await add({ kind: 'meal', start: '2022-10-24T12:30', title: '후무스 점심', meal: 'lunch', place: { name: 'Abu Hassan' }, dish: 'Hummus', rating: 5 }),
    poster: await add({
      kind: 'poster', start: '2022-10-25T15:00', title: 'NeRF 포스터', board: '42',
      paperLink: 'https://openreview.net/forum?id=abc123XYZ', paperTitle: 'A NeRF Paper', paperAuthors: ['Jane Doe'],
      body: 'Depth supervision helps a lot.',
      qa: [{ question: '학습 시간은?', answer: '8 GPU로 하루', askedBy: 'me' }, { question: 'Why not SDF?', answer: 'Future work.', askedBy: 'other', asker: 'Bob' }],
    }),
    note: await add({ kind: 'note', start: '2022-10-25T20:00', title: '저녁 산책', body: '바닷가를 걸었다.' }),
    keynote: await add({ kind: 'talk', start: '2022-10-26T09:00', title: 'Keynote', format: 'keynote', session: 'Plenary' }),
    beach: await add({ kind: 'place', start: '2022-10-27T14:00', title: '해변의 하루', place: { name: 'Gordon Beach' }, placeKind: 'sight' }),
  };
  const specs: PhotoSpec[] = [
    { id: 'ph-talk', day: '2022-10-24', time: '10:34', entryId: entries.talk, caption: '발표장 풍경 "Hall A"', orientation: 6, color: '#224488' },
    { id: 'ph-lunch', day: '2022-10-24', time: '12:40', entryId: entries.lunch, caption: '후무스', color: '#aa8833' },
    { id: 'ph-secret', day: '2022-10-24', time: '13:00', entryId: entries.lunch, caption: 'SECRET', exclude: true },
    { id: 'ph-loose', day: '2022-10-25', time: '18:00', caption: '해질녘', color: '#cc5500' },
    { id: 'ph-missing', day: '2022-10-26', time: '09:10', entryId: entries.keynote, caption: '없는 사진', missing: true },
    { id: 'ph-beach', day: '2022-10-27', time: '14:10', entryId: entries.beach, caption: '고든 비치', color: '#22aacc' },
  ];
  if (options.heic) specs.push({ id: 'ph-heic', day: '2022-10-27', time: '15:00', entryId: entries.beach, caption: 'HEIC 사진', heic: true });
  const photos: Photo[] = [];
  for (const spec of specs) photos.push(await photoRecord(library, spec, scratch));
  await library.mutate(trip.id, (doc) => {
    doc.photos.push(...photos);
    const starred = doc.papers.find((p) => p.url.includes('openreview'));
    if (starred) starred.starred = true;
  });
  await library.flush();
  return { library, tripId: trip.id, entries };
}
