import '../photos/tz';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceContext, createServiceDispatcher, type HostHandlers } from '../../../electron/services/api';
import type { ImportReport } from '../../../electron/shared/contract/photos';
import { cleanupTempDirs } from '../../support/library';
import { setup, type Progress } from '../photos/helpers';

afterEach(cleanupTempDirs);

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
const noHost = {} as HostHandlers; // no host method is called here

describe('the service context owns long-running work', () => {
  it('cancels a running import on dispose; the journal keeps exactly what the import committed', async () => {
    const { lib, tripId, fixtures } = await setup();
    let disposed: Promise<void> | null = null;
    const ctx = createServiceContext({
      library: lib,
      // One file at a time, so the folder is still importing when the first photo shows.
      photoJobOptions: { ingestConcurrency: 1 },
      emit: (event, payload) => {
        if (event === 'photos:progress' && (payload as Progress).photos.length) disposed ??= ctx.dispose(); // the app quits now
      },
    });
    const dispatch = createServiceDispatcher(ctx, noHost) as (m: string, p: unknown) => Promise<Result<any>>;

    const started = await dispatch('photos.import', { tripId, paths: [fixtures], jobId: 'quit-during-import' });
    expect(started).toEqual({ ok: true, value: { jobId: 'quit-during-import' } });
    await expect.poll(() => disposed, { timeout: 30_000 }).not.toBeNull();
    await disposed;

    const status = (await dispatch('photos.importStatus', { jobId: 'quit-during-import' })) as Result<ImportReport>;
    if (!status.ok) throw new Error(status.error.message);
    expect(status.value.phase).toBe('cancelled');
    expect(status.value.finished).toBe(true);
    expect(status.value.imported).toBeGreaterThanOrEqual(1);
    expect(status.value.imported).toBeLessThan(10); // the folder holds 10 importable photos
    expect(status.value.files.some((f) => f.reason === 'cancelled')).toBe(true);
    const doc = await lib.trip(tripId);
    expect(doc.photos.length).toBe(status.value.imported);

    // Once disposed, no new long work starts: the app is closing.
    const late = await dispatch('photos.import', { tripId, paths: [fixtures] });
    expect(late).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/closing/) } });
    await lib.close();
  }, 60_000);

  it('disposes at once when nothing runs, and twice is the same as once', async () => {
    const { lib } = await setup();
    const ctx = createServiceContext({ library: lib, emit: () => undefined });
    expect(ctx.disposed).toBe(false);
    const first = ctx.dispose();
    expect(ctx.dispose()).toBe(first);
    await first;
    expect(ctx.disposed).toBe(true);
    await lib.close();
  });
});
