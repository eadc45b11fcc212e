// A small seeded pseudo-random generator, so the demo catalogue is the same on every run.

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** True with the given probability. */
  chance: (p: number) => boolean;
  /** Roughly normal noise with mean 0 and the given spread (sum of uniforms). */
  noise: (spread: number) => number;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
    noise: (spread) => ((next() + next() + next() - 1.5) / 1.5) * spread,
  };
}

/** Rounds cents to a price a person would ask: whole dollars, ending in 0 or 5 above $100. */
export function humanPrice(cents: number): number {
  const dollars = cents / 100;
  if (dollars < 100) return Math.max(1, Math.round(dollars)) * 100;
  if (dollars < 2000) return Math.round(dollars / 5) * 500;
  return Math.round(dollars / 50) * 5000;
}

const DAY = 24 * 60 * 60 * 1000;

/** A moment `days` (fractional allowed) before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY);
}
