import { afterAll, describe, expect, it } from "vitest";
import { systemClock } from "@/lib/kernel/clock";
import { marketClock, moveTestClock, resetTestClock, testClockOffset } from "@/lib/kernel/market-clock";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

// The end-to-end server's movable clock (TEST_CLOCK=true, as playwright.config.ts starts it). Set
// before the first read of the settings in this file, and taken away after it.
process.env.TEST_CLOCK = "true";
afterAll(() => {
  delete process.env.TEST_CLOCK;
});

const database = withTestDatabase();

describe("the test server's clock", () => {
  it("moves forward by what it is told, kept in the database, and goes back to the system clock on reset", async () => {
    const { db } = database();
    expect(await testClockOffset(db)).toBe(0);
    expect(await marketClock()).toBe(systemClock);
    expect(await moveTestClock(db, 120_000)).toBe(120_000);
    expect(await moveTestClock(db, 180_000)).toBe(300_000);
    const before = Date.now();
    const shifted = (await marketClock()).now().getTime();
    expect(shifted).toBeGreaterThanOrEqual(before + 300_000);
    expect(shifted).toBeLessThanOrEqual(Date.now() + 300_000);
    await resetTestClock(db);
    expect(await testClockOffset(db)).toBe(0);
    expect(await marketClock()).toBe(systemClock);
  });

  raceTest("adds up moves made at once, as two instances would", async () => {
    const { db } = database();
    await resetTestClock(db);
    await Promise.all(Array.from({ length: 20 }, () => moveTestClock(db, 1_000)));
    expect(await testClockOffset(db)).toBe(20_000);
    await resetTestClock(db);
  });
});
