import type { ServiceContext } from './context';
import type { Handlers } from './dispatch';
import type { photosContract } from '../../shared/contract/photos';

/** Handlers of the photos part of the contract. */
export function photosHandlers(_ctx: ServiceContext): Pick<Handlers, keyof typeof photosContract> {
  return {};
}
