import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'host-gpx-'));
const showOpenDialog = vi.fn();
vi.mock('electron', () => ({
  app: { getPath: () => dir, getPreferredSystemLanguages: () => ['en-US'] },
  dialog: { showOpenDialog: (...args: unknown[]) => showOpenDialog(...args) },
  shell: {},
}));

const { createHostHandlers } = await import('../../../electron/main/host-handlers');
const { ChosenFiles } = await import('../../../electron/services/util/chosen-files');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('main: the GPX chooser', () => {
  it('offers .gpx files only, and what it returns is what photos.geotagFile may read (once)', async () => {
    const chosenFiles = new ChosenFiles();
    const host = createHostHandlers({ window: () => null, onFlushed: () => undefined, onLanguage: () => undefined, chosenFiles });
    const track = path.join(dir, 'Oct 24 트랙.gpx');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [track] });
    expect(await host['app.chooseFiles']({ purpose: 'gpx' })).toEqual({ paths: [track] });
    const options = showOpenDialog.mock.calls[0]![0] as { properties: string[]; filters: { extensions: string[] }[] };
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual([{ name: 'GPX track', extensions: ['gpx'] }]);
    expect(chosenFiles.take('gpx', '/etc/passwd')).toBeNull();
    expect(chosenFiles.take('gpx', track)).toBe(track);
    expect(chosenFiles.take('gpx', track)).toBeNull();

    // Cancelling forgets the last choice; the photo chooser's files are not GPX choices.
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [track] });
    await host['app.chooseFiles']({ purpose: 'photos' });
    expect((showOpenDialog.mock.calls[1]![0] as { filters: { extensions: string[] }[] }).filters[0]!.extensions).toContain('jpg');
    expect(chosenFiles.take('gpx', track)).toBeNull();
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await host['app.chooseFiles']({ purpose: 'gpx' })).toEqual({ paths: [] });
    expect(chosenFiles.take('gpx', track)).toBeNull();
  });
});
