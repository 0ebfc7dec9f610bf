import { appendFileSync, readFileSync } from 'node:fs';

/**
 * When the end-to-end tests drive the real app (Playwright's _electron), the
 * system dialogs cannot be clicked and links must not open a browser. With
 * PROCEEDINGS_E2E_DIALOGS=<file> set, dialogs answer from that JSON file
 * ({ files: string[], folder: string | null, saveFile?: string | null }) and opened links are appended
 * to <file>.links instead. Without the variable this module does nothing.
 */
const file = process.env.PROCEEDINGS_E2E_DIALOGS;

export const e2eSeam = file
  ? {
      answers(): { files: string[]; folder: string | null; saveFile: string | null } {
        try {
          const raw = JSON.parse(readFileSync(file, 'utf8')) as { files?: string[]; folder?: string | null; saveFile?: string | null };
          return { files: raw.files ?? [], folder: raw.folder ?? null, saveFile: raw.saveFile ?? null };
        } catch {
          return { files: [], folder: null, saveFile: null };
        }
      },
      openedLink(url: string): void {
        appendFileSync(`${file}.links`, `${url}\n`);
      },
    }
  : null;
