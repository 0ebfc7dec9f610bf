import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'host-citations-'));
const showSaveDialog = vi.fn();
vi.mock('electron', () => ({
  app: { getPath: () => dir, getPreferredSystemLanguages: () => ['en-US'] },
  dialog: { showSaveDialog: (...args: unknown[]) => showSaveDialog(...args) },
  nativeTheme: {},
  shell: {},
}));

const { createHostHandlers } = await import('../../../electron/main/host-handlers');
const { loadPreferences } = await import('../../../electron/main/preferences');
const { appLookupOptions } = await import('../../../electron/main/paper-lookups');
const { ChosenFiles } = await import('../../../electron/services/util/chosen-files');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('main: the citations save chooser and the lookup preference', () => {
  it('offers a .bib file named after the trip; what it returns is the one file papers.exportCitations may write, once', async () => {
    const chosenFiles = new ChosenFiles();
    const host = createHostHandlers({ window: () => null, onFlushed: () => undefined, onLanguage: () => undefined, chosenFiles });
    const file = path.join(dir, 'ECCV 2022.bib');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    expect(await host['app.chooseSaveFile']({ purpose: 'citations', format: 'bibtex', name: 'Tel Aviv / ECCV 2022' })).toEqual({ path: file });
    const options = showSaveDialog.mock.calls[0]![0] as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(path.basename(options.defaultPath)).toBe('Tel Aviv ECCV 2022.bib');
    expect(options.filters).toEqual([{ name: 'BibTeX', extensions: ['bib'] }]);
    expect(chosenFiles.take('citations', '/etc/passwd')).toBeNull();
    expect(chosenFiles.take('citations', file)).toBe(file);
    expect(chosenFiles.take('citations', file)).toBeNull();

    // Cancelled: nothing may be written.
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host['app.chooseSaveFile']({ purpose: 'citations', format: 'csl-json', name: '' })).toEqual({ path: null });
    expect((showSaveDialog.mock.calls[1]![0] as { defaultPath: string }).defaultPath).toMatch(/citations\.json$/);
    expect(chosenFiles.take('citations', file)).toBeNull();
  });

  it('lookups are on by default, saved when turned off, and PROCEEDINGS_PAPER_LOOKUPS=off wins over the preference', async () => {
    const changes: boolean[] = [];
    const host = createHostHandlers({ window: () => null, onFlushed: () => undefined, onLanguage: () => undefined, onPaperLookups: (on) => changes.push(on), chosenFiles: new ChosenFiles() });
    expect((await host['app.getPreferences']({})).paperLookups).toBe(true);
    await host['app.setPreferences']({ paperLookups: false });
    expect(changes).toEqual([false]);
    expect(JSON.parse(readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ paperLookups: false });
    expect(loadPreferences().paperLookups).toBe(false);
    // A preferences file from before lookups existed keeps the default.
    writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ language: 'ko', theme: 'dark' }));
    expect(loadPreferences().paperLookups).toBe(true);

    expect(appLookupOptions(true, {}).enabled).toBe(true);
    expect(appLookupOptions(false, {}).enabled).toBe(false);
    expect(appLookupOptions(true, { PROCEEDINGS_PAPER_LOOKUPS: 'off' }).enabled).toBe(false);
    expect(appLookupOptions(true, { PROCEEDINGS_ARXIV_API: 'http://127.0.0.1:9/arxiv' }).endpoints).toEqual({ arxiv: 'http://127.0.0.1:9/arxiv' });
  });
});
