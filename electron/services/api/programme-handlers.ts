import path from 'node:path';
import type { ServiceContext } from './context';
import type { HandlersOf } from './handler-types';
import { lookUpNewPaper } from './papers-handlers';
import type { programmeContract } from '../../shared/contract/programme';
import {
  createEntryFromSession,
  importProgramme,
  listSessions,
  programmeFacets,
  starSession,
  type ProgrammeInput,
} from '../programme/programme-service';
import { readProgramme } from '../programme/programme-store';
import { AppError } from '../util/errors';

/**
 * Handlers of the programme part of the contract. A file to import is read only
 * if main's chooser (purpose 'programme') just returned its path, so the renderer
 * can never make main read another file on the computer.
 */
export function programmeHandlers(ctx: ServiceContext): HandlersOf<typeof programmeContract> {
  const inputOf = (source: { path: string }): ProgrammeInput => {
    const absolute = ctx.chosenFiles.take('programme', source.path);
    if (!absolute) {
      throw new AppError(
        'invalid-input',
        `“${path.basename(source.path)}” was not chosen in the programme file chooser just now — choose it again with “Import programme…”.`,
      );
    }
    return { path: absolute };
  };
  return {
    'programme.import': ({ tripId, source }) => importProgramme(ctx.library, tripId, inputOf(source)),
    'programme.get': async ({ tripId }) => {
      const [sessions, facets, doc] = await Promise.all([
        listSessions(ctx.library, tripId),
        programmeFacets(ctx.library, tripId),
        readProgramme(ctx.library, tripId),
      ]);
      return { sessions, ...facets, source: doc ? doc.source : null };
    },
    'programme.star': ({ tripId, sessionId, on }) => starSession(ctx.library, tripId, sessionId, on),
    'programme.createEntry': async ({ tripId, sessionId }) => {
      const made = await createEntryFromSession(ctx.library, tripId, sessionId);
      // A session's link names its paper: look it up as a pasted link would be.
      lookUpNewPaper(ctx, tripId, made.entry.paperId, made.papers);
      return made;
    },
  };
}
