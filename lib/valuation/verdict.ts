import type { Confidence, FairValue, Verdict } from "./types";

// Verdict, range and "don't bid above". The thresholds are ours.

/**
 * The verdict compares what the buyer pays in all with the fair total at the typical value:
 *   ratio = (price + shipping) / (typical + shipping)
 *   ratio <= 0.85                           great deal
 *   ratio <= 1.10, or price <= the high end  fair
 *   ratio <= 1.35                           high
 *   above                                   overpriced
 * Each band starts where the one before ends and the ratio grows with the price, so a higher price
 * never earns a better verdict.
 */
export function verdictFor(input: { priceCents: number; shippingCents: number; fairValue: FairValue }): Verdict {
  const { priceCents, shippingCents, fairValue } = input;
  const ratio = (priceCents + shippingCents) / Math.max(1, fairTotalCents(fairValue.typicalCents, shippingCents));
  if (ratio <= 0.85) return "great_deal";
  if (ratio <= 1.1 || priceCents <= fairValue.highCents) return "fair";
  if (ratio <= 1.35) return "high";
  return "overpriced";
}

/** What the item fairly costs delivered: typical value + shipping. */
export function fairTotalCents(typicalCents: number, shippingCents: number): number {
  return typicalCents + shippingCents;
}

/**
 * "Don't bid above" (maxBidCents): the highest bid B such that B + shipping <= highCents + shipping,
 * i.e. the bid plus shipping stays within the fair total at the high end of the range. Shipping is
 * the same on both sides, so B = highCents. It is stated as a bid *before* shipping: the buyer pays
 * shipping on top, and the total then still sits within the fair range.
 */
export function maxBidFor(fairValue: FairValue, shippingCents: number): number {
  const highTotal = fairValue.highCents + shippingCents;
  return Math.max(0, highTotal - shippingCents);
}

/** How far the range reaches either side of the typical value: wider when fewer sales back it. */
export const spreadByConfidence: Record<Confidence, number> = { low: 0.15, medium: 0.1, high: 0.06 };

/**
 * Confidence from the kept comparables' total weight (similarity × recency, each at most 1):
 * high at 4 or more (several close, recent sales), medium from 1.2, low below (or rules only).
 */
export function confidenceFor(totalWeight: number): Confidence {
  if (totalWeight >= 4) return "high";
  if (totalWeight >= 1.2) return "medium";
  return "low";
}

export function rangeAround(typicalCents: number, confidence: Confidence): FairValue {
  const spread = spreadByConfidence[confidence];
  return {
    lowCents: Math.max(0, Math.round(typicalCents * (1 - spread))),
    typicalCents,
    highCents: Math.round(typicalCents * (1 + spread)),
  };
}
