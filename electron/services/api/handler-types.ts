import type { Contract, Method, ParsedRequest, Response } from '../../shared/contract';
import type { ServiceContext } from './context';

/**
 * One contract method's handler. It receives the request as the dispatcher's parse left it
 * (defaults filled, strings trimmed, unknown keys refused): handlers and the services they
 * call trust it and never parse it again.
 */
export type Handler<M extends Method> = (request: ParsedRequest<M>) => Promise<Response<M>>;
export type Handlers = { [M in Method]: Handler<M> };

/** The handlers of one part of the contract, typed from that part's table. */
export type HandlersOf<Part extends Partial<Contract>> = { [M in keyof Part & Method]: Handler<M> };

/** Every group of service handlers has this shape: its part of the contract, served over one context. */
export type HandlerGroup<Part extends Partial<Contract>> = (ctx: ServiceContext) => HandlersOf<Part>;
