import { describe, expect, it } from "vitest";
import { secondsUntil } from "./counters";
import { rateLimitMessage, refusalSeconds, signInLimits } from "./sign-in-limits";

// The arithmetic of sign-in refusals; counting attempts against the database is in
// tests/integration/sign-in-limits.test.ts.

describe("sign-in refusals", () => {
  it("double each time a guessed pair trips its limit again within a day, up to a day", () => {
    expect([1, 2, 3, 4].map(refusalSeconds)).toEqual([15 * 60, 30 * 60, 60 * 60, 120 * 60]);
    expect(refusalSeconds(7)).toBe(16 * 60 * 60);
    expect(refusalSeconds(8)).toBe(signInLimits.longestRefusalSeconds);
    expect(refusalSeconds(40)).toBe(signInLimits.longestRefusalSeconds);
  });

  it("start at the first refusal even for a count below one", () => {
    expect(refusalSeconds(0)).toBe(signInLimits.firstRefusalSeconds);
  });

  it("tell the collector how many whole minutes to wait, rounded up, and never zero", () => {
    expect(rateLimitMessage(1)).toBe("Too many sign-in attempts. Wait 1 minute and try again.");
    expect(rateLimitMessage(60)).toBe("Too many sign-in attempts. Wait 1 minute and try again.");
    expect(rateLimitMessage(61)).toBe("Too many sign-in attempts. Wait 2 minutes and try again.");
    expect(rateLimitMessage(15 * 60)).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
    expect(rateLimitMessage(0)).toBe("Too many sign-in attempts. Wait 1 minute and try again.");
  });

  it("count the wait in whole seconds, at least one", () => {
    const now = new Date("2026-12-01T12:00:00.000Z");
    expect(secondsUntil(new Date(now.getTime() + 1500), now)).toBe(2);
    expect(secondsUntil(now, now)).toBe(1);
    expect(secondsUntil(new Date(now.getTime() - 60_000), now)).toBe(1);
  });

  it("trip for one account and address before they do for the address alone or the account", () => {
    expect(signInLimits.perAccountAndIp.points).toBeLessThan(signInLimits.perAccount.points);
    expect(signInLimits.perAccount.points).toBeLessThan(signInLimits.perIp.points);
    expect(signInLimits.perIp.points).toBeLessThan(signInLimits.perIpDaily.points);
  });
});
