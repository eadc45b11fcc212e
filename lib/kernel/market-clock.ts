import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { appSettings } from "@/db/schema";
import { getEnv } from "@/lib/kernel/env";
import { offsetClock, systemClock, type Clock } from "./clock";

// The market's clock: what pages, bids, closing and reservation holds all go by. On every real
// deployment it is the system clock. A test server (TEST_CLOCK=true, pretend payments only) may
// move it forward, by an offset kept in the database so every instance moves together; nothing
// else reads that offset.

const OFFSET_KEY = "test_clock_offset_ms";

export async function marketClock(): Promise<Clock> {
  if (!getEnv().testClock) return systemClock;
  return offsetClock(await testClockOffset(await getDb()));
}

/** How far the test clock runs ahead of the system clock, in milliseconds (0 when never moved). */
export async function testClockOffset(db: Pick<Database, "select">): Promise<number> {
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, OFFSET_KEY));
  return row ? Number(row.value) : 0;
}

/** Moves the test clock forward by `byMs` (in one statement, so two callers add up); returns the new offset. */
export async function moveTestClock(db: Pick<Database, "insert">, byMs: number): Promise<number> {
  const [row] = await db
    .insert(appSettings)
    .values({ key: OFFSET_KEY, value: String(byMs) })
    .onConflictDoUpdate({
      target: appSettings.key,
      set: { value: sql`(${appSettings.value}::bigint + ${byMs}::bigint)::text` },
    })
    .returning({ value: appSettings.value });
  return Number(row!.value);
}

/** Puts the test clock back on the system clock. */
export async function resetTestClock(db: Pick<Database, "delete">): Promise<void> {
  await db.delete(appSettings).where(eq(appSettings.key, OFFSET_KEY));
}
