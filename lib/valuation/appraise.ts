import "server-only";
import { getPublishedAccuracy, type PublishedAccuracy } from "./accuracy";
import { findComparableSales, loadExchangeRates } from "./queries";
import { fromUsd, rateOn, toUsd, type RateUsed, type ValuationCurrency } from "./currency";
import { estimateValue } from "./engine/estimate";
import type { ValuationRequest } from "./request-schema";
import type { SaleOrigin } from "./engine/types";

// Joins the pure engine to the market: loads comparable sales and the rates, runs the rules (which
// value in US dollars), and shapes the public answer in the asked currency. Conversion happens only
// here, at the edge: the price in, every figure out, at the latest rates on or before today.

type Money = { lowCents: number; typicalCents: number; highCents: number };

export type ValuationResponse = {
  currency: ValuationCurrency;
  fairValue: Money;
  shippingCents: number;
  fairTotalCents: number;
  maxBidCents: number;
  verdict: "great_deal" | "fair" | "high" | "overpriced" | null;
  confidence: "low" | "medium" | "high";
  /** basis and sourceFact say where each figure comes from: a source text's fact, market data, or our estimate. */
  adjustments: {
    label: string;
    effectCents: number;
    reason: string;
    source?: string;
    basis: "source" | "market" | "estimate";
    sourceFact?: string;
  }[];
  /** Unusual but possible descriptions, accepted and said aloud. */
  warnings: string[];
  comparables: {
    title: string;
    soldPriceCents: number;
    soldAt: string;
    url?: string;
    weight: number;
    origin: SaleOrigin;
    sourceName?: string;
    originalPriceCents?: number;
    originalCurrency?: string;
  }[];
  /** The rate the answer's figures were converted at (USD: none), with its day and source. */
  rates: RateUsed;
  /** The valuation's measured accuracy for this category, from the latest back-test. */
  accuracy: PublishedAccuracy;
};

export type PriceHistoryPoint = { soldAt: string; soldPriceCents: number; title: string; origin: SaleOrigin };

export type Appraisal = { valuation: ValuationResponse; priceHistory: PriceHistoryPoint[] };

class RatesUnavailableError extends Error {
  constructor(currency: string) {
    super(`No exchange rate for ${currency} is on record; run npm run rates:refresh with a rates file.`);
    this.name = "RatesUnavailableError";
  }
}

/** `itemCountry` (a listing's country) wins over the request's `shipFrom`. */
export async function appraiseItem(
  request: ValuationRequest & { itemCountry?: string; now?: Date },
): Promise<Appraisal> {
  const now = request.now ?? new Date();
  const currency = request.currency ?? "USD";
  const rates = await loadExchangeRates();
  const rate = rateOn(rates, currency, now);
  if (!rate) throw new RatesUnavailableError(currency);
  const [sales, accuracy] = await Promise.all([
    findComparableSales({ item: request.item, now, rates }),
    getPublishedAccuracy(request.item.category),
  ]);
  const estimate = estimateValue({
    item: request.item,
    priceCents: request.priceCents === undefined ? undefined : toUsd(request.priceCents, rate),
    currency: "USD",
    shipTo: request.shipTo,
    itemCountry: request.itemCountry ?? request.shipFrom?.country,
    comparables: sales,
    now,
  });
  const money = (usdCents: number) => (currency === "USD" ? usdCents : fromUsd(usdCents, rate));
  const fairValue = {
    lowCents: money(estimate.fairValue.lowCents),
    typicalCents: money(estimate.fairValue.typicalCents),
    highCents: money(estimate.fairValue.highCents),
  };
  const shippingCents = money(estimate.shippingCents);
  const valuation: ValuationResponse = {
    currency,
    fairValue,
    shippingCents,
    // Sums are taken after conversion, so they still add up in the answer's currency.
    fairTotalCents: fairValue.typicalCents + shippingCents,
    maxBidCents: money(estimate.maxBidCents),
    verdict: estimate.verdict,
    confidence: estimate.confidence,
    adjustments: estimate.adjustments.map((a) => ({
      label: a.label,
      effectCents: money(a.effectCents),
      reason: a.reason,
      source: a.source,
      basis: a.basis,
      ...(a.sourceFact !== undefined ? { sourceFact: a.sourceFact } : {}),
    })),
    warnings: estimate.warnings,
    comparables: estimate.comparables.map((c) => ({
      title: c.title,
      soldPriceCents:
        c.originalCurrency === currency && c.originalPriceCents !== undefined
          ? c.originalPriceCents
          : money(c.soldPriceCents),
      soldAt: c.soldAt.toISOString(),
      ...(c.url ? { url: c.url } : {}),
      weight: c.weight,
      origin: c.origin ?? "marketplace",
      ...(c.sourceName ? { sourceName: c.sourceName } : {}),
      ...(c.originalCurrency !== undefined && c.originalCurrency !== currency
        ? { originalPriceCents: c.originalPriceCents, originalCurrency: c.originalCurrency }
        : {}),
    })),
    rates: rate,
    accuracy,
  };
  const priceHistory = sales
    .map((s) => ({
      soldAt: s.soldAt.toISOString(),
      soldPriceCents: money(s.soldPriceCents),
      title: s.title,
      origin: s.origin ?? "marketplace",
    }))
    .sort((a, b) => a.soldAt.localeCompare(b.soldAt));
  return { valuation, priceHistory };
}
