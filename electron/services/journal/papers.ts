import { paperEntries } from '../../shared/domain/order';
import { isFetched } from '../../shared/domain/paper-fetched';
import { normalizePaperLink, type PaperRef } from '../../shared/domain/paper-links';
import type { TripDocument } from '../../shared/schemas/document';
import type { Entry } from '../../shared/schemas/entry';
import { Paper, PaperPatch } from '../../shared/schemas/paper';
import type { Library } from '../library/library';
import { AppError } from '../util/errors';
import { newId, nowIso } from '../util/ids';
import { parseInput } from '../util/parse-input';

export function parsePaperLink(link: string): PaperRef {
  const ref = normalizePaperLink(link);
  if (!ref) {
    throw new AppError(
      'invalid-input',
      `Invalid input — paperLink: "${link}" is not an arXiv, OpenReview, DOI or web link`,
    );
  }
  return ref;
}

/** Finds the trip's record of this paper or adds one: a talk and a poster of one paper share it. */
export function upsertPaper(doc: TripDocument, ref: PaperRef, hints: { title?: string; authors?: string[] }): Paper {
  let paper = doc.papers.find((p) => p.key === ref.key);
  const now = nowIso();
  if (!paper) {
    paper = Paper.parse({
      id: newId(),
      key: ref.key,
      source: ref.source,
      url: ref.url,
      title: hints.title ?? '',
      authors: hints.authors ?? [],
      createdAt: now,
      updatedAt: now,
    });
    doc.papers.push(paper);
    return paper;
  }
  // Fill what is still empty; never overwrite what the user wrote on the paper.
  if (!paper.title && hints.title) paper.title = hints.title;
  if (paper.authors.length === 0 && hints.authors?.length) paper.authors = hints.authors;
  if (hints.title || hints.authors) paper.updatedAt = now;
  return paper;
}

/**
 * A paper linked before the talk's title was typed (a pasted link in an empty
 * title) would stay "Untitled paper". Until it has a title of its own, the
 * paper follows the title of the entry that names it: it takes the entry's new
 * title while its own is empty, still the entry's previous one, or still what a
 * lookup fetched (the writer's words win, whether typed before or after the
 * lookup answered). A title written on the paper itself is never overwritten.
 */
export function followEntryTitle(doc: TripDocument, previous: Entry | undefined, entry: Entry): void {
  if (!entry.paperId || (entry.kind !== 'talk' && entry.kind !== 'poster')) return;
  const paper = doc.papers.find((p) => p.id === entry.paperId);
  if (!paper || !entry.title || paper.title === entry.title) return;
  const borrowed = paper.title === '' || isFetched(paper, 'title') || (previous?.paperId === paper.id && paper.title === previous.title);
  if (!borrowed) return;
  paper.title = entry.title;
  paper.updatedAt = nowIso();
}

/** The identity of a paper known by its title only: case, spacing and punctuation do not matter. */
export function titleKey(title: string): string {
  return `title:${title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

/** Finds or adds the paper recorded by this title alone (no link yet). */
export function upsertTitlePaper(doc: TripDocument, title: string, authors?: string[]): Paper {
  const key = titleKey(title);
  const byTitle = doc.papers.find((p) => p.key === key || (p.title && titleKey(p.title) === key));
  if (byTitle) {
    if (byTitle.authors.length === 0 && authors?.length) byTitle.authors = authors;
    return byTitle;
  }
  const now = nowIso();
  const paper = Paper.parse({ id: newId(), key, source: 'title', url: '', title: title.trim(), authors: authors ?? [], createdAt: now, updatedAt: now });
  doc.papers.push(paper);
  return paper;
}

/**
 * A paper known by its title gains a link: the record is upgraded in place
 * (its star, notes and other entries stay with it) unless the trip already
 * has a paper with that link, which then wins.
 */
export function giveLink(doc: TripDocument, paper: Paper, ref: PaperRef): Paper {
  if (paper.source !== 'title' || doc.papers.some((p) => p.key === ref.key)) return upsertPaper(doc, ref, { title: paper.title, authors: paper.authors });
  Object.assign(paper, { key: ref.key, source: ref.source, url: ref.url, updatedAt: nowIso() });
  return paper;
}

/** Unchecked input (scripts, tests): parsed once here, then `updateParsedPaper`. */
export async function updatePaper(library: Library, tripId: string, paperId: string, patchInput: unknown): Promise<Paper> {
  return updateParsedPaper(library, tripId, paperId, parseInput(PaperPatch, patchInput, 'patch'));
}

/** Applies a patch the edge (dispatcher, CLI) has parsed. */
export async function updateParsedPaper(library: Library, tripId: string, paperId: string, patch: PaperPatch): Promise<Paper> {
  const doc = await library.trip(tripId);
  if (!doc.papers.some((p) => p.id === paperId)) throw new AppError('not-found', `There is no paper "${paperId}" in this trip.`);
  return library.mutate(tripId, (d) => {
    // Look it up in the document being changed: after a restore the one read above is stale.
    const paper = d.papers.find((p) => p.id === paperId);
    if (!paper) throw new AppError('not-found', `There is no paper "${paperId}" in this trip.`);
    Object.assign(paper, patch, { updatedAt: nowIso() });
    return paper;
  });
}

/** Every entry that mentions each paper (talks, posters…), in time order. */
export function entriesByPaper(doc: TripDocument): Map<string, string[]> {
  return new Map([...paperEntries(doc.entries)].map(([paperId, entries]) => [paperId, entries.map((e) => e.id)]));
}
