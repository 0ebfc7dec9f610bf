import type { EntryOf, MEAL_TYPES } from '../../shared/schemas/entry';

type MealType = (typeof MEAL_TYPES)[number];

/**
 * The meal a writer meant when they did not say: read from the clock
 * (breakfast until 10:30, lunch 11:00–15:00, dinner 17:00–22:30). Outside
 * those windows there is no honest guess, so no label — never "Lunch" by default.
 */
export function inferMeal(start: string): MealType | undefined {
  const minutes = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
  if (minutes >= 5 * 60 && minutes <= 10 * 60 + 30) return 'breakfast';
  if (minutes >= 11 * 60 && minutes <= 15 * 60) return 'lunch';
  if (minutes >= 17 * 60 && minutes <= 22 * 60 + 30) return 'dinner';
  return undefined;
}

export function mealOf(entry: EntryOf<'meal'>): MealType | undefined {
  return entry.meal ?? inferMeal(entry.start);
}
