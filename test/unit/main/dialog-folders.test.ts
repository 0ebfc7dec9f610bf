import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDialogFolders } from '../../../electron/main/dialog-folders';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dialog-folders-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fallbacks = { photos: '/home/u/Pictures', export: '/home/u/Documents' };

describe('dialog folders (Electron ≥ 43 opens choosers in Downloads unless told otherwise)', () => {
  it('starts photos in Pictures and exports in Documents, then remembers each purpose apart', async () => {
    const file = path.join(dir, 'dialog-folders.json');
    const folders = createDialogFolders(file, fallbacks);
    expect(folders.defaultPath('photos')).toBe('/home/u/Pictures');
    expect(folders.defaultPath('export')).toBe('/home/u/Documents');
    await folders.remember('photos', '/media/card/DCIM/100MSDCF/DSC0001.JPG', false);
    await folders.remember('export', '/home/u/blog', true);
    expect(folders.defaultPath('photos')).toBe('/media/card/DCIM/100MSDCF');
    expect(folders.defaultPath('export')).toBe('/home/u/blog');
    // …and across restarts.
    const again = createDialogFolders(file, fallbacks);
    expect(again.defaultPath('photos')).toBe('/media/card/DCIM/100MSDCF');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ photos: '/media/card/DCIM/100MSDCF', export: '/home/u/blog' });
  });

  it('ignores a damaged or hand-edited file (relative paths, wrong types) and falls back', async () => {
    const file = path.join(dir, 'dialog-folders.json');
    await writeFile(file, JSON.stringify({ photos: 'relative/dir', export: 42 }));
    const folders = createDialogFolders(file, fallbacks);
    expect(folders.defaultPath('photos')).toBe('/home/u/Pictures');
    expect(folders.defaultPath('export')).toBe('/home/u/Documents');
    await writeFile(file, '{not json');
    expect(createDialogFolders(file, fallbacks).defaultPath('export')).toBe('/home/u/Documents');
  });
});
