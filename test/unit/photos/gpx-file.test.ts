import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { geotagFromGpxFile } from '../../../electron/services/photos/gpx-file';
import { ChosenFiles } from '../../../electron/services/util/chosen-files';
import { cleanupTempDirs, makeTrip, openLibrary, REPO_ROOT, tempDir } from '../../support/library';
import type { Photo } from '../../../electron/shared/schemas/photo';

afterEach(cleanupTempDirs);

/** A photo in Tel Aviv (UTC+3 in October) without GPS unless `over` gives one. */
function photo(id: string, localTime: string, over: Partial<Photo> = {}): Photo {
  const at = '2022-10-20T00:00:00.000Z';
  return {
    id, sha256: id.padEnd(64, 'a').slice(0, 64), file: `media/originals/${id}.jpg`, thumb: `media/thumbs/${id}.jpg`, display: `media/originals/${id}.jpg`,
    originalName: `${id}.jpg`, mime: 'image/jpeg', bytes: 1000, width: 400, height: 300, orientation: 1, turns: 0, cameraKey: null,
    capture: { source: 'exif-offset', raw: '', originalInstant: at },
    takenAt: new Date(Date.parse(`${localTime}Z`) - 3 * 3600_000).toISOString(), localTime, day: localTime.slice(0, 10),
    entryId: null, placement: 'auto', caption: '', excludeFromExport: false, flagged: false, importedAt: at, ...over,
  };
}

const TRACK = path.join(REPO_ROOT, 'test/fixtures/gpx/2022-10-24_07-59_Mon.gpx');

async function tripWithPhotos() {
  const library = await openLibrary(tempDir(), { saveDelayMs: 10 });
  const trip = await makeTrip(library);
  await library.mutate(trip.id, (doc) => {
    doc.photos.push(
      // A camera without GPS at the venue (10:34 in Tel Aviv = 07:34 UTC, the track is at Expo Tel Aviv).
      photo('cam1', '2022-10-24T10:34:00'),
      // On the walk back (17:30 = 14:30 UTC), and one after the track ended (21:00).
      photo('cam2', '2022-10-24T17:30:00'),
      photo('late', '2022-10-24T21:00:00'),
      // A phone photo with its own GPS: never replaced.
      photo('phone', '2022-10-24T10:35:00', { gps: { lat: 1, lng: 2 } }),
    );
  });
  return { library, tripId: trip.id };
}

describe('GPX file chosen in the app', () => {
  it('places the photos taken while the track ran, from a file the chooser just returned', async () => {
    const { library, tripId } = await tripWithPhotos();
    const chosen = new ChosenFiles();
    chosen.remember('gpx', [TRACK]);
    const result = await geotagFromGpxFile(library, chosen, tripId, TRACK);
    expect(result.fileName).toBe('2022-10-24_07-59_Mon.gpx');
    expect([result.trackStart, result.trackEnd]).toEqual(['2022-10-24T05:00:00.000Z', '2022-10-24T16:00:00.000Z']);
    expect(result.changed.map((p) => p.id).sort()).toEqual(['cam1', 'cam2']);
    const cam1 = result.changed.find((p) => p.id === 'cam1')!;
    expect(cam1.gpsEstimated).toBe('gpx');
    // At the venue, within the recorder's few metres of jitter.
    expect(cam1.gps!.lat).toBeCloseTo(32.104, 3);
    expect(cam1.gps!.lng).toBeCloseTo(34.809, 3);
    const doc = await library.trip(tripId);
    expect(doc.photos.find((p) => p.id === 'phone')!.gps).toEqual({ lat: 1, lng: 2 });
    expect(doc.photos.find((p) => p.id === 'late')!.gps).toBeUndefined();
  });

  it('reads only a path the chooser returned, once, and for the GPX purpose', async () => {
    const { library, tripId } = await tripWithPhotos();
    const chosen = new ChosenFiles();
    await expect(geotagFromGpxFile(library, chosen, tripId, '/etc/passwd')).rejects.toThrow(/was not chosen in the GPX file chooser/);
    await expect(geotagFromGpxFile(library, undefined, tripId, TRACK)).rejects.toThrow(/was not chosen/);
    chosen.remember('photos', [TRACK]);
    await expect(geotagFromGpxFile(library, chosen, tripId, TRACK)).rejects.toThrow(/was not chosen/);
    chosen.remember('gpx', [TRACK]);
    await geotagFromGpxFile(library, chosen, tripId, TRACK);
    await expect(geotagFromGpxFile(library, chosen, tripId, TRACK)).rejects.toThrow(/was not chosen/);
    // A later choice replaces the earlier one.
    chosen.remember('gpx', [TRACK]);
    chosen.remember('gpx', ['/tmp/other.gpx']);
    await expect(geotagFromGpxFile(library, chosen, tripId, TRACK)).rejects.toThrow(/was not chosen/);
  });

  it('names the file and the reason for a file that is not a track, missing, a folder or far too large; nothing changes', async () => {
    const { library, tripId } = await tripWithPhotos();
    const dir = tempDir();
    const chosen = new ChosenFiles();
    const attempt = (file: string) => {
      chosen.remember('gpx', [file]);
      return geotagFromGpxFile(library, chosen, tripId, file);
    };
    const notTrack = path.join(dir, '여행 경로.gpx');
    writeFileSync(notTrack, '<gpx><wpt lat="1" lon="2"><name>no time</name></wpt></gpx>');
    await expect(attempt(notTrack)).rejects.toThrow(/“여행 경로\.gpx”: .*no track points with a time/);
    await expect(attempt(path.join(dir, 'gone.gpx'))).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/Could not read “gone\.gpx”/) });
    mkdirSync(path.join(dir, 'folder.gpx'));
    await expect(attempt(path.join(dir, 'folder.gpx'))).rejects.toThrow(/“folder\.gpx” is not a file/);
    const huge = path.join(dir, 'huge.gpx');
    writeFileSync(huge, '');
    truncateSync(huge, 65 * 1024 * 1024);
    await expect(attempt(huge)).rejects.toThrow(/“huge\.gpx” is 65 MB/);
    const doc = await library.trip(tripId);
    expect(doc.photos.filter((p) => p.gpsEstimated)).toEqual([]);
  });
});
