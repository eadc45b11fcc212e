import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";

// Fixed-window counters in the rate_limits table, so every app instance sees the same attempts.
// The clock is passed in: tests move it instead of waiting.

export type Window = { points: number; durationSeconds: number };
export type CounterState = { points: number; expiresAt: Date };

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Adds one to `key` (starting a new window when the last one is over) and returns the count. */
export async function countHit(key: string, window: Window, now: Date): Promise<CounterState> {
  const db = await getDb();
  const until = new Date(now.getTime() + window.durationSeconds * 1000);
  const expired = sql`(${rateLimits.expire} is null or ${rateLimits.expire} <= ${at(now)})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, points: 1, expire: until })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        points: sql`case when ${expired} then 1 else ${rateLimits.points} + 1 end`,
        expire: sql`case when ${expired} then ${at(until)} else ${rateLimits.expire} end`,
      },
    })
    .returning({ points: rateLimits.points, expire: rateLimits.expire });
  return { points: row!.points, expiresAt: row!.expire ?? until };
}

/** Current counts of still-running windows, by key (missing keys count zero). */
export async function readCounters(keys: readonly string[], now: Date): Promise<Map<string, CounterState>> {
  const db = await getDb();
  const rows = await db
    .select({ key: rateLimits.key, points: rateLimits.points, expire: rateLimits.expire })
    .from(rateLimits)
    .where(sql`${inArray(rateLimits.key, [...keys])} and ${rateLimits.expire} > ${at(now)}`);
  return new Map(rows.map((r) => [r.key, { points: r.points, expiresAt: r.expire! }]));
}

/** Marks `key` as held until `until` (a block), whatever it counted before. */
export async function holdUntil(key: string, until: Date): Promise<void> {
  const db = await getDb();
  await db
    .insert(rateLimits)
    .values({ key, points: 1, expire: until })
    .onConflictDoUpdate({ target: rateLimits.key, set: { points: 1, expire: until } });
}

/** Takes back one hit from each running window (an attempt that turned out fine). */
export async function refundHit(keys: readonly string[], now: Date): Promise<void> {
  const db = await getDb();
  await db
    .update(rateLimits)
    .set({ points: sql`greatest(${rateLimits.points} - 1, 0)` })
    .where(sql`${inArray(rateLimits.key, [...keys])} and ${rateLimits.expire} > ${at(now)}`);
}

export async function clearCounters(keys: readonly string[]): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(inArray(rateLimits.key, [...keys]));
}

/** Drops windows that are over, so guessed emails and addresses do not pile up. */
export async function deleteExpiredCounters(now: Date): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(sql`${rateLimits.expire} <= ${at(now)}`);
}

/** Seconds from `now` to `date`, at least one. */
export function secondsUntil(date: Date, now: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 1000));
}
