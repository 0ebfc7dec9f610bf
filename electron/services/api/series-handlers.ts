import type { ServiceContext } from './context';
import type { Handlers } from './dispatch';
import type { seriesContract } from '../../shared/contract/series';

/** Handlers of the series part of the contract. */
export function seriesHandlers(_ctx: ServiceContext): Pick<Handlers, keyof typeof seriesContract> {
  return {};
}
