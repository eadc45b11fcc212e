import { describe, expect, it } from "vitest";
import { confidenceFor, maxBidFor, rangeAround, verdictFor } from "./verdict";

const fairValue = { lowCents: 28_900, typicalCents: 34_000, highCents: 39_100 };
const verdictAt = (priceCents: number) => verdictFor({ priceCents, shippingCents: 11_500, fairValue });

describe("verdict thresholds", () => {
  it("follows the documented ratio bands on price + shipping against the fair total", () => {
    // fair total 45,500: 0.85 -> 38,675 total; 1.10 -> 50,050; 1.35 -> 61,425
    expect(verdictAt(38_675 - 11_500)).toBe("great_deal");
    expect(verdictAt(38_676 - 11_500)).toBe("fair");
    // Here the high end (39,100) reaches past the 1.10 line (38,550 before shipping), so it sets the edge of fair.
    expect(verdictAt(39_100)).toBe("fair");
    expect(verdictAt(39_101)).toBe("high");
    expect(verdictAt(61_425 - 11_500)).toBe("high");
    expect(verdictAt(61_426 - 11_500)).toBe("overpriced");
  });

  it("uses the 1.10 line when the high end sits below it", () => {
    const narrow = { lowCents: 33_000, typicalCents: 34_000, highCents: 35_000 };
    expect(verdictFor({ priceCents: 50_050 - 11_500, shippingCents: 11_500, fairValue: narrow })).toBe("fair");
    expect(verdictFor({ priceCents: 50_051 - 11_500, shippingCents: 11_500, fairValue: narrow })).toBe("high");
  });

  it("puts 'don't bid above' at the high end, since shipping is on both sides", () => {
    expect(maxBidFor(fairValue, 11_500)).toBe(39_100);
  });

  it("widens the range when confidence is low", () => {
    const low = rangeAround(10_000, "low");
    const high = rangeAround(10_000, "high");
    expect(low.highCents - low.lowCents).toBeGreaterThan(high.highCents - high.lowCents);
    expect(confidenceFor(0)).toBe("low");
    expect(confidenceFor(2)).toBe("medium");
    expect(confidenceFor(5)).toBe("high");
  });
});
