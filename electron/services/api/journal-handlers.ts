import type { Library } from '../library/library';
import { createEntry, deleteEntry, restoreEntry, updateEntry } from '../journal/entries';
import { updatePaper } from '../journal/papers';
import { createTrip, updateTrip } from '../journal/trips';
import type { Handlers } from './dispatch';

type JournalMethods =
  | 'library.info' | 'trips.list' | 'trips.get' | 'trips.create' | 'trips.update' | 'trips.delete'
  | 'entries.create' | 'entries.update' | 'entries.delete' | 'entries.restore' | 'papers.update'
  | 'backups.list' | 'backups.restore';

export function journalHandlers(library: Library): Pick<Handlers, JournalMethods> {
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
