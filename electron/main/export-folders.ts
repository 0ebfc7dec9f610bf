import { existsSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_NAME } from '../services/export/writer';

/**
 * The folders the user chose for an export in this session. Opening what an
 * export wrote is allowed only inside one of them, and only once an export
 * has written its manifest there: the renderer cannot make main open any
 * other path on the computer.
 */
export class ExportFolders {
  private readonly chosen = new Set<string>();

  remember(folder: string): void {
    this.chosen.add(path.resolve(folder));
  }

  /** The absolute file to open, or null when the request is not for a file of an export folder. */
  resolve(outDir: string, file: string): string | null {
    const root = path.resolve(outDir);
    if (!this.chosen.has(root) || !existsSync(path.join(root, MANIFEST_NAME))) return null;
    const target = path.resolve(root, file || '.');
    if (target !== root && !target.startsWith(root + path.sep)) return null;
    return existsSync(target) ? target : null;
  }
}
