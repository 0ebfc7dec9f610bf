import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTripDocument } from '../../electron/services/library/library';
import { markImportRunning } from '../../electron/services/library/media-sweep';
import { runCli, runCliJson } from '../support/cli';
import { runCliKilledAfter } from '../support/kill-cli';
import { cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../support/library';
import { pick, record } from './figures';

afterAll(cleanupTempDirs);

const PHOTOS = 30;
let photoDir: string;

beforeAll(async () => {
  photoDir = tempDir('proceedings-kill-photos-');
  for (let i = 0; i < PHOTOS; i++) {
    // Noise, so every photo has its own bytes and takes a real decode.
    const pixels = Buffer.alloc(640 * 480 * 3);
    for (let p = 0; p < pixels.length; p++) pixels[p] = (p * 31 + i * 97 + ((p * i) % 251)) & 0xff;
    writeFileSync(path.join(photoDir, `IMG_${String(i).padStart(4, '0')}.jpg`), await sharp(pixels, { raw: { width: 640, height: 480, channels: 3 } }).jpeg({ quality: 80 }).toBuffer());
  }
}, 60_000);

/** Every file under media/ (relative), and the .tmp ones. */
function mediaFiles(lib: string): { all: string[]; temps: string[]; originals: string[] } {
  const all: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else all.push(path.relative(lib, path.join(dir, e.name)));
    }
  };
  try {
    walk(path.join(lib, 'media'));
  } catch {
    /* no media yet */
  }
  return { all, temps: all.filter((f) => f.endsWith('.tmp')), originals: all.filter((f) => f.startsWith('media/originals/')) };
}

const tripDoc = (lib: string, tripId: string) => parseTripDocument(readFileSync(path.join(lib, 'trips', `${tripId}.json`), 'utf8'));

describe('an import killed with SIGKILL', { timeout: 300_000 }, () => {
  const moments = pick([30, 400], [0, 20, 60, 120, 200, 350, 600, 1000]);

  it.each(moments)('%i ms after its first original: committed photos are in the journal, the next writer sweeps the rest, a re-run completes it', async (ms) => {
    const lib = tempDir();
    const { value } = await runCliJson<{ trip: { id: string } }>([
      '--library', lib, 'trip', 'create', '--title', '텔 아비브와 ECCV 2022', '--start', '2022-10-22', '--end', '2022-10-28', '--tz', 'Asia/Jerusalem', '--home-tz', 'Asia/Seoul',
    ]);
    const tripId = value.trip.id;
    const run = await runCliKilledAfter(['--library', lib, 'photos', 'import', '--trip', tripId, photoDir, '--json'], ms, path.join(lib, 'media', 'originals'));
    const kept = tripDoc(lib, tripId).photos.length;
    const left = mediaFiles(lib);

    // Any writer's open sweeps: no temp file, and no original that no trip references.
    expect((await runCli(['--library', lib, 'trip', 'edit', tripId, '--venue', 'Expo Tel Aviv'])).code).toBe(0);
    const doc = tripDoc(lib, tripId);
    expect(doc.photos.length).toBe(kept); // the sweep removed nothing the journal names
    const after = mediaFiles(lib);
    expect(after.temps).toEqual([]);
    expect(after.originals.sort()).toEqual(doc.photos.map((p) => p.file).sort());
    expect(after.all.filter((f) => f.includes('.import-running.'))).toEqual([]);

    // Re-running the import completes it: every photo exactly once.
    const again = await runCliJson<{ imported: number; duplicates: number }>(['--library', lib, 'photos', 'import', '--trip', tripId, photoDir]);
    expect(again.value.imported + again.value.duplicates).toBe(PHOTOS);
    const final = tripDoc(lib, tripId);
    expect(final.photos).toHaveLength(PHOTOS);
    expect(new Set(final.photos.map((p) => p.sha256)).size).toBe(PHOTOS);
    expect(mediaFiles(lib).originals).toHaveLength(PHOTOS);
    if (run.killed) {
      record('imports killed (SIGKILL) and resumed, nothing lost');
      record('photos kept in the journal by killed imports', kept);
      record('orphaned originals and temp files swept', left.originals.length - kept + left.temps.length);
    }
  });

  it('the sweep never removes an original that any trip or the trash references, nor one older than the import', async () => {
    const dir = tempDir();
    const library = await openLibrary(dir);
    const a = await makeTrip(library);
    const b = await makeTrip(library, { title: 'other' });
    await library.close();
    const sha = (c: string) => c.repeat(64);
    const original = (s: string) => path.join(dir, 'media', 'originals', s.slice(0, 2), `${s}.jpg`);
    const paths = { inA: sha('a'), inB: sha('b'), inTrash: sha('c'), orphan: sha('d'), oldOrphan: sha('e') };
    for (const s of Object.values(paths)) {
      mkdirSync(path.dirname(original(s)), { recursive: true });
      writeFileSync(original(s), 'jpeg');
    }
    mkdirSync(path.join(dir, 'media', 'thumbs', 'dd'), { recursive: true });
    writeFileSync(path.join(dir, 'media', 'thumbs', 'dd', `${paths.orphan}.jpg`), 'thumb');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(original(paths.oldOrphan), old, old);
    // References as text in the trip files (as a photo record would hold them) and in a trashed trip.
    for (const [trip, s] of [[a.id, paths.inA], [b.id, paths.inB]] as const) {
      const file = path.join(dir, 'trips', `${trip}.json`);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...doc, 'x-note': `media/originals/${s.slice(0, 2)}/${s}.jpg` }));
    }
    mkdirSync(path.join(dir, 'trash'), { recursive: true });
    writeFileSync(path.join(dir, 'trash', 'gone.json'), JSON.stringify({ photos: [{ sha256: paths.inTrash }] }));
    writeFileSync(path.join(dir, 'media', `.x.jpg.999999.abcd.tmp`), 'partial');
    // A marker as a killed import leaves it (another pid: ours is never swept).
    const release = await markImportRunning({ ...library.paths }, 'job1');
    const mine = readdirSync(path.join(dir, 'media')).find((n) => n.startsWith('.import-running.'))!;
    const foreign = mine.replace(`.${process.pid}.`, '.999998.');
    writeFileSync(path.join(dir, 'media', foreign), JSON.stringify({ pid: 999998, host: 'h', startedAt: new Date(Date.now() - 60_000).toISOString() }));
    await release();

    const reopened = await openLibrary(dir);
    expect(reopened.swept.originals).toEqual([path.relative(dir, original(paths.orphan))]);
    expect(reopened.swept.tempFiles).toEqual(['media/.x.jpg.999999.abcd.tmp']);
    await reopened.close();
    const left = mediaFiles(dir);
    expect(left.originals.sort()).toEqual([paths.inA, paths.inB, paths.inTrash, paths.oldOrphan].map((s) => path.relative(dir, original(s))).sort());
    expect(left.all.some((f) => f.includes(paths.orphan))).toBe(false);
    expect(left.all.some((f) => f.includes('.import-running.'))).toBe(false);
    // Read-only opens never sweep.
    writeFileSync(path.join(dir, 'media', foreign), JSON.stringify({ pid: 999998, host: 'h', startedAt: new Date(0).toISOString() }));
    const reader = await openLibrary(dir, { readOnly: true });
    expect(reader.swept.originals).toEqual([]);
    expect(readdirSync(path.join(dir, 'media'))).toContain(foreign);
  });
});
