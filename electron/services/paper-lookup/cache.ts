import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-file';
import type { FetchedPaper, ServiceName } from './types';

/** A not-found answer is trusted this long; a new arXiv id may appear later. */
export const NOT_FOUND_TTL_MS = 7 * 24 * 3600 * 1000;

const CachedAnswer = z.union([
  z.object({ status: z.literal('found'), service: z.string(), at: z.string(), paper: z.record(z.string(), z.unknown()) }),
  z.object({ status: z.literal('not-found'), service: z.string(), at: z.string(), reason: z.string() }),
]);
export type CachedAnswer =
  | { status: 'found'; service: ServiceName; at: string; paper: FetchedPaper }
  | { status: 'not-found'; service: ServiceName; at: string; reason: string };

/**
 * Answers kept in the library (`cache/papers/<key>.json`), so a paper looked up
 * once never asks the service again — on any trip, from the app or the CLI.
 * Written durably; an unreadable file is a miss, never an error.
 */
export class LookupCache {
  readonly dir: string;

  constructor(libraryRoot: string) {
    this.dir = path.join(libraryRoot, 'cache', 'papers');
  }

  /** "arxiv:hep-th/9901001" → a file name that stays one file and tells what it holds. */
  fileFor(key: string): string {
    const safe = encodeURIComponent(key).replace(/%/g, '_').slice(0, 180);
    return path.join(this.dir, `${safe}.json`);
  }

  async get(key: string, now = Date.now()): Promise<CachedAnswer | null> {
    let text: string;
    try {
      text = await readFile(this.fileFor(key), 'utf8');
    } catch {
      return null;
    }
    let parsed: ReturnType<typeof CachedAnswer.safeParse>;
    try {
      parsed = CachedAnswer.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
    if (!parsed.success) return null;
    const answer = parsed.data as CachedAnswer;
    if (answer.status === 'not-found' && now - Date.parse(answer.at) > NOT_FOUND_TTL_MS) return null;
    return answer;
  }

  async put(key: string, answer: CachedAnswer): Promise<void> {
    await writeFileDurably(this.fileFor(key), `${JSON.stringify({ key, ...answer }, null, 2)}\n`);
  }
}

/**
 * When a service last answered, kept in the library (`cache/rate/<service>.json`) so the
 * spacing a service asks for holds across processes. A plain write: losing it costs
 * one early request at worst, not data.
 */
export function lastAnswerStore(libraryRoot: string, service: ServiceName): { load(): Promise<number>; save(at: number): Promise<void> } {
  const dir = path.join(libraryRoot, 'cache', 'rate');
  const file = path.join(dir, `${service}.json`);
  return {
    async load() {
      const at = (JSON.parse(await readFile(file, 'utf8')) as { lastAnswerAt?: unknown }).lastAnswerAt;
      return typeof at === 'number' && Number.isFinite(at) ? at : 0;
    },
    async save(at) {
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify({ lastAnswerAt: at }));
    },
  };
}
