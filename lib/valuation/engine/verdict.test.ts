import { describe, expect, it } from "vitest";
import { confidenceFor, maxBidFor, rangeAround, verdictFor } from "./verdict";

const fairValue = { lowCents: 28_900, typicalCents: 34_000, highCents: 39_100 };
const verdictAt = (priceCents: number, shippingCents = 11_500) =>
  verdictFor({ priceCents, shippingCents, fairValue });

describe("verdict bands", () => {
  it("judges the item's price against the item's fair value: 0.85 × typical, the high end, 1.35 × typical", () => {
    expect(verdictAt(28_900)).toBe("great_deal");
    expect(verdictAt(28_901)).toBe("fair");
    expect(verdictAt(39_100)).toBe("fair");
    expect(verdictAt(39_101)).toBe("high");
    expect(verdictAt(45_900)).toBe("high");
    expect(verdictAt(45_901)).toBe("overpriced");
  });

  it("gives the same verdict for every shipping cost", () => {
    for (const price of [20_000, 36_000, 39_100, 42_000, 80_000]) {
      expect(verdictAt(price, 29_000)).toBe(verdictAt(price, 11_500));
      expect(verdictAt(price, 0)).toBe(verdictAt(price, 11_500));
    }
  });

  it("puts 'don't bid above' at the verdict's own edge of fair: a bid above it is never fair", () => {
    const limit = maxBidFor(fairValue);
    expect(limit).toBe(39_100);
    expect(verdictAt(limit)).toBe("fair");
    expect(verdictAt(limit + 1)).toBe("high");
  });

  it("widens the range when confidence is low, and a stated fair price lifts its high end", () => {
    const low = rangeAround(10_000, "low");
    const high = rangeAround(10_000, "high");
    expect(low.highCents - low.lowCents).toBeGreaterThan(high.highCents - high.lowCents);
    expect(rangeAround(34_000, "high", 39_999).highCents).toBe(39_999);
    expect(rangeAround(50_000, "high", 39_999).highCents).toBe(53_000);
    expect(confidenceFor(0)).toBe("low");
    expect(confidenceFor(2)).toBe("medium");
    expect(confidenceFor(5)).toBe("high");
  });
});
