import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdir, readdir, readFile, realpath, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../util/errors';

/** Left in every export folder: what was written, so a re-export knows the folder and what to remove. */
export const MANIFEST_NAME = '.proceedings-export.json';
/** Paths an export is about to write, one a line, appended before each write: what a killed run may have left. */
export const PENDING_NAME = '.proceedings-export.pending';
const MANIFEST_TMP = `${MANIFEST_NAME}.tmp`;
/** Every file is written beside its target under this name, then renamed over it. */
const TMP_SUFFIX = '.proceedings-tmp';

/** Where a file is written before it is renamed into place (same folder, so the rename is atomic). */
export const tempNameOf = (abs: string) => path.join(path.dirname(abs), `.${path.basename(abs)}${TMP_SUFFIX}`);

interface FileRecord {
  /** sha256 of a text file, or "image:<cache key>" for a photo. */
  id: string;
  bytes: number;
}

interface Manifest {
  kind: 'proceedings-export';
  version: 1;
  tripId: string;
  seriesId: string;
  format: string;
  /**
   * "in-progress" from the moment an export starts writing into the folder until it finishes;
   * absent once complete (so manifests of earlier versions read as complete). A run killed in
   * between leaves the folder marked as this series' export, and the next run resumes it.
   */
  state?: 'in-progress';
  files: Record<string, FileRecord>;
}

export interface WriterOptions {
  tripId: string;
  seriesId: string;
  overwrite: boolean;
  /** Folders the export must never go into (the library). */
  forbidden: string[];
}

const isInside = (root: string, candidate: string) => {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Writes one export folder, and nothing outside it: every path is checked
 * segment by segment and, after its folders exist, by real path (a symlink
 * inside the folder cannot lead out). Files whose content did not change are
 * left alone, and files of the previous export that are gone are removed —
 * but only files that export itself had written.
 */
export class ExportWriter {
  private readonly files: Record<string, FileRecord> = {};
  private readonly checkedDirs = new Set<string>();
  written: string[] = [];
  unchanged = 0;
  removed: string[] = [];

  private constructor(
    readonly root: string,
    private readonly realRoot: string,
    private readonly previous: Manifest | null,
    private readonly options: WriterOptions,
  ) {}

  static async open(outDir: string, options: WriterOptions): Promise<ExportWriter> {
    const root = path.resolve(outDir);
    for (const f of options.forbidden) {
      if (isInside(path.resolve(f), root)) throw new AppError('invalid-input', `Choose an output folder outside the library (${f}).`);
    }
    const info = await stat(root).catch(() => null);
    if (info && !info.isDirectory()) throw new AppError('invalid-input', `${root} is a file, not a folder.`);
    // Our own marker's temp file (a run killed while writing the marker) does not make a folder "not empty".
    const names = (info ? await readdir(root) : []).filter((n) => n !== MANIFEST_TMP && n !== PENDING_NAME);
    let previous: Manifest | null = null;
    if (names.includes(MANIFEST_NAME)) {
      try {
        previous = JSON.parse(await readFile(path.join(root, MANIFEST_NAME), 'utf8')) as Manifest;
      } catch {
        previous = null;
      }
    }
    const ours = previous?.kind === 'proceedings-export' && previous.tripId === options.tripId && previous.seriesId === options.seriesId;
    if (names.length > 0 && !ours && !options.overwrite) {
      throw new AppError(
        'conflict',
        `${root} is not empty and is not a previous export of this series. Choose an empty folder, or confirm overwriting.`,
        { outDir: root },
      );
    }
    await mkdir(root, { recursive: true });
    const known: Record<string, FileRecord> = { ...(ours ? previous!.files : {}) };
    if (ours || names.length === 0) {
      // What a killed run had started to write: its temp files go, its finished files count as
      // this export's (with an unknown id, so they are compared by content, rewritten or removed).
      for (const rel of await readPending(root)) {
        known[rel] = { id: '', bytes: -1 }; // its content may differ from what the marker says
      }
    }
    const writer = new ExportWriter(root, await realpath(root), { ...(previous ?? emptyManifest(options)), files: known }, options);
    await writer.removeTemps(Object.keys(known));
    await writer.writeManifest({ ...emptyManifest(options), format: previous?.format ?? '', state: 'in-progress', files: known });
    await rm(path.join(root, PENDING_NAME), { force: true });
    return writer;
  }

  private async removeTemps(rels: string[]): Promise<void> {
    await rm(path.join(this.root, MANIFEST_TMP), { force: true });
    for (const rel of rels) {
      let abs: string;
      try {
        abs = this.target(rel);
      } catch {
        continue; // a tampered list cannot make us delete outside the folder
      }
      await rm(tempNameOf(abs), { force: true });
    }
  }

  /** The marker, replaced atomically: a kill leaves the old one or the new one, never half of one. */
  private async writeManifest(manifest: Manifest): Promise<void> {
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    const abs = path.join(this.root, MANIFEST_NAME);
    const current = await readFile(abs, 'utf8').catch(() => null);
    if (current === text) return;
    await writeFile(path.join(this.root, MANIFEST_TMP), text);
    await rename(path.join(this.root, MANIFEST_TMP), abs);
  }

  /** Notes a path before writing it, so a run killed mid-write is resumed and cleaned up. */
  private async notePending(rel: string): Promise<void> {
    await appendFile(path.join(this.root, PENDING_NAME), `${rel}\n`);
  }

  /** Absolute path of a file of the export; refuses anything that would leave the folder. */
  private target(rel: string): string {
    const segments = rel.split('/');
    if (!rel || path.isAbsolute(rel) || rel.includes('\\') || rel.includes('\0') || segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw new AppError('outside-library', `Refused to write "${rel}": it is not a plain path inside the export folder.`);
    }
    const abs = path.join(this.root, ...segments);
    if (!isInside(this.root, abs)) throw new AppError('outside-library', `Refused to write "${rel}" outside ${this.root}.`);
    return abs;
  }

  private async ensureDir(abs: string): Promise<void> {
    const dir = path.dirname(abs);
    if (this.checkedDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    if (!isInside(this.realRoot, await realpath(dir))) {
      throw new AppError('outside-library', `Refused to write into ${dir}: it leads outside the export folder.`);
    }
    this.checkedDirs.add(dir);
  }

  private async same(abs: string, rel: string, record: FileRecord, content: Buffer | null): Promise<boolean> {
    const existing = await stat(abs).catch(() => null);
    if (!existing?.isFile() || existing.size !== record.bytes) return false;
    const before = this.previous?.files[rel];
    if (before && before.id === record.id) return true;
    return content !== null && (await readFile(abs)).equals(content);
  }

  async writeText(rel: string, text: string): Promise<void> {
    const content = Buffer.from(text, 'utf8');
    await this.writeBuffer(rel, content);
  }

  async writeBuffer(rel: string, content: Buffer): Promise<void> {
    const abs = this.target(rel);
    const record = { id: createHash('sha256').update(content).digest('hex'), bytes: content.length };
    if (this.files[rel]?.id === record.id) return; // already written by this export
    this.files[rel] = record;
    await this.ensureDir(abs);
    if (await this.same(abs, rel, record, content)) {
      this.unchanged++;
      return;
    }
    await this.notePending(rel);
    await writeFile(tempNameOf(abs), content);
    await rename(tempNameOf(abs), abs);
    this.written.push(rel);
  }

  /** Copies a file (an image from the cache) whose identity is `id`, without reading it when unchanged. */
  async copy(rel: string, source: string, id: string, bytes: number): Promise<void> {
    const abs = this.target(rel);
    const record = { id, bytes };
    if (this.files[rel]?.id === record.id) return; // a photo shown on two pages shares one file
    this.files[rel] = record;
    await this.ensureDir(abs);
    if (await this.same(abs, rel, record, null)) {
      this.unchanged++;
      return;
    }
    await this.notePending(rel);
    await copyFile(source, tempNameOf(abs));
    await rename(tempNameOf(abs), abs);
    this.written.push(rel);
  }

  /** Removes what the previous export wrote and this one did not, then records this export. */
  async finish(format: string): Promise<void> {
    for (const rel of Object.keys(this.previous?.files ?? {}).sort()) {
      if (this.files[rel]) continue;
      let abs: string;
      try {
        abs = this.target(rel);
      } catch {
        continue; // a tampered manifest cannot make us delete outside the folder
      }
      if (await unlink(abs).then(() => true, () => false)) this.removed.push(rel);
      for (let dir = path.dirname(abs); dir !== this.root && isInside(this.root, dir); dir = path.dirname(dir)) {
        if (!(await rmdir(dir).then(() => true, () => false))) break; // stops at the first non-empty folder
      }
    }
    const sorted = Object.fromEntries(Object.entries(this.files).sort(([a], [b]) => (a < b ? -1 : 1)));
    await this.writeManifest({ ...emptyManifest(this.options), format, files: sorted });
    await rm(path.join(this.root, PENDING_NAME), { force: true });
  }
}

function emptyManifest(options: WriterOptions): Manifest {
  return { kind: 'proceedings-export', version: 1, tripId: options.tripId, seriesId: options.seriesId, format: '', files: {} };
}

async function readPending(root: string): Promise<string[]> {
  const text = await readFile(path.join(root, PENDING_NAME), 'utf8').catch(() => '');
  return [...new Set(text.split('\n').filter(Boolean))];
}
