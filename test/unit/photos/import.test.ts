import { hostOffsetMinutes } from './tz';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createEntry } from '../../../electron/services/journal/entries';
import { absolute, mediaRel } from '../../../electron/services/photos/media-store';
import { ingestFile } from '../../../electron/services/photos/ingest';
import { PhotoJobs } from '../../../electron/services/photos/jobs';
import { ReadBuffers } from '../../../electron/services/photos/read-buffers';
import { buildPhoto } from '../../../electron/services/photos/records';
import { F, fixturePaths, SCREENSHOT_MTIME } from '../../fixtures/photos/make-fixtures';
import { cleanupTempDirs } from '../../support/library';
import { importAll, setup, type Progress } from './helpers';

afterEach(cleanupTempDirs);

/** Every file below the library's media folder, temp files included. */
function mediaFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out.push(path.join(d, e.name));
    }
  };
  walk(path.join(root, 'media'));
  return out;
}

describe('photo import', () => {
  it("adds a camera photo with the camera's own preview as its thumbnail until the real one is made", async () => {
    const { lib, tripId, fixtures } = await setup();
    const lease = await new ReadBuffers(1).lease();
    const outcome = await ingestFile(lib.paths, path.join(fixtures, F.sonyTalk), () => true, lease, new AbortController().signal, { preview: true });
    if (outcome.kind !== 'new') throw new Error('the Sony photo should be new');
    expect(outcome.ingested.embeddedThumb).toBe(mediaRel.embeddedThumb(outcome.ingested.sha256));
    const { photo } = buildPhoto(outcome.ingested, await lib.trip(tripId));
    expect(photo.thumb).toBe(outcome.ingested.embeddedThumb);
    lease.release();
    await lib.close();
  });

  it('imports good photos, reports every bad file with a reason, and stores duplicates once', async () => {
    expect(hostOffsetMinutes()).toBe(240); // the computer is in New York
    const { lib, tripId, dir, fixtures } = await setup();
    await createEntry(lib, tripId, { kind: 'talk', start: '2022-10-24T10:30', end: '2022-10-24T10:50', title: 'Keynote' });
    const names = [F.phoneTalk, F.phoneDuplicate, F.phoneDinner, F.sonyTalk, F.hangul, F.heic, F.screenshot, F.webp, F.tiff,
      F.empty, F.truncated, F.notImage, F.gif, F.bomb, F.raw, F.dangling];
    const { report, events } = await importAll(lib, tripId, fixturePaths(fixtures, ...names));

    const byName = new Map(report.files.map((f) => [path.basename(f.path), f]));
    expect(report).toMatchObject({ phase: 'finished', finished: true, total: 16, done: 16, imported: 9, duplicates: 1, failed: 6, mediaPending: 0 });
    expect(byName.get(F.phoneDuplicate)).toMatchObject({ status: 'duplicate', duplicateOf: byName.get(F.phoneTalk)!.photoId });
    expect(byName.get(F.gif)).toMatchObject({ status: 'imported' }); // its first frame, as a photo
    const reasons = Object.fromEntries([F.empty, F.truncated, F.notImage, F.bomb, F.raw, F.dangling].map((n) => [n, byName.get(n)?.reason]));
    expect(reasons).toEqual({
      [F.empty]: 'empty', [F.truncated]: 'truncated', [F.notImage]: 'not-an-image',
      [F.bomb]: 'too-large', [F.raw]: 'unsupported', [F.dangling]: 'unreadable',
    });
    // Each failure carries a sentence the user can read, not just a code.
    for (const n of Object.keys(reasons)) expect(byName.get(n)?.message).toMatch(/^\S.{8,}/);

    const doc = await lib.trip(tripId);
    const photo = (name: string) => doc.photos.find((p) => p.originalName === name)!;
    // Exact phone time, read as +03:00 whatever the host zone; matched to the 10:30–10:50 talk.
    expect(photo(F.phoneTalk)).toMatchObject({
      takenAt: '2022-10-24T07:34:12.250Z', localTime: '2022-10-24T10:34:12', day: '2022-10-24',
      capture: { source: 'exif-offset', offset: '+03:00' }, cameraKey: 'Apple iPhone 14 Pro', entryId: doc.entries[0]!.id,
    });
    expect(photo(F.phoneTalk).gps?.lat).toBeCloseTo(32.0853, 4);
    expect(photo(F.phoneDinner)).toMatchObject({ localTime: '2022-10-25T01:30:00', day: '2022-10-24', entryId: null });
    // The Sony has no offset: its reading is taken in the venue zone until its clock is corrected.
    expect(photo(F.sonyTalk)).toMatchObject({ localTime: '2022-10-24T16:34:00', capture: { source: 'exif-local' }, width: 1200, height: 1600, orientation: 6 });
    expect(photo(F.hangul)).toMatchObject({ originalName: '텔아비브 야경.jpg', localTime: '2022-10-24T21:05:00' });
    expect(photo(F.screenshot)).toMatchObject({ flagged: true, capture: { source: 'file-time' }, takenAt: SCREENSHOT_MTIME.toISOString() });
    expect(photo(F.webp).localTime).toBe('2022-10-26T09:00:00');
    expect(doc.cameras.map((c) => c.key).sort()).toEqual(['Apple iPhone 14 Pro', 'Google Pixel 7', 'SONY ILCE-7M3']);

    // Originals are content-addressed copies; thumbnails are 400 px, orientation applied; HEIC/TIFF get display JPEGs.
    for (const p of doc.photos) {
      expect(p.file).toMatch(new RegExp(`^media/originals/${p.sha256.slice(0, 2)}/${p.sha256}\\.(jpg|heic|png|webp|tif|gif)$`));
      expect(p.thumb).toBe(`media/thumbs/${p.sha256.slice(0, 2)}/${p.sha256}.jpg`);
      expect(existsSync(absolute(lib.paths, p.display!))).toBe(true);
      expect(p.mediaError).toBeUndefined();
    }
    const sonyThumb = await sharp(absolute(lib.paths, photo(F.sonyTalk).thumb!)).metadata();
    expect([sonyThumb.width, sonyThumb.height]).toEqual([300, 400]);
    expect(photo(F.heic).display).toMatch(/^media\/derived\/.+\.jpg$/);
    expect((await sharp(absolute(lib.paths, photo(F.heic).display!)).metadata()).format).toBe('jpeg');
    expect(photo(F.tiff).display).toMatch(/^media\/derived\//);
    expect(photo(F.gif).display).toMatch(/^media\/derived\/.+\.jpg$/); // the first frame, shown and exported as a photo
    expect(photo(F.phoneTalk).display).toBe(photo(F.phoneTalk).file);
    expect(mediaFiles(dir).filter((f) => f.includes('/originals/'))).toHaveLength(9);
    expect(mediaFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(statSync(absolute(lib.paths, photo(F.phoneTalk).file)).size).toBe(statSync(path.join(fixtures, F.phoneTalk)).size);

    // Progress: the first photo arrives in its own early event.
    const firstWithPhoto = events.findIndex((e) => e.photos.length > 0);
    expect(events[firstWithPhoto]!.photos).toHaveLength(1);
    expect(events[firstWithPhoto]!.done).toBeLessThan(16);
    // The Sony's camera preview was kept (turned upright: the photo has orientation 6) to show until its thumbnail exists;
    // whichever of the two an event first carries already exists on disk. (Which one depends on how fast the decode was.)
    const sony = photo(F.sonyTalk);
    const preview = await sharp(absolute(lib.paths, mediaRel.embeddedThumb(sony.sha256))).metadata();
    expect(preview.format).toBe('jpeg');
    expect(preview.height!).toBeGreaterThan(preview.width!);
    const sonyFirst = events.flatMap((e) => e.photos).find((p) => p.originalName === F.sonyTalk)!;
    expect([mediaRel.embeddedThumb(sony.sha256), mediaRel.thumb(sony.sha256)]).toContain(sonyFirst.thumb);
    expect(events.flatMap((e) => e.updated).some((p) => p.originalName === F.heic && p.display)).toBe(true);
    expect(events.at(-1)).toMatchObject({ finished: true, phase: 'finished' });
    expect(events.flatMap((e) => e.files)).toHaveLength(16);

    // The same photos again, under any name: all duplicates, nothing new stored.
    const again = await importAll(lib, tripId, fixturePaths(fixtures, F.phoneTalk, F.heic));
    expect(again.report).toMatchObject({ imported: 0, duplicates: 2 });
    expect((await lib.trip(tripId)).photos).toHaveLength(9);
    await lib.close();
  });

  it('imports folders recursively, and a cancel leaves no half-written file', async () => {
    const { lib, tripId, dir, fixtures } = await setup();
    let cancelAfterFirst: (() => void) | null = null;
    const jobs = new PhotoJobs(lib, (p: Progress) => {
      if (p.photos.length) cancelAfterFirst?.(); // the user presses Cancel as the first thumbnail shows
    }, { ingestConcurrency: 1 });
    const { job, done } = await jobs.startImport(tripId, [fixtures]);
    cancelAfterFirst = () => job.cancel();
    const report = await done;
    expect(report.phase).toBe('cancelled');
    expect(report.imported).toBeGreaterThanOrEqual(1);
    expect(report.imported).toBeLessThan(10);
    expect(report.files.some((f) => f.reason === 'cancelled')).toBe(true);
    expect(mediaFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const doc = await lib.trip(tripId);
    expect(doc.photos).toHaveLength(report.imported);
    for (const p of doc.photos) expect(existsSync(absolute(lib.paths, p.file))).toBe(true);

    // Finishing later: what was imported is a duplicate now, the rest comes in, missing thumbnails are made.
    const second = await (await jobs.startImport(tripId, [fixtures])).done;
    expect(second.total).toBe(17); // every file of the folder but the hidden ones
    expect(second.duplicates).toBe(report.imported + 1);
    expect((await lib.trip(tripId)).photos).toHaveLength(10);
    const rebuild = await (await jobs.startRebuild(tripId)).done;
    expect(rebuild.phase).toBe('finished');
    for (const p of (await lib.trip(tripId)).photos) expect(p.thumb).toBe(`media/thumbs/${p.sha256.slice(0, 2)}/${p.sha256}.jpg`);
    await lib.close();
  });
});
