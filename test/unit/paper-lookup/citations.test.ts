import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { escapeTex } from '../../../electron/services/citations/bibtex';
import { exportCitations } from '../../../electron/services/citations/export';
import { splitName } from '../../../electron/services/citations/names';
import { TripDocument } from '../../../electron/shared/schemas/document';
import { Paper } from '../../../electron/shared/schemas/paper';

/** pandoc, the real BibTeX and CSL-JSON reader the test trusts. */
function pandoc(from: string, input: string): Record<string, unknown>[] {
  const run = spawnSync('pandoc', ['-f', from, '-t', 'csljson'], { input, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pandoc -f ${from} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

const at = (n: number) => `2022-10-2${n}T07:30:00.000Z`;
const paper = (n: number, fields: Record<string, unknown>) => Paper.parse({ id: `p${n}`, createdAt: at(n), updatedAt: at(n), ...fields });

const HOSTILE_TITLE = '신경장 {중괄호} $5 & 50% #1 a_b x^2 ~ C:\\path 끝';

function trip(papers: Paper[]): TripDocument {
  return TripDocument.parse({
    schemaVersion: 1,
    trip: { id: 't1', title: '텔 아비브와 ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-22', end: '2022-10-28', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', createdAt: at(1), updatedAt: at(1) },
    papers,
  });
}

const PAPERS = [
  paper(1, { key: 'arxiv:2003.12039', source: 'arxiv', url: 'https://arxiv.org/abs/2003.12039', title: 'RAFT: Recurrent All-Pairs Field Transforms for Optical Flow', authors: ['Zachary Teed', 'Jia Deng'], year: 2020, abstract: 'RAFT reaches 5.10% error &\nruns in < real time.', starred: true }),
  paper(2, { key: 'doi:10.1145/3528223.3530127', source: 'doi', url: 'https://doi.org/10.1145/3528223.3530127', title: 'Instant neural graphics primitives with a multiresolution hash encoding', authors: ['Thomas Müller', 'Alex Evans'], venue: 'ACM Transactions on Graphics', year: 2022, publicationType: 'article-journal' }),
  paper(3, { key: 'title:x', source: 'title', url: '', title: HOSTILE_TITLE, authors: ['조준우', 'Stéfan van der Walt', 'Teed, Zachary'], venue: 'ECCV 2022 워크숍 & Demo', year: 2022, starred: true }),
  paper(4, { key: 'url:example.org/raft_2', source: 'url', url: 'https://example.org/raft_2?q=a%20b#x', title: 'RAFT revisited', authors: ['Zachary Teed'], year: 2020 }),
];

describe('BibTeX export', () => {
  it('reads back through pandoc exactly as the CSL-JSON export says', () => {
    const doc = trip(PAPERS);
    const bib = exportCitations(doc, 'bibtex').text;
    const csl = JSON.parse(exportCitations(doc, 'csl-json').text) as Record<string, unknown>[];
    const read = pandoc('bibtex', bib);
    expect(read.map((r) => r.id)).toEqual(csl.map((c) => c.id));
    for (const [i, ours] of csl.entries()) {
      const theirs = read[i]!;
      for (const field of ['title', 'author', 'issued', 'URL', 'DOI', 'container-title', 'abstract'] as const) {
        expect([ours.id, field, theirs[field]]).toEqual([ours.id, field, ours[field]]);
      }
      // pandoc gives BibTeX's @misc (a preprint) no CSL type; the others map one to one.
      expect(theirs.type).toBe(ours.type === 'article' ? '' : ours.type);
    }
    // Hangul stays UTF-8, TeX specials are escaped, the title's case is protected.
    expect(bib).toContain(`title = {{${escapeTex(HOSTILE_TITLE)}}}`);
    expect(bib).toContain('신경장 \\{중괄호\\} \\$5 \\& 50\\% \\#1 a\\_b x\\^{}2 \\~{} C:\\textbackslash{}path 끝');
    expect(bib).toContain('eprint = {2003.12039}');
  });

  it('gives stable, unique keys: later papers get the suffix, a starred export keeps the same keys', () => {
    const all = exportCitations(trip(PAPERS), 'bibtex');
    expect(all.keys).toEqual([
      { paperId: 'p2', key: 'muller2022instant' },
      { paperId: 'p3', key: 'paper2022ab' },
      { paperId: 'p1', key: 'teed2020raft' },
      { paperId: 'p4', key: 'teed2020raftb' },
    ]);
    const later = paper(5, { key: 'arxiv:2099.00001', source: 'arxiv', url: 'https://arxiv.org/abs/2099.00001', title: 'The RAFT of Medusa', authors: ['Zachary Teed'], year: 2020 });
    const withNew = exportCitations(trip([later, ...PAPERS]), 'bibtex').keys;
    expect(withNew).toContainEqual({ paperId: 'p5', key: 'teed2020raftc' });
    expect(withNew.filter((k) => k.paperId !== 'p5')).toEqual(all.keys);
    const starred = exportCitations(trip(PAPERS), 'bibtex', { starred: true });
    expect(starred.keys).toEqual([{ paperId: 'p3', key: 'paper2022ab' }, { paperId: 'p1', key: 'teed2020raft' }]);
    expect(exportCitations(trip(PAPERS), 'bibtex').text).toBe(all.text);
  });

  it('an empty trip exports nothing, not a broken file', () => {
    expect(exportCitations(trip([]), 'bibtex')).toMatchObject({ text: '', count: 0 });
    expect(exportCitations(trip([]), 'csl-json').text).toBe('[]\n');
  });
});

describe('CSL-JSON export', () => {
  it('is valid CSL-JSON that pandoc reads back unchanged', () => {
    const text = exportCitations(trip(PAPERS), 'csl-json').text;
    const ours = JSON.parse(text) as Record<string, unknown>[];
    expect(pandoc('csljson', text)).toEqual(ours);
    expect(ours.find((c) => c.id === 'muller2022instant')).toEqual({
      id: 'muller2022instant',
      type: 'article-journal',
      title: 'Instant neural graphics primitives with a multiresolution hash encoding',
      author: [{ family: 'Müller', given: 'Thomas' }, { family: 'Evans', given: 'Alex' }],
      issued: { 'date-parts': [[2022]] },
      'container-title': 'ACM Transactions on Graphics',
      URL: 'https://doi.org/10.1145/3528223.3530127',
      DOI: '10.1145/3528223.3530127',
    });
  });
});

describe('author names', () => {
  it('split Western order with particles, take "Family, Given" as written, keep one-word names whole', () => {
    expect(splitName('Stéfan van der Walt')).toEqual({ family: 'Walt', given: 'Stéfan', 'non-dropping-particle': 'van der' });
    expect(splitName('Teed, Zachary')).toEqual({ family: 'Teed', given: 'Zachary' });
    expect(splitName('조준우')).toEqual({ literal: '조준우' });
    expect(splitName('Jong Hwan Ko')).toEqual({ family: 'Ko', given: 'Jong Hwan' });
  });
});
