import type { papersContract } from '../../shared/contract/papers';
import type { Paper } from '../../shared/schemas/paper';
import { exportCitations } from '../citations/export';
import { writeFileDurably } from '../library/durable-file';
import { AppError } from '../util/errors';
import type { ServiceContext } from './context';
import type { HandlersOf } from './handler-types';

/** Handlers of paper lookups and citations; the lookups themselves run in the context's service. */
export function papersHandlers(ctx: ServiceContext): HandlersOf<typeof papersContract> {
  const { library, paperLookup } = ctx;
  return {
    'papers.lookup': ({ tripId, paperIds }) => paperLookup.lookup(tripId, paperIds),
    'papers.retryPending': async () => {
      paperLookup.catchUp();
      return {};
    },
    'papers.citations': async ({ tripId, format, starred }) => {
      const { text, count, keys } = exportCitations(await library.trip(tripId), format, { starred });
      return { text, count, keys };
    },
    'papers.exportCitations': async ({ tripId, format, starred, path }) => {
      // Main writes only where its own save chooser just pointed, once.
      const file = ctx.chosenFiles.take('citations', path);
      if (!file) throw new AppError('invalid-input', 'Choose where to save the citations in the save dialog first; nothing was written.');
      const { text, count } = exportCitations(await library.trip(tripId), format, { starred });
      await writeFileDurably(file, text);
      return { file, count };
    },
  };
}

/**
 * After an entry was saved: a paper it links that was never looked up is looked up in the
 * background (fire and forget: capture never waits, and a failure only leaves the paper pending).
 */
export function lookUpNewPaper(ctx: ServiceContext, tripId: string, paperId: string | undefined, papers: Paper[]): void {
  if (!paperId || ctx.disposed) return;
  const paper = papers.find((p) => p.id === paperId);
  if (paper && !paper.lookup) ctx.paperLookup.request(tripId, paperId);
}
