import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../services/library/durable-file';

/**
 * Where each file chooser opens. Since Electron 43 a dialog without `defaultPath` opens in
 * Downloads and the OS no longer remembers the last folder, so the app remembers it per purpose
 * (photos are picked from the camera card or Pictures, exports go to the blog's repository) and
 * starts from a sensible folder the first time. Kept in userData/dialog-folders.json.
 */
export type DialogPurpose = 'photos' | 'export';

export interface DialogFolders {
  /** The folder a chooser for `purpose` should open in. */
  defaultPath(purpose: DialogPurpose): string;
  /** Remember the folder of what the user just chose. */
  remember(purpose: DialogPurpose, chosen: string, isFolder: boolean): Promise<void>;
}

export function createDialogFolders(file: string, fallbacks: Record<DialogPurpose, string>): DialogFolders {
  let saved: Partial<Record<DialogPurpose, string>> = {};
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const key of ['photos', 'export'] as const) if (typeof raw[key] === 'string' && path.isAbsolute(raw[key])) saved[key] = raw[key];
  } catch {
    saved = {};
  }
  return {
    defaultPath: (purpose) => saved[purpose] ?? fallbacks[purpose],
    async remember(purpose, chosen, isFolder) {
      const folder = isFolder ? chosen : path.dirname(chosen);
      if (saved[purpose] === folder) return;
      saved = { ...saved, [purpose]: folder };
      await writeFileDurably(file, JSON.stringify(saved, null, 2));
    },
  };
}
