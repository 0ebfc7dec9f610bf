import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/core/api';
import { parseCommaList } from '../../../renderer/ui/Field';
import { fieldOfError } from '../../../renderer/features/editor/fieldError';

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
