import { isFetched } from '../../electron/shared/domain/paper-fetched';
import { FetchableField, type Paper } from '../../electron/shared/schemas/paper';

/** What the paper's lookup line says. */
export type LookupState =
  | { kind: 'looking' }
  | { kind: 'off' }
  | { kind: 'web' }
  | { kind: 'no-title' }
  | { kind: 'found'; service: string }
  | { kind: 'pending'; reason: string }
  | { kind: 'not-found'; service: string; reason: string };

/**
 * The lookup status as the writer should read it. A paper main has not answered for yet is
 * "looking up" while lookups are on (main asks for every such paper), and waits for them otherwise.
 */
export function lookupState(paper: Paper, lookupsOn: boolean, busy = false): LookupState {
  if (busy) return { kind: 'looking' };
  if (paper.source === 'url') return { kind: 'web' };
  if (paper.source === 'title' && !paper.title.trim()) return { kind: 'no-title' };
  const lookup = paper.lookup;
  if (lookup?.status === 'found') return { kind: 'found', service: lookup.service ?? '' };
  // A title is searched on arXiv, then on Crossref: "not found" means on both.
  if (lookup?.status === 'not-found') return { kind: 'not-found', service: paper.source === 'title' ? 'title' : (lookup.service ?? ''), reason: lookup.reason ?? '' };
  if (!lookupsOn) return { kind: 'off' };
  if (lookup?.status === 'pending') return { kind: 'pending', reason: lookup.reason ?? '' };
  return { kind: 'looking' };
}

/** Which filled fields came from a lookup and which the writer typed (the fetched mark no longer matches). */
export function provenance(paper: Paper): { fetched: FetchableField[]; typed: FetchableField[] } {
  const filled = FetchableField.options.filter((f) => {
    const v = paper[f];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  // The link is the writer's paste (or a normalised form of it); only what a lookup can tell is listed.
  const shown = filled.filter((f) => f !== 'url' && f !== 'publicationType');
  return { fetched: shown.filter((f) => isFetched(paper, f)), typed: shown.filter((f) => !isFetched(paper, f)) };
}
