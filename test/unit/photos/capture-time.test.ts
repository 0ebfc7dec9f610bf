import { HOST_ZONE, hostOffsetMinutes } from './tz';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseShift, photoTimes, formatShift, cameraIdentity } from '../../../electron/services/photos/capture-time';
import { parseCaptureReading, readMetadataFromBuffer, readMetadataFromFile } from '../../../electron/services/photos/metadata';
import { F, photoFixtures } from '../../fixtures/photos/make-fixtures';
import { cleanupTempDirs, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const trip = { timeZone: 'Asia/Jerusalem', dayStartHour: 4 };

describe('the host zone is not the trip zone', () => {
  it('runs under America/New_York', () => {
    expect(process.env.TZ).toBe(HOST_ZONE);
    expect(hostOffsetMinutes()).toBe(240);
  });
});

describe('capture readings', () => {
  it('keeps the camera text and never builds a Date in the host zone', () => {
    const r = parseCaptureReading('2022:10:24 10:34:12', '+03:00', '25');
    expect(r).toEqual({ raw: '2022:10:24 10:34:12', wallClock: '2022-10-24T10:34:12', subSecondMs: 250, offset: '+03:00', offsetMinutes: 180, from: 'exif' });
    expect(parseCaptureReading('0000:00:00 00:00:00')).toBeUndefined();
    expect(parseCaptureReading('    :  :     :  :  ')).toBeUndefined();
    expect(parseCaptureReading('2022:10:24 10:34:12', 'garbage')?.offset).toBeUndefined();
  });

  it('an offset reading is exact; a local reading is read in the camera zone (the trip zone by default)', () => {
    const exact = { source: 'exif-offset' as const, wallClock: '2022-10-24T10:34:12', subSecondMs: 250, offset: '+03:00', raw: '', originalInstant: '2022-10-24T07:34:12.250Z' };
    expect(photoTimes({ capture: exact }, undefined, trip)).toEqual({ takenAt: '2022-10-24T07:34:12.250Z', localTime: '2022-10-24T10:34:12', day: '2022-10-24' });
    const local = { source: 'exif-local' as const, wallClock: '2022-10-24T16:34:00', raw: '', originalInstant: '2022-10-24T13:34:00.000Z' };
    expect(photoTimes({ capture: local }, undefined, trip).takenAt).toBe('2022-10-24T13:34:00.000Z');
    const sony = { key: 'SONY ILCE-7M3', label: 'SONY ILCE-7M3', shiftMinutes: 0, timeZone: 'Asia/Seoul', history: [] };
    expect(photoTimes({ capture: local }, sony, trip)).toMatchObject({ takenAt: '2022-10-24T07:34:00.000Z', localTime: '2022-10-24T10:34:00' });
    expect(photoTimes({ capture: local }, { ...sony, timeZone: undefined, shiftMinutes: -360 }, trip).localTime).toBe('2022-10-24T10:34:00');
  });

  it('puts a photo whose offset is known on the day of its own local time; the venue zone decides only without one', () => {
    // 09:12 in Seoul on the trip's first day is 03:12 in Tel Aviv — before the day-start hour there.
    const seoul = { source: 'exif-offset' as const, wallClock: '2022-10-22T09:12:00', offset: '+09:00', raw: '', originalInstant: '2022-10-22T00:12:00.000Z' };
    expect(photoTimes({ capture: seoul }, undefined, trip)).toEqual({ takenAt: '2022-10-22T00:12:00.000Z', localTime: '2022-10-22T03:12:00', day: '2022-10-22' });
    // The same instant from a camera without an offset (its clock on venue time) is a night photo of the day before.
    const camera = { source: 'exif-local' as const, wallClock: '2022-10-22T03:12:00', raw: '', originalInstant: '2022-10-22T00:12:00.000Z' };
    expect(photoTimes({ capture: camera }, undefined, trip).day).toBe('2022-10-21');
    // A time set by hand is a venue time.
    expect(photoTimes({ capture: seoul, manualTakenAt: '2022-10-22T00:12:00.000Z' }, undefined, trip).day).toBe('2022-10-21');
  });

  it('puts a 01:30 photo on the evening before, by the trip day-start hour', () => {
    const capture = { source: 'exif-offset' as const, wallClock: '2022-10-25T01:30:00', offset: '+03:00', raw: '', originalInstant: '2022-10-24T22:30:00.000Z' };
    expect(photoTimes({ capture }, undefined, trip).day).toBe('2022-10-24');
    expect(photoTimes({ capture }, undefined, { ...trip, dayStartHour: 0 }).day).toBe('2022-10-25');
  });

  it('parses shifts the CLI accepts and names cameras without doubled makes', () => {
    expect([parseShift('-06:00'), parseShift('+0:30'), parseShift('-6h'), parseShift('-90')]).toEqual([-360, 30, -360, -90]);
    expect(() => parseShift('six hours')).toThrow(/not a shift/);
    expect(formatShift(-360)).toBe('-06:00');
    expect(cameraIdentity({ make: 'Canon', model: 'Canon EOS R5', serial: '0123' })).toEqual({ key: 'Canon EOS R5 #0123', label: 'Canon EOS R5' });
    expect(cameraIdentity({})).toBeNull();
  });
});

describe('metadata written by exiftool', () => {
  it('hands exifr the same options object every time (it caches parsed options per object, forever)', async () => {
    const dir = await photoFixtures();
    // exifr's typings omit its Options class; at run time it is a property of the default export.
    const { Options } = exifr as unknown as { Options: { useCached: (options: Record<string, unknown>) => unknown } };
    const cached = vi.spyOn(Options, 'useCached');
    try {
      const bytes = readFileSync(path.join(dir, F.phoneTalk));
      await readMetadataFromBuffer(bytes, 'jpeg');
      await readMetadataFromBuffer(bytes, 'jpeg');
      await readMetadataFromFile(path.join(dir, F.phoneTalk));
      await readMetadataFromFile(path.join(dir, F.sonyTalk));
      const given = cached.mock.calls.map((call) => call[0]);
      const distinct = new Set(given);
      expect(given.length).toBeGreaterThanOrEqual(4);
      expect(distinct.size).toBe(2); // one for whole buffers, one for chunked file reads
      expect([...distinct].map((o) => o.chunked).sort()).toEqual([false, true]);
    } finally {
      cached.mockRestore();
    }
  });

  it('reads offsets, sub-seconds, GPS, make and model with exifr', async () => {
    const dir = await photoFixtures();
    const m = await readMetadataFromFile(path.join(dir, F.phoneTalk));
    expect(m).toMatchObject({ make: 'Apple', model: 'iPhone 14 Pro', capture: { wallClock: '2022-10-24T10:34:12', offset: '+03:00', subSecondMs: 250 } });
    expect(m.gps?.lat).toBeCloseTo(32.0853, 4);
    expect(m.gps?.lng).toBeCloseTo(34.7818, 4);
    const sony = await readMetadataFromFile(path.join(dir, F.sonyTalk));
    expect(sony).toMatchObject({ make: 'SONY', model: 'ILCE-7M3', orientation: 6, capture: { wallClock: '2022-10-24T16:34:00' } });
    expect(sony.capture?.offset).toBeUndefined();
    const heic = await readMetadataFromFile(path.join(dir, F.heic));
    expect(heic.capture).toMatchObject({ wallClock: '2022-10-24T12:15:00', offset: '+03:00' });
    const webp = await readMetadataFromBuffer(readFileSync(path.join(dir, F.webp)), 'webp');
    expect(webp).toMatchObject({ make: 'Google', capture: { wallClock: '2022-10-26T09:00:00', offset: '+03:00' } });
    expect((await readMetadataFromFile(path.join(dir, F.screenshot))).capture).toBeUndefined();
  });

  it('finds EXIF stored after a large Photoshop block (chunked read falls back to a whole read)', async () => {
    const original = readFileSync(path.join(await photoFixtures(), F.phoneTalk));
    // SOI, then a 300 KB APP13 block, then the rest of the file (its APP1 EXIF included).
    const app13 = Buffer.alloc(4 + 60_000);
    app13.writeUInt16BE(0xffed, 0);
    app13.writeUInt16BE(60_002, 2);
    app13.write('Photoshop 3.0\0', 4, 'latin1');
    const blocks = Array.from({ length: 5 }, () => app13);
    const file = path.join(tempDir(), 'late-exif.jpg');
    writeFileSync(file, Buffer.concat([original.subarray(0, 2), ...blocks, original.subarray(2)]));
    const m = await readMetadataFromFile(file);
    expect(m.capture).toMatchObject({ wallClock: '2022-10-24T10:34:12', offset: '+03:00' });
  });
});
