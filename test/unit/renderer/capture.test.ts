import { describe, expect, it } from 'vitest';
import { captureStart, mealAt, wallClockInZone } from '../../../renderer/features/capture/now';
import { looksLikePaperLink } from '../../../renderer/features/capture/paperLink';

describe('looksLikePaperLink', () => {
  it.each([
    'https://arxiv.org/abs/2007.10909v2',
    'arxiv.org/pdf/2007.10909.pdf',
    'http://export.arxiv.org/abs/hep-th/9901001',
    'arXiv:2007.10909',
    '2007.10909',
    ' https://openreview.net/forum?id=B1xsqj09Fm ',
    'https://openreview.net/pdf?id=B1xsqj09Fm',
    'https://doi.org/10.1109/CVPR52688.2022.01234',
    'doi:10.1145/3528223.3530127',
    '10.48550/arXiv.2007.10909',
  ])('%s is a paper link', (text) => expect(looksLikePaperLink(text)).toBe(true));

  it.each([
    'Contrastive Learning for Unpaired Image-to-Image Translation',
    '비지도 이미지 변환 발표',
    'https://example.com/blog/post',
    'https://openreview.net/group?id=ECCV',
    'arxiv 2007.10909 is great',
    '',
  ])('%s is not', (text) => expect(looksLikePaperLink(text)).toBe(false));
});

describe('now in the trip zone', () => {
  const trip = { start: '2022-10-23', end: '2022-10-27', travelDaysBefore: 1, travelDaysAfter: 1, timeZone: 'Asia/Jerusalem', dayStartHour: 4 };

  it('reads the wall clock in the venue zone, whatever the computer zone', () => {
    // 07:34 UTC is 10:34 in Tel Aviv (IDT, UTC+3) and 16:34 in Seoul.
    const at = new Date('2022-10-24T07:34:56Z');
    expect(wallClockInZone('Asia/Jerusalem', at)).toBe('2022-10-24T10:34');
    expect(wallClockInZone('Asia/Seoul', at)).toBe('2022-10-24T16:34');
    // Midnight is 00, not 24.
    expect(wallClockInZone('UTC', new Date('2022-10-24T00:05:00Z'))).toBe('2022-10-24T00:05');
  });

  it('captures at now on a trip day (travel days included)', () => {
    expect(captureStart(trip, '2022-10-25', new Date('2022-10-24T07:34:00Z'))).toBe('2022-10-24T10:34');
    expect(captureStart(trip, '2022-10-25', new Date('2022-10-22T20:00:00Z'))).toBe('2022-10-22T23:00');
  });

  it('keeps a 01:30 capture on the trip when it belongs to the last evening', () => {
    // 01:30 on the 29th belongs to the 28th, the travel day after.
    expect(captureStart(trip, '2022-10-25', new Date('2022-10-28T22:30:00Z'))).toBe('2022-10-29T01:30');
  });

  it('uses the selected day at the current wall-clock time when today is no trip day', () => {
    const later = new Date('2023-03-01T12:15:00Z'); // 14:15 in Jerusalem
    expect(captureStart(trip, '2022-10-25', later)).toBe('2022-10-25T14:15');
    expect(captureStart(trip, null, later)).toBe('2022-10-23T14:15');
    expect(captureStart(trip, '1999-01-01', later)).toBe('2022-10-23T14:15');
  });

  it('puts a small-hours capture on the next date so it stays on the selected day', () => {
    const smallHours = new Date('2023-03-01T00:30:00Z'); // 02:30 in Jerusalem
    expect(captureStart(trip, '2022-10-25', smallHours)).toBe('2022-10-26T02:30');
  });

  it('guesses the meal from the time', () => {
    expect(mealAt('2022-10-24T07:45')).toBe('breakfast');
    expect(mealAt('2022-10-24T12:30')).toBe('lunch');
    expect(mealAt('2022-10-24T16:00')).toBe('snack');
    expect(mealAt('2022-10-24T19:30')).toBe('dinner');
    expect(mealAt('2022-10-25T01:30')).toBe('dinner');
  });
});
