import type { journalContract } from '../../shared/contract/journal';
import { createEntry, deleteEntry, restoreEntry, updateEntry } from '../journal/entries';
import { updatePaper } from '../journal/papers';
import { createTrip, updateTrip } from '../journal/trips';
import type { ServiceContext } from './context';
import type { HandlersOf } from './handler-types';

/** Handlers of the journal part of the contract: trips, entries, papers and backups of the open library. */
export function journalHandlers({ library }: ServiceContext): HandlersOf<typeof journalContract> {
  return {
    'library.info': async () => ({ path: library.paths.root, readOnly: library.readOnly }),
    'trips.list': () => library.listTrips(),
    'trips.get': ({ tripId }) => library.trip(tripId),
    'trips.create': (input) => createTrip(library, input),
    'trips.update': ({ tripId, patch }) => updateTrip(library, tripId, patch),
    'trips.delete': async ({ tripId }) => ({ movedTo: await library.deleteTrip(tripId) }),
    'entries.create': ({ tripId, entry }) => createEntry(library, tripId, entry),
    'entries.update': ({ tripId, entryId, patch }) => updateEntry(library, tripId, entryId, patch),
    'entries.delete': ({ tripId, entryId }) => deleteEntry(library, tripId, entryId),
    'entries.restore': ({ tripId, entry }) => restoreEntry(library, tripId, entry),
    'papers.update': ({ tripId, paperId, patch }) => updatePaper(library, tripId, paperId, patch),
    'backups.list': ({ tripId }) => library.backups(tripId),
    'backups.restore': async ({ tripId, name }) => library.restoreBackup(tripId, name),
  };
}
