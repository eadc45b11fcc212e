// What time it is, asked of one place. Code that decides by the time (an auction's end, the
// last-two-minutes extension, how long a reservation holds) takes a clock or a `now`, so a test can
// say "two minutes later" instead of waiting two minutes.

export type Clock = { now(): Date };

/** The machine's clock (kept in step by NTP on every instance). */
export const systemClock: Clock = { now: () => new Date() };

/** Always the same moment. */
export function fixedClock(at: Date | string | number): Clock {
  const ms = new Date(at).getTime();
  return { now: () => new Date(ms) };
}

/** Another clock moved by `offsetMs` (forward when positive). */
export function offsetClock(offsetMs: number, base: Clock = systemClock): Clock {
  if (offsetMs === 0) return base;
  return { now: () => new Date(base.now().getTime() + offsetMs) };
}
