import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFolders } from '../../../electron/main/export-folders';
import { MANIFEST_NAME } from '../../../electron/services/export/writer';

describe('opening what an export wrote', () => {
  it('only inside a folder chosen for an export that holds an export manifest, never outside it', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'export-folders-'));
    const out = path.join(root, 'blog');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), '<!doctype html>');
    const folders = new ExportFolders();
    // Not chosen yet: refused even though the file exists.
    expect(folders.resolve(out, 'index.html')).toBeNull();
    folders.remember(out);
    // Chosen, but nothing exported there yet (no manifest).
    expect(folders.resolve(out, 'index.html')).toBeNull();
    writeFileSync(path.join(out, MANIFEST_NAME), '{}');
    expect(folders.resolve(out, 'index.html')).toBe(path.join(out, 'index.html'));
    expect(folders.resolve(`${out}/`, '')).toBe(out);
    expect(folders.resolve(out, '../secret.txt')).toBeNull();
    expect(folders.resolve(out, '/etc/passwd')).toBeNull();
    expect(folders.resolve(out, 'missing.html')).toBeNull();
    expect(folders.resolve(root, 'blog/index.html')).toBeNull();
  });
});
