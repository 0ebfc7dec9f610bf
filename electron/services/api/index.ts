import { createDispatcher, type Handlers } from './dispatch';
import type { ServiceContext } from './context';
import { journalHandlers } from './journal-handlers';
import { photosHandlers } from './photos-handlers';
import { programmeHandlers } from './programme-handlers';
import { seriesHandlers } from './series-handlers';

export type { Handlers } from './dispatch';
export type { ServiceContext } from './context';
export { ChosenFiles } from '../util/chosen-files';
export { createDispatcher } from './dispatch';

/** Handlers only the main process can provide (system browser, dialogs…); tests pass fakes. */
export type HostHandlers = Pick<
  Handlers,
  'app.openExternal' | 'app.flushed' | 'app.setPreferences' | 'app.getPreferences' | 'app.chooseFiles' | 'app.chooseFolder' | 'app.openExport'
>;

/** Every handler of the contract: the services' over one library, plus the host's own. */
export function createServiceHandlers(ctx: ServiceContext, host: HostHandlers): Handlers {
  return {
    ...journalHandlers(ctx.library),
    ...photosHandlers(ctx),
    ...seriesHandlers(ctx),
    ...programmeHandlers(ctx),
    ...host,
  };
}

export function createServiceDispatcher(ctx: ServiceContext, host: HostHandlers) {
  return createDispatcher(createServiceHandlers(ctx, host));
}
