import type { Confidence, FairValue, Verdict } from "./types";

// Verdict, range and "don't bid above", from one definition: the item's price (before shipping)
// against the item's fair value. Shipping never enters the verdict, so the same price earns the same
// verdict in every country; it is added beside it, in the fair total. The thresholds are ours.

/** At or below this share of the typical value a price is a great deal; above this share of it, overpriced. */
const greatDealShare = 0.85;
const overpricedShare = 1.35;

/**
 *   price <= 0.85 × typical                 great deal
 *   price <= high end of the fair range     fair        (the high end is "don't bid above")
 *   price <= 1.35 × typical (or the high)   high
 *   above                                   overpriced
 * The lines only rise from one band to the next and none depends on shipping, so a higher price
 * never earns a better verdict, dearer delivery never changes it, and no price above "don't bid
 * above" is fair.
 */
export function verdictFor(input: {
  priceCents: number;
  fairValue: FairValue;
  shippingCents?: number;
}): Verdict {
  const { priceCents, fairValue } = input;
  const maxBid = maxBidFor(fairValue);
  if (priceCents <= Math.min(fairValue.typicalCents * greatDealShare, maxBid)) return "great_deal";
  if (priceCents <= maxBid) return "fair";
  if (priceCents <= Math.max(maxBid, fairValue.typicalCents * overpricedShare)) return "high";
  return "overpriced";
}

/** What the item fairly costs delivered: typical value + shipping. */
export function fairTotalCents(typicalCents: number, shippingCents: number): number {
  return typicalCents + shippingCents;
}

/**
 * "Don't bid above" (maxBidCents): the high end of the fair range, a bid before shipping. It is the
 * verdict's own edge of fair; the buyer pays shipping on top, shown beside it.
 */
export function maxBidFor(fairValue: FairValue, _shippingCents?: number): number {
  return Math.max(0, fairValue.highCents);
}

/** How far the range reaches either side of the typical value: wider when fewer sales back it. */
const spreadByConfidence: Record<Confidence, number> = { low: 0.15, medium: 0.1, high: 0.06 };

/**
 * Confidence from the kept comparables' total weight (similarity × recency, each at most 1):
 * high at 4 or more (several close, recent sales), medium from 1.2, low below (or rules only).
 */
export function confidenceFor(totalWeight: number): Confidence {
  if (totalWeight >= 4) return "high";
  if (totalWeight >= 1.2) return "medium";
  return "low";
}

/** The range around the typical value; a fair price the sources state outright lifts its high end. */
export function rangeAround(
  typicalCents: number,
  confidence: Confidence,
  fairCeilingCents?: number,
): FairValue {
  const spread = spreadByConfidence[confidence];
  const high = Math.round(typicalCents * (1 + spread));
  return {
    lowCents: Math.max(0, Math.round(typicalCents * (1 - spread))),
    typicalCents,
    highCents: fairCeilingCents !== undefined ? Math.max(high, fairCeilingCents) : high,
  };
}
