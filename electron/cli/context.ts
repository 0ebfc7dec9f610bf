import { Library } from '../services/library/library';
import { resolveLibraryRoot } from '../services/library/location';
import type { GlobalOptions } from './output';

/** Opens the library for one command: read-only commands take no lock, so they work while the app is open. */
export async function withLibrary<T>(
  opts: GlobalOptions,
  mode: 'read' | 'write',
  run: (library: Library) => Promise<T>,
): Promise<T> {
  const library = await Library.open(resolveLibraryRoot(opts.library), { owner: 'cli', readOnly: mode === 'read' });
  try {
    return await run(library);
  } finally {
    await library.close();
  }
}
