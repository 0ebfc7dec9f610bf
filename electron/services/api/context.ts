import type { EventName, EventPayload } from '../../shared/contract';
import type { Library } from '../library/library';
import type { ChosenFiles } from '../util/chosen-files';

/**
 * What every service handler gets: the open library and a way to push events
 * (progress) to the renderer. Main wires `emit` to webContents.send; tests
 * and the e2e harness record or forward them.
 */
export interface ServiceContext {
  library: Library;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /**
   * What the system file chooser just returned (main's host records it). Handlers that read a file the
   * renderer names read only these; without it (the CLI, unit tests) they refuse.
   */
  chosenFiles?: ChosenFiles;
}
