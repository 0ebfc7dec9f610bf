/**
 * Imported first by every photos test: the computer's zone is New York while
 * the trip is in Tel Aviv, so any capture time read in the host's zone would
 * be off by 7 hours and fail the assertions.
 */
process.env.TZ = 'America/New_York';

export const HOST_ZONE = 'America/New_York';

/** Proves the host zone really is in effect (New York is UTC−4 on 2022-10-24). */
export function hostOffsetMinutes(): number {
  return new Date(2022, 9, 24, 12, 0, 0).getTimezoneOffset();
}
