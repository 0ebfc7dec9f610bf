import './tz';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../electron/services/api/dispatch';
import { createServiceContext } from '../../../electron/services/api/context';
import { photosHandlers } from '../../../electron/services/api/photos-handlers';
import { eventContract } from '../../../electron/shared/contract/events';
import { photosContract, type ImportReport } from '../../../electron/shared/contract/photos';
import { F, fixturePaths } from '../../fixtures/photos/make-fixtures';
import { runCli, runCliJson } from '../../support/cli';
import { cleanupTempDirs } from '../../support/library';
import { setup, type Progress } from './helpers';

afterEach(cleanupTempDirs);

describe('the photos contract', () => {
  it('imports through the dispatcher, streams valid progress events, and refuses bad requests', async () => {
    const { lib, tripId, fixtures } = await setup();
    const events: Progress[] = [];
    let finished: () => void = () => undefined;
    const allDone = new Promise<void>((resolve) => (finished = resolve));
    const handlers = photosHandlers(createServiceContext({
      library: lib,
      emit: (event, payload) => {
        expect(event).toBe('photos:progress');
        events.push(eventContract['photos:progress'].parse(payload)); // every event matches the contract
        if ((payload as Progress).finished) finished();
      },
    }));
    const dispatch = createDispatcher(handlers as unknown as Handlers);
    const started = await dispatch('photos.import', { tripId, paths: fixturePaths(fixtures, F.phoneTalk, F.heic, F.notImage), jobId: 'job-1' });
    expect(started).toEqual({ ok: true, value: { jobId: 'job-1' } });
    await allDone;
    const status = (await dispatch('photos.importStatus', { jobId: 'job-1' })) as { ok: true; value: ImportReport };
    expect(photosContract['photos.importStatus'].response.parse(status.value)).toMatchObject({ imported: 2, failed: 1, phase: 'finished' });
    expect(events.flatMap((e) => e.photos)).toHaveLength(2);

    const list = (await dispatch('photos.list', { tripId, day: '2022-10-24' })) as { ok: true; value: unknown[] };
    expect(list.value).toHaveLength(2);
    const both = await dispatch('cameras.shift', { tripId, cameraKey: 'Apple iPhone 14 Pro', byMinutes: 60, shiftMinutes: 0 });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknownCamera = await dispatch('cameras.shift', { tripId, cameraKey: 'Leica', byMinutes: 60 });
    expect(unknownCamera).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch('photos.cancelImport', { jobId: 'job-1' })).toEqual({ ok: true, value: { cancelled: false } });
    await lib.close();
  });
});

describe('the photos CLI', () => {
  it('imports with --json, shifts and undoes a camera clock, under a host zone far from the trip', async () => {
    const { lib, tripId, fixtures } = await setup();
    const root = lib.paths.root;
    await lib.close();
    const env = { TZ: 'Pacific/Auckland' }; // UTC+13 in October
    const args = (...a: string[]) => ['--library', root, ...a];
    const imported = await runCliJson<ImportReport>(
      args('photos', 'import', '--trip', tripId.slice(0, 6), ...fixturePaths(fixtures, F.sonyTalk, F.phoneTalk, F.phoneDuplicate, F.hangul, F.empty)),
      env,
    );
    expect(imported.value).toMatchObject({ imported: 3, duplicates: 1, failed: 1 });
    expect(imported.value.files.map((f) => f.status)).toEqual(['imported', 'imported', 'duplicate', 'imported', 'failed']);
    expect(imported.value.files[4]).toMatchObject({ reason: 'empty' });

    const shifted = await runCliJson<{ camera: { shiftMinutes: number }; changed: Array<{ localTime: string }> }>(
      args('camera', 'shift', '--trip', tripId, '--camera', 'SONY ILCE-7M3', '--by', '-06:00'),
      env,
    );
    expect(shifted.value.camera.shiftMinutes).toBe(-360);
    expect(shifted.value.changed.map((p) => p.localTime)).toEqual(['2022-10-24T10:34:00']);

    const listed = await runCli(args('photos', 'list', '--trip', tripId, '--day', '2022-10-24'), env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('2022-10-24 10:34:00');
    expect(listed.stdout).toContain('2022-10-24 10:34:12'); // the iPhone, exact, not read in Auckland time
    expect(listed.stdout).toContain('텔아비브 야경.jpg');

    const undone = await runCli(args('camera', 'undo', '--trip', tripId, '--camera', 'SONY ILCE-7M3'), env);
    expect(undone.stdout).toMatch(/shift \+00:00; 1 photo time changed/);
    const bad = await runCli(args('camera', 'shift', '--trip', tripId, '--camera', 'SONY ILCE-7M3', '--by', 'soon'), env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a shift/);
  }, 120_000);
});
