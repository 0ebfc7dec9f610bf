import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/core/api';
import { parseCommaList } from '../../../renderer/ui/Field';
import { fieldOfError } from '../../../renderer/features/editor/fieldError';
import { composeLocal, splitLocal, startAndEnd } from '../../../renderer/features/editor/timeFields';

describe('editor times', () => {
  it('shows a small-hours time on the day it belongs to, and stores it on the next date', () => {
    expect(splitLocal('2022-10-25T01:30', 4)).toEqual({ day: '2022-10-24', time: '01:30' });
    expect(composeLocal('2022-10-24', '01:30', 4)).toBe('2022-10-25T01:30');
    expect(composeLocal('2022-10-24', '10:30', 4)).toBe('2022-10-24T10:30');
  });

  it('runs an end before the start past midnight and clears an empty end', () => {
    expect(startAndEnd('2022-10-24', '21:00', '00:30', 4)).toEqual({ start: '2022-10-24T21:00', end: '2022-10-25T00:30' });
    expect(startAndEnd('2022-10-24', '10:30', '10:45', 4)).toEqual({ start: '2022-10-24T10:30', end: '2022-10-24T10:45' });
    expect(startAndEnd('2022-10-24', '10:30', '', 4)).toEqual({ start: '2022-10-24T10:30', end: null });
  });
});

describe('fieldOfError', () => {
  it('finds the field in the issue paths the service sends', () => {
    const error = new ApiError({ code: 'invalid-input', message: 'Invalid input — patch.place.lat: too big', details: { issues: [{ path: ['patch', 'place', 'lat'], message: 'too big' }] } });
    expect(fieldOfError(error, ['title', 'place'])).toBe('place');
  });

  it('finds the field named in the message', () => {
    const paper = new ApiError({ code: 'invalid-input', message: 'Invalid input — paperLink: "x" is not an arXiv, OpenReview, DOI or web link' });
    expect(fieldOfError(paper, ['paperLink'])).toBe('paperLink');
    const end = new ApiError({ code: 'invalid-input', message: 'Invalid input — end: must not be before start' });
    expect(fieldOfError(end, ['start', 'end'])).toBe('end');
    const foreign = new ApiError({ code: 'invalid-input', message: 'Invalid input — "dish" is not a field of a talk' });
    expect(fieldOfError(foreign, ['title', 'dish'])).toBe('dish');
  });

  it('names no field when the error is about none that was sent', () => {
    expect(fieldOfError(new ApiError({ code: 'io', message: 'The library is closed.' }), ['title'])).toBeNull();
    expect(fieldOfError(new Error('boom'), ['title'])).toBeNull();
  });
});

describe('comma lists', () => {
  it('splits on ASCII, full-width and ideographic commas and drops blanks', () => {
    expect(parseCommaList('Taesung Park, Alexei Efros,  ')).toEqual(['Taesung Park', 'Alexei Efros']);
    expect(parseCommaList('김지수，이민호、박서연')).toEqual(['김지수', '이민호', '박서연']);
  });
});
