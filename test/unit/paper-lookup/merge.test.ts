import { describe, expect, it } from 'vitest';
import { isFetched, mergeFetched, targetFor } from '../../../electron/services/paper-lookup/merge';
import type { FetchedPaper } from '../../../electron/services/paper-lookup/types';
import { Paper } from '../../../electron/shared/schemas/paper';

const at = '2022-10-24T07:30:00.000Z';
const paper = (fields: Record<string, unknown> = {}) =>
  Paper.parse({ id: 'p1', key: 'arxiv:2003.12039', source: 'arxiv', url: 'https://arxiv.org/abs/2003.12039', createdAt: at, updatedAt: at, ...fields });
const fetched = (fields: Partial<FetchedPaper> = {}): FetchedPaper => ({
  title: 'RAFT', authors: ['Zachary Teed'], abstract: 'Flow.', venue: '', year: 2020, pdfUrl: 'https://arxiv.org/pdf/2003.12039', url: 'https://arxiv.org/abs/2003.12039', doi: '', ...fields,
});

describe('merging fetched values', () => {
  it('fills empty fields, remembers them, and refreshes them on the next lookup', () => {
    const p = paper();
    expect(mergeFetched(p, fetched()).sort()).toEqual(['abstract', 'authors', 'pdfUrl', 'title', 'year']);
    expect(isFetched(p, 'title')).toBe(true);
    expect(mergeFetched(p, fetched({ title: 'RAFT v2', year: 2021 })).sort()).toEqual(['title', 'year']);
    expect(p).toMatchObject({ title: 'RAFT v2', year: 2021 });
  });

  it('a fetched field the writer changed becomes theirs and is never refreshed', () => {
    const p = paper();
    mergeFetched(p, fetched());
    p.title = 'RAFT — 내가 고친 제목';
    p.authors = ['Z. Teed'];
    expect(mergeFetched(p, fetched({ title: 'Other', authors: ['Someone'] }))).toEqual([]);
    expect(p).toMatchObject({ title: 'RAFT — 내가 고친 제목', authors: ['Z. Teed'] });
    expect(isFetched(p, 'title')).toBe(false);
  });

  it('what a service sends obeys the record\'s rules: one-line titles, web links only, 200 authors', () => {
    const p = paper({ source: 'title', key: 'title:x', url: '' });
    mergeFetched(p, fetched({ title: 'Two\nlines\u001b[31m red', url: 'javascript:alert(1)', pdfUrl: 'file:///etc/passwd', authors: Array.from({ length: 3000 }, (_, i) => `Author ${i}`) }));
    expect(p.title).toBe('Two lines red');
    expect(p.url).toBe('');
    expect(p.pdfUrl).toBeUndefined();
    expect(p.authors).toHaveLength(200);
    // The record still validates, so the trip file will load again.
    expect(Paper.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
  });
});

describe('which service is asked', () => {
  it('follows the paper\'s link; a title-only paper is searched; a plain web page is not looked up', () => {
    expect(targetFor(paper())).toEqual({ kind: 'arxiv', id: '2003.12039' });
    expect(targetFor(paper({ source: 'arxiv', key: 'arxiv:math.GT/0309136' }))).toEqual({ kind: 'arxiv', id: 'math.GT/0309136' });
    expect(targetFor(paper({ source: 'openreview', key: 'openreview:aBcDeF12345' }))).toEqual({ kind: 'openreview', id: 'aBcDeF12345' });
    expect(targetFor(paper({ source: 'doi', key: 'doi:10.1145/3528223.3530127' }))).toEqual({ kind: 'doi', doi: '10.1145/3528223.3530127' });
    expect(targetFor(paper({ source: 'title', key: 'title:streamable neural fields', url: '', title: 'Streamable Neural Fields' }))).toEqual({ kind: 'title', title: 'Streamable Neural Fields' });
    expect(targetFor(paper({ source: 'url', key: 'url:example.org/paper', url: 'https://example.org/paper' }))).toBeNull();
  });
});
