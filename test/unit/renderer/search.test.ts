import { describe, expect, it } from 'vitest';
import { TripDocument } from '../../../electron/shared/schemas/document';
import { findMatch, matches, normalizeText } from '../../../renderer/features/search/hangul';
import { flattenHits, searchTrip } from '../../../renderer/features/search/searchTrip';

const NOW = '2022-10-20T00:00:00.000Z';
const stamp = { createdAt: NOW, updatedAt: NOW };

/** A small ECCV trip: a talk and a poster of one paper, a lunch, a person, a train ride. */
const doc = TripDocument.parse({
  schemaVersion: 1,
  trip: { id: 't1', title: 'ECCV', start: '2022-10-23', end: '2022-10-27', timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', ...stamp },
  entries: [
    { id: 'poster', kind: 'poster', start: '2022-10-24T15:00', title: 'Contrastive Learning for Unpaired Translation', paperId: 'p1', qa: [{ id: 'q1', question: '코드와 데이터셋은 공개되나요?', answer: '네, 다음 달에.', askedBy: 'other', asker: '김지수' }], ...stamp },
    { id: 'talk', kind: 'talk', start: '2022-10-24T10:30', title: 'Contrastive Learning (oral)', speakers: ['Taesung Park'], session: 'Oral 1.2', paperId: 'p1', ...stamp },
    { id: 'lunch', kind: 'meal', start: '2022-10-24T12:30', title: '점심', dish: '후무스와 팔라펠', place: { name: 'Carmel Market' }, ...stamp },
    { id: 'person', kind: 'person', start: '2022-10-25T01:30', name: 'Jun-Yan Zhu', affiliation: 'Carnegie Mellon University', ...stamp },
    { id: 'train', kind: 'travel', start: '2022-10-26T08:00', title: 'Day trip', from: 'Tel Aviv', to: '예루살렘', ...stamp },
  ],
  papers: [
    { id: 'p1', key: 'arxiv:2007.10909', source: 'arxiv', url: 'https://arxiv.org/abs/2007.10909', title: 'Contrastive Learning for Unpaired Image-to-Image Translation', authors: ['Taesung Park', 'Alexei A. Efros'], ...stamp },
    { id: 'p2', key: 'doi:10.1000/xyz', source: 'doi', url: 'https://doi.org/10.1000/xyz', title: 'Another paper', starred: true, ...stamp },
  ],
});

describe('Hangul-aware matching', () => {
  it('compares in NFC and ignoring case', () => {
    const decomposed = '발표'.normalize('NFD');
    expect(decomposed).not.toBe('발표');
    expect(matches(`오늘의 ${decomposed}`, '발표')).toBe(true);
    expect(matches('오늘의 발표', decomposed)).toBe(true);
    expect(matches('CycleGAN', 'cyclegan')).toBe(true);
    expect(normalizeText('ÉCOLE')).toBe('école');
  });

  it('matches a query of initial consonants against syllables', () => {
    expect(matches('후무스와 팔라펠', 'ㅍㄹㅍ')).toBe(true);
    expect(matches('후무스와 팔라펠', 'ㅍㄹㅁ')).toBe(false);
  });

  it('matches the syllable the IME is still composing as a prefix', () => {
    expect(matches('발표 요약', '바')).toBe(true); // 바 → 발
    expect(matches('바로 그 논문', '발')).toBe(true); // 발 on the way to 바로
    expect(matches('발표', '밥')).toBe(false);
    expect(matches('발표', '표발')).toBe(false);
    // Only the last syllable is partial: earlier ones must be whole.
    expect(matches('발표', '바표')).toBe(false);
  });

  it('reports where the match starts', () => {
    expect(findMatch(normalizeText('학회 발표'), normalizeText('ㅂㅍ'))).toBe(3);
    expect(findMatch('abc', '')).toBe(-1);
  });
});

describe('searchTrip', () => {
  it('finds a Q&A answer and question text, in the Q&A group, with the entry and its day', () => {
    const hits = searchTrip(doc, '데이터셋');
    expect(hits.qa).toEqual([expect.objectContaining({ entryId: 'poster', day: '2022-10-24', snippet: '코드와 데이터셋은 공개되나요?' })]);
    expect(flattenHits(hits)).toHaveLength(1);
    expect(searchTrip(doc, '김지수').qa.map((h) => h.entryId)).toEqual(['poster']);
  });

  it('lists each entry once, in time order, under its first matching field', () => {
    const hits = searchTrip(doc, 'contrastive');
    expect(hits.entries.map((h) => h.entryId)).toEqual(['talk', 'poster']);
    expect(hits.papers.map((h) => h.paperId)).toEqual(['p1']);
    expect(hits.papers[0]).toMatchObject({ entryId: 'talk', day: '2022-10-24' });
  });

  it('finds people by name, affiliation and as speakers', () => {
    expect(searchTrip(doc, 'carnegie').people).toEqual([expect.objectContaining({ entryId: 'person', title: 'Jun-Yan Zhu', day: '2022-10-24' })]);
    expect(searchTrip(doc, 'taesung').people.map((h) => h.entryId)).toEqual(['talk']);
  });

  it('finds places, travel ends and dishes', () => {
    expect(searchTrip(doc, 'carmel').places.map((h) => h.entryId)).toEqual(['lunch']);
    expect(searchTrip(doc, '예루살렘').places.map((h) => h.entryId)).toEqual(['train']);
    expect(searchTrip(doc, '팔라펠').entries.map((h) => h.entryId)).toEqual(['lunch']);
  });

  it('finds papers by title, authors and key; starred first; a paper on no entry has no entry to open', () => {
    expect(searchTrip(doc, 'efros').papers.map((h) => h.paperId)).toEqual(['p1']);
    expect(searchTrip(doc, '2007.10909').papers.map((h) => h.paperId)).toEqual(['p1']);
    const both = searchTrip(doc, 'paper');
    expect(both.papers.map((h) => h.paperId)).toEqual(['p2']);
    expect(both.papers[0]!.entryId).toBeUndefined();
    expect(searchTrip(doc, 'a').papers.map((h) => h.paperId)).toEqual(['p2', 'p1']);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(flattenHits(searchTrip(doc, '   '))).toEqual([]);
  });
});
