import type { Contract, Method, ParsedRequest, Response } from '../../shared/contract';

/**
 * One contract method's handler. It receives the request as the dispatcher's parse left it
 * (defaults filled, strings trimmed, unknown keys refused): handlers and the services they
 * call trust it and never parse it again.
 */
export type Handler<M extends Method> = (request: ParsedRequest<M>) => Promise<Response<M>>;
export type Handlers = { [M in Method]: Handler<M> };

/**
 * The handlers of one part of the contract, typed from that part's table. Every service group is
 * `(ctx: ServiceContext) => HandlersOf<typeof itsContract>`; main's own (`HostHandlers`) are the app part's.
 */
export type HandlersOf<Part extends Partial<Contract>> = { [M in keyof Part & Method]: Handler<M> };
