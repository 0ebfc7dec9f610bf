import type { journalContract } from '../../shared/contract/journal';
import type { Paper } from '../../shared/schemas/paper';
import { createParsedEntry, deleteEntry, restoreEntry, updateParsedEntry } from '../journal/entries';
import { openTrip, tripPhotos } from '../journal/open-trip';
import { updateParsedPaper } from '../journal/papers';
import { createParsedTrip, updateParsedTrip } from '../journal/trips';
import type { ServiceContext } from './context';
import type { HandlersOf } from './handler-types';
import { lookUpNewPaper } from './papers-handlers';

/**
 * Handlers of the journal part of the contract: trips, entries, papers and backups of the open library.
 * Requests arrive parsed by the dispatcher, so they go to the services' parsed entry points.
 */
export function journalHandlers(ctx: ServiceContext): HandlersOf<typeof journalContract> {
  const { library } = ctx;
  // An entry that links (or creates) a paper starts its lookup; the answer comes later as a `paper:changed` event.
  const withLookup = async <R extends { entry: { paperId?: string }; papers: Paper[] }>(tripId: string, result: Promise<R>): Promise<R> => {
    const done = await result;
    lookUpNewPaper(ctx, tripId, done.entry.paperId, done.papers);
    return done;
  };
  return {
    'library.info': async () => ({ path: library.paths.root, readOnly: library.readOnly }),
    'trips.list': () => library.listTrips(),
    'trips.get': ({ tripId }) => library.trip(tripId),
    'trips.open': ({ tripId }) => openTrip(library, tripId),
    'trips.photos': ({ tripId, offset, limit }) => tripPhotos(library, tripId, offset, limit),
    'trips.create': (input) => createParsedTrip(library, input),
    'trips.update': ({ tripId, patch }) => updateParsedTrip(library, tripId, patch),
    'trips.delete': async ({ tripId }) => ({ movedTo: await library.deleteTrip(tripId) }),
    'entries.create': ({ tripId, entry }) => withLookup(tripId, createParsedEntry(library, tripId, entry)),
    'entries.update': ({ tripId, entryId, patch }) => withLookup(tripId, updateParsedEntry(library, tripId, entryId, patch)),
    'entries.delete': ({ tripId, entryId }) => deleteEntry(library, tripId, entryId),
    'entries.restore': ({ tripId, entry }) => withLookup(tripId, restoreEntry(library, tripId, entry)),
    'papers.update': ({ tripId, paperId, patch }) => updateParsedPaper(library, tripId, paperId, patch),
    'backups.list': ({ tripId }) => library.backups(tripId),
    'backups.restore': async ({ tripId, name }) => library.restoreBackup(tripId, name),
  };
}
