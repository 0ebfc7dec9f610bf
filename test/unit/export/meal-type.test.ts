import { describe, expect, it } from 'vitest';
import { inferMeal } from '../../../electron/services/export/meal-type';

describe('a meal without a type (issue #9.11)', () => {
  it('is read from the clock where the guess is honest, and has no label otherwise', () => {
    expect(inferMeal('2022-10-25T07:30')).toBe('breakfast');
    expect(inferMeal('2022-10-25T12:30')).toBe('lunch');
    expect(inferMeal('2022-10-25T19:30')).toBe('dinner');
    expect(inferMeal('2022-10-25T16:00')).toBeUndefined(); // afternoon: snack or late lunch — not ours to say
    expect(inferMeal('2022-10-26T01:30')).toBeUndefined(); // after midnight
  });
});
