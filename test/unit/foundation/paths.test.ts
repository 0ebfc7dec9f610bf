import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveMediaFile } from '../../../electron/services/media/media-files';
import { resolveLibraryRoot, userDataDir } from '../../../electron/services/library/location';
import { insideLibrary, libraryPaths, safeId, tripBackupDir, tripFile } from '../../../electron/services/library/paths';
import { newId } from '../../../electron/services/util/ids';
import { cleanupTempDirs, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

const BAD_IDS = ['../x', '..', '.', 'a/b', 'a\\b', '', 'x'.repeat(65), 'trip.json', '/etc/passwd', 'C:evil', 'a b', '텔아비브', 'a\0b'];

describe('ids and library paths', () => {
  it('accepts generated ids and refuses anything that could become another path', () => {
    for (let i = 0; i < 50; i++) expect(safeId(newId())).toMatch(/^[0-9a-z]{10}$/);
    for (const bad of BAD_IDS) expect(() => safeId(bad), JSON.stringify(bad)).toThrow(/not a valid id/);
  });

  it('trip files and backup folders stay inside the library', () => {
    const paths = libraryPaths('/lib');
    expect(tripFile(paths, 'abc')).toBe(path.resolve('/lib/trips/abc.json'));
    expect(tripBackupDir(paths, 'abc')).toBe(path.resolve('/lib/backups/abc'));
    expect(() => tripFile(paths, '../../etc/passwd')).toThrow();
    expect(() => tripBackupDir(paths, '..')).toThrow();
  });

  it('insideLibrary refuses ../, absolute paths and the root itself', () => {
    const paths = libraryPaths('/lib');
    expect(insideLibrary(paths, 'media/a.jpg')).toBe(path.resolve('/lib/media/a.jpg'));
    expect(insideLibrary(paths, 'media/../trips/x.json')).toBe(path.resolve('/lib/trips/x.json'));
    for (const bad of ['../x', 'media/../../x', '/etc/passwd', '.', '', '..']) {
      expect(() => insideLibrary(paths, bad), bad).toThrow(expect.objectContaining({ code: 'outside-library' }));
    }
  });

  it('services refuse bad ids before touching the disk', async () => {
    const lib = await openLibrary(tempDir());
    await expect(lib.trip('../library')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(lib.backups('../../x')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(lib.restoreBackup('..')).rejects.toMatchObject({ code: 'invalid-input' });
    await lib.close();
  });
});

describe('resolveMediaFile', () => {
  it('serves files inside media/ with their type', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'media/thumbs/ab'), { recursive: true });
    writeFileSync(path.join(root, 'media/thumbs/ab/abcd.jpg'), 'x');
    writeFileSync(path.join(root, 'media/thumbs/ab/사진 1.PNG'), 'x');
    const paths = libraryPaths(root);
    expect(await resolveMediaFile(paths, 'media/thumbs/ab/abcd.jpg')).toEqual({ file: path.join(root, 'media/thumbs/ab/abcd.jpg'), mime: 'image/jpeg' });
    expect((await resolveMediaFile(paths, `/media/thumbs/ab/${encodeURIComponent('사진 1.PNG')}`)).mime).toBe('image/png');
    await expect(resolveMediaFile(paths, 'media/thumbs/ab/missing.jpg')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a symbolic link inside media/ that leads outside it', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'media/originals'), { recursive: true });
    writeFileSync(path.join(root, 'library.json'), '{"secret":true}');
    symlinkSync(path.join(root, 'library.json'), path.join(root, 'media/originals/leak.jpg'));
    await expect(resolveMediaFile(libraryPaths(root), 'media/originals/leak.jpg')).rejects.toMatchObject({ code: 'outside-library' });
  });

  it('refuses ../, encoded escapes, absolute paths and other library folders', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'media'), { recursive: true });
    mkdirSync(path.join(root, 'trips'), { recursive: true });
    writeFileSync(path.join(root, 'trips/t.json'), '{}');
    writeFileSync(path.join(root, 'library.json'), '{}');
    const paths = libraryPaths(root);
    const bad = [
      'media/../library.json',
      '../../../etc/passwd',
      'media/%2e%2e/library.json',
      'media%2F..%2Flibrary.json',
      'media\\..\\library.json',
      'trips/t.json',
      'library.json',
      'media',
      '/etc/passwd',
      `${root}/library.json`,
      'media/a.jpg%00.png',
      'media/%E0%A4%A', // malformed escape
    ];
    for (const p of bad) {
      await expect(resolveMediaFile(paths, p), p).rejects.toMatchObject({ code: 'outside-library' });
    }
  });
});

describe('library location', () => {
  it('--library beats PROCEEDINGS_LIBRARY beats the app folder', () => {
    expect(resolveLibraryRoot('/a', { PROCEEDINGS_LIBRARY: '/b' }, '/u')).toBe(path.resolve('/a'));
    expect(resolveLibraryRoot(undefined, { PROCEEDINGS_LIBRARY: '/b' }, '/u')).toBe(path.resolve('/b'));
    expect(resolveLibraryRoot(undefined, { PROCEEDINGS_LIBRARY: '  ' }, '/u')).toBe(path.resolve('/u/library'));
    expect(resolveLibraryRoot(undefined, {}, '/u')).toBe(path.resolve('/u/library'));
  });

  it('matches Electron userData per platform', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/h')).toBe(path.join('/x', 'Proceedings'));
    expect(userDataDir('linux', {}, '/h')).toBe(path.join('/h', '.config', 'Proceedings'));
    expect(userDataDir('darwin', {}, '/h')).toBe(path.join('/h', 'Library', 'Application Support', 'Proceedings'));
    expect(userDataDir('win32', { APPDATA: 'C:\\AppData' }, '/h')).toBe(path.join('C:\\AppData', 'Proceedings'));
  });
});
