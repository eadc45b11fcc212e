import "server-only";
import { findComparableSales } from "./comparables-query";
import { estimateValue } from "./estimate";
import type { ValuationRequest } from "./request-schema";

// Joins the pure engine to the market: loads comparable sales, runs the rules, shapes the public answer.

export type ValuationResponse = {
  currency: "USD";
  fairValue: { lowCents: number; typicalCents: number; highCents: number };
  shippingCents: number;
  fairTotalCents: number;
  maxBidCents: number;
  verdict: "great_deal" | "fair" | "high" | "overpriced" | null;
  confidence: "low" | "medium" | "high";
  /** basis and sourceFact say where each figure comes from: a source text's fact, market data, or our estimate. */
  adjustments: { label: string; effectCents: number; reason: string; source?: string; basis: "source" | "market" | "estimate"; sourceFact?: string }[];
  /** Unusual but possible descriptions, accepted and said aloud. */
  warnings: string[];
  comparables: { title: string; soldPriceCents: number; soldAt: string; url?: string; weight: number }[];
};

export type PriceHistoryPoint = { soldAt: string; soldPriceCents: number; title: string };

export type Appraisal = { valuation: ValuationResponse; priceHistory: PriceHistoryPoint[] };

/** `itemCountry` (a listing's country) wins over the request's `shipFrom`. */
export async function appraiseItem(request: ValuationRequest & { itemCountry?: string; now?: Date }): Promise<Appraisal> {
  const now = request.now ?? new Date();
  const sales = await findComparableSales({ item: request.item, now });
  const estimate = estimateValue({
    item: request.item,
    priceCents: request.priceCents,
    currency: "USD",
    shipTo: request.shipTo,
    itemCountry: request.itemCountry ?? request.shipFrom?.country,
    comparables: sales,
    now,
  });
  const valuation: ValuationResponse = {
    currency: "USD",
    fairValue: estimate.fairValue,
    shippingCents: estimate.shippingCents,
    fairTotalCents: estimate.fairTotalCents,
    maxBidCents: estimate.maxBidCents,
    verdict: estimate.verdict,
    confidence: estimate.confidence,
    adjustments: estimate.adjustments.map((a) => ({
      label: a.label,
      effectCents: a.effectCents,
      reason: a.reason,
      source: a.source,
      basis: a.basis,
      ...(a.sourceFact !== undefined ? { sourceFact: a.sourceFact } : {}),
    })),
    warnings: estimate.warnings,
    comparables: estimate.comparables.map((c) => ({
      title: c.title,
      soldPriceCents: c.soldPriceCents,
      soldAt: c.soldAt.toISOString(),
      ...(c.url ? { url: c.url } : {}),
      weight: c.weight,
    })),
  };
  const priceHistory = sales
    .map((s) => ({ soldAt: s.soldAt.toISOString(), soldPriceCents: s.soldPriceCents, title: s.title }))
    .sort((a, b) => a.soldAt.localeCompare(b.soldAt));
  return { valuation, priceHistory };
}
