/** What time it is, asked of one place, so tests and scheduled jobs can say "now" without waiting for it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always says `at` (for tests and for a job run that must see one instant throughout). */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}
