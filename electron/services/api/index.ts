import type { appContract } from '../../shared/contract/app';
import { createDispatcher } from './dispatch';
import { serviceContext, type ServiceContext, type ServiceContextInit } from './context';
import type { Handlers, HandlersOf } from './handler-types';
import { journalHandlers } from './journal-handlers';
import { papersHandlers } from './papers-handlers';
import { photosHandlers } from './photos-handlers';
import { programmeHandlers } from './programme-handlers';
import { seriesHandlers } from './series-handlers';

export type { Handler, Handlers, HandlersOf } from './handler-types';
export type { ServiceContext, ServiceContextInit } from './context';
export { createServiceContext } from './context';
export { ChosenFiles } from '../util/chosen-files';
export { createDispatcher } from './dispatch';

/** Handlers only the main process can provide (system browser, dialogs…); tests pass fakes. */
export type HostHandlers = HandlersOf<typeof appContract>;

/** Every handler of the contract: the services' over one context, plus the host's own. */
export function createServiceHandlers(ctx: ServiceContext | ServiceContextInit, host: HostHandlers): Handlers {
  const context = serviceContext(ctx);
  return {
    ...journalHandlers(context),
    ...photosHandlers(context),
    ...seriesHandlers(context),
    ...papersHandlers(context),
    ...programmeHandlers(context),
    ...host,
  };
}

/**
 * The dispatcher over the services. Pass a context made with `createServiceContext` when its
 * long work must be stopped later (main disposes it on quit); a plain init gets a context of
 * its own that nobody disposes — fine for tests whose library goes away with them.
 */
export function createServiceDispatcher(ctx: ServiceContext | ServiceContextInit, host: HostHandlers) {
  return createDispatcher(createServiceHandlers(ctx, host));
}
