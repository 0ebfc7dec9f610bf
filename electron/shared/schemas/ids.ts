import { z } from 'zod';

/** What an id looks like (trip, entry, paper, photo, series, job): also a safe file name. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** An id the renderer or the CLI sends; the library's file names use the same pattern (`library/paths.ts`). */
export const Id = z.string().regex(ID_PATTERN, 'must be an id');
