import type { EventName, EventPayload } from '../../shared/contract';
import type { Library } from '../library/library';
import { PreviewRenderer } from '../export/preview-worker-client';
import { PaperLookupService, type PaperLookupOptions } from '../paper-lookup/lookup-service';
import { PhotoJobs } from '../photos/jobs';
import type { JobOptions } from '../photos/import-job';
import { ChosenFiles } from '../util/chosen-files';

/** What the host (main, the e2e harness, a test) brings: the open library and where events go. */
export interface ServiceContextInit {
  library: Library;
  /** Main wires this to the window (`sendEvent`); tests and the e2e harness record or forward. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Shared with a host that records its chooser's answers elsewhere first; the context makes its own otherwise. */
  chosenFiles?: ChosenFiles;
  /** How photo jobs run (tests make them small or slow); the defaults suit the app. */
  photoJobOptions?: JobOptions;
  /**
   * Paper lookups (the preference, base URLs). Absent: lookups are off, so a test or host that
   * says nothing never reaches the internet; main passes the saved preference.
   */
  paperLookups?: Omit<PaperLookupOptions, 'onPaperChanged'>;
}

/**
 * What every handler group gets, and the home of work that outlives a request:
 * photo imports and media rebuilds run in `photoJobs` after their request has
 * answered. Whoever creates the context disposes it — main on quit, the e2e
 * harness after a spec — so a running import is cancelled, not cut off.
 */
export interface ServiceContext extends ServiceContextInit {
  readonly photoJobs: PhotoJobs;
  /** Fills papers in from arXiv, OpenReview and Crossref in the background; each change is a `paper:changed` event. */
  readonly paperLookup: PaperLookupService;
  /** Series previews render on a worker thread, so a 90-entry part never stalls other requests (issue #16). */
  readonly previews: PreviewRenderer;
  /**
   * What the system file chooser just returned (main's host records it here). Handlers that read a
   * file the renderer names read only these; nothing chosen (the CLI, unit tests) means refused.
   */
  readonly chosenFiles: ChosenFiles;
  /** True once `dispose` began: long work is refused from then on. */
  readonly disposed: boolean;
  /**
   * Cancels every photo job and waits until each has stopped, and stops the preview thread. What a
   * job committed stays in the journal (it saves in batches as it goes); files it had not reached are
   * reported cancelled. Paper lookups stop sending; papers still waiting stay pending for the next start.
   */
  dispose(): Promise<void>;
}

export function createServiceContext(init: ServiceContextInit): ServiceContext {
  const photoJobs = new PhotoJobs(init.library, (payload) => init.emit('photos:progress', payload), init.photoJobOptions);
  const paperLookup = new PaperLookupService(init.library, {
    ...(init.paperLookups ?? { enabled: false }),
    onPaperChanged: (tripId, paper) => init.emit('paper:changed', { tripId, paper }),
  });
  const previews = new PreviewRenderer();
  let disposing: Promise<void> | null = null;
  return {
    ...init,
    photoJobs,
    paperLookup,
    previews,
    chosenFiles: init.chosenFiles ?? new ChosenFiles(),
    get disposed() {
      return disposing !== null;
    },
    dispose() {
      disposing ??= Promise.all([photoJobs.stopAll(), paperLookup.dispose(), previews.close()]).then(() => undefined);
      return disposing;
    },
  };
}

/** The context itself, or one made from what the caller brought (tests that never dispose pass an init). */
export function serviceContext(from: ServiceContext | ServiceContextInit): ServiceContext {
  return 'dispose' in from ? from : createServiceContext(from);
}
