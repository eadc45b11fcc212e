import { describe, expect, it } from "vitest";
import { mayEndEarly } from "./end-early";

const now = new Date("2026-12-01T12:00:00Z");
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("ending an auction early", () => {
  it("is free without bids, allowed with more than 12 hours left, refused to the seller in the last 12", () => {
    expect(mayEndEarly({ bidCount: 0, endsAt: hoursFromNow(1), now, isAdmin: false })).toBe(true);
    expect(mayEndEarly({ bidCount: 2, endsAt: hoursFromNow(12.1), now, isAdmin: false })).toBe(true);
    expect(mayEndEarly({ bidCount: 2, endsAt: hoursFromNow(12), now, isAdmin: false })).toBe(false);
    expect(mayEndEarly({ bidCount: 2, endsAt: hoursFromNow(1), now, isAdmin: true })).toBe(true);
  });
});
