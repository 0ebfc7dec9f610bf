import type { EventName, EventPayload } from '../../shared/contract';
import type { Library } from '../library/library';

/**
 * What every service handler gets: the open library and a way to push events
 * (progress) to the renderer. Main wires `emit` to webContents.send; tests
 * and the e2e harness record or forward them.
 */
export interface ServiceContext {
  library: Library;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
