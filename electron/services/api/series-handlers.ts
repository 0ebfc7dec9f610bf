import type { ServiceContext } from './context';
import type { HandlersOf } from './handler-types';
import type { seriesContract } from '../../shared/contract/series';
import { createSeries, deleteSeries, listSeries, suggestSeries, updateSeries } from '../series/arrange';
import { exportSeries } from '../export/export';

/** Handlers of the series part of the contract. */
export function seriesHandlers(ctx: ServiceContext): HandlersOf<typeof seriesContract> {
  const { library } = ctx;
  return {
    'series.list': ({ tripId }) => listSeries(library, tripId),
    'series.suggest': ({ tripId, title }) => suggestSeries(library, tripId, title),
    'series.create': ({ tripId, ...input }) => createSeries(library, tripId, input),
    'series.update': ({ tripId, seriesId, ...input }) => updateSeries(library, tripId, seriesId, input),
    'series.delete': ({ tripId, seriesId }) => deleteSeries(library, tripId, seriesId),
    'series.preview': (request) => ctx.previews.render(library, request),
    'series.export': (request) =>
      exportSeries(library, request, (done, total) =>
        ctx.emit('series:export-progress', { tripId: request.tripId, seriesId: request.seriesId, done, total }),
      ),
  };
}
