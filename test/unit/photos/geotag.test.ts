import './tz';
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGpx, placeAt } from '../../../electron/services/photos/geotag';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { runCliJson } from '../../support/cli';
import { cleanupTempDirs, REPO_ROOT, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const REAL = path.join(REPO_ROOT, 'test/fixtures/real-photos');

describe('estimated places', () => {
  it('interpolates between the known places around a photo, within five minutes only', () => {
    const t0 = Date.parse('2022-10-24T07:00:00Z');
    const points = [
      { t: t0, lat: 32.0, lng: 34.0 },
      { t: t0 + 4 * 60_000, lat: 32.004, lng: 34.008 },
    ];
    expect(placeAt(points, t0 + 60_000)).toEqual({ lat: 32.001, lng: 34.002 });
    expect(placeAt(points, t0 + 8 * 60_000)).toEqual({ lat: 32.004, lng: 34.008 }); // 4 min after the last
    expect(placeAt(points, t0 + 10 * 60_000)).toBeNull();
    expect(placeAt([], t0)).toBeNull();
  });

  it('reads GPX track points with times and refuses a track without any', () => {
    const gpx = `<?xml version="1.0"?><gpx><trk><trkseg>
      <trkpt lat="43.5" lon="11.9"><ele>300</ele><time>2008-10-22T14:20:00Z</time></trkpt>
      <trkpt lat='43.6' lon='12.0'><time>2008-10-22T14:40:00Z</time></trkpt>
      <trkpt lat="99" lon="12"><time>2008-10-22T14:50:00Z</time></trkpt></trkseg></trk></gpx>`;
    expect(parseGpx(gpx)).toEqual([
      { t: Date.parse('2008-10-22T14:20:00Z'), lat: 43.5, lng: 11.9 },
      { t: Date.parse('2008-10-22T14:40:00Z'), lat: 43.6, lng: 12.0 },
    ]);
    expect(() => parseGpx('<gpx><trk></trk></gpx>')).toThrow(/no track points/);
  });

  it('places a camera photo from the phone’s photo taken minutes before (import), from a GPX track, and clears it (CLI)', async () => {
    const folder = tempDir('proceedings-geotag-');
    // The Nikon with GPS (16:28:39 camera time) and a camera without GPS two minutes later.
    copyFileSync(path.join(REAL, 'DSCN0010.jpg'), path.join(folder, 'DSCN0010.jpg'));
    const camera = path.join(folder, 'camera.jpg');
    copyFileSync(path.join(REAL, 'noexif.jpg'), camera);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-DateTimeOriginal=2008:10:22 16:31:00', '-Make=Canon', '-Model=Canon EOS 5D', camera]);

    const library = tempDir('proceedings-geotag-lib-');
    const { value: created } = await runCliJson<{ trip: { id: string } }>([
      '--library', library, 'trip', 'create', '--title', 'Toscana', '--conference', 'Test', '--city', 'Arezzo',
      '--start', '2008-10-21', '--end', '2008-10-23', '--tz', 'Europe/Rome', '--home-tz', 'Asia/Seoul',
    ]);
    const trip = created.trip.id;
    await runCliJson(['--library', library, 'photos', 'import', '--trip', trip, folder]);
    const list = async () => (await runCliJson<{ photos: Photo[] }>(['--library', library, 'photos', 'list', '--trip', trip])).value.photos;
    const byName = async (name: string) => (await list()).find((p) => p.originalName === name)!;
    const nikon = await byName('DSCN0010.jpg');
    expect(nikon.gpsEstimated).toBeUndefined();
    expect(await byName('camera.jpg')).toMatchObject({ gps: { lat: nikon.gps!.lat, lng: nikon.gps!.lng }, gpsEstimated: 'phone' });

    // A track: the camera photo (14:31 UTC) between two points, interpolated; the Nikon's own GPS stays.
    const gpxFile = path.join(folder, 'track.gpx');
    writeFileSync(gpxFile, `<gpx><trk><trkseg><trkpt lat="43.40" lon="11.80"><time>2008-10-22T14:29:00Z</time></trkpt>
      <trkpt lat="43.50" lon="11.90"><time>2008-10-22T14:33:00Z</time></trkpt></trkseg></trk></gpx>`);
    const tagged = await runCliJson<{ changed: Photo[] }>(['--library', library, 'photos', 'geotag', '--trip', trip, '--gpx', gpxFile]);
    expect(tagged.value.changed.map((p) => p.originalName)).toEqual(['camera.jpg']);
    expect(await byName('camera.jpg')).toMatchObject({ gps: { lat: 43.45, lng: 11.85 }, gpsEstimated: 'gpx' });
    expect((await byName('DSCN0010.jpg')).gps).toEqual(nikon.gps);

    // Cleared by the user: gone, and not estimated again.
    const cameraId = (await byName('camera.jpg')).id;
    await runCliJson(['--library', library, 'photos', 'geotag', '--trip', trip, '--clear', cameraId]);
    await runCliJson(['--library', library, 'photos', 'geotag', '--trip', trip]);
    const cleared = await byName('camera.jpg');
    expect(cleared.gps).toBeUndefined();
    expect(cleared.placeCleared).toBe(true);
  }, 120_000);
});
