import type { Item } from "@/lib/catalogue/item-schemas";

// Input and output of the valuation engine. The output maps one to one onto the public JSON
// contract of POST /api/valuation; the API layer only turns dates into ISO strings.

/** Where a sale comes from: recorded on this marketplace, imported from a named public source, or demo (synthetic). */
export type SaleOrigin = "marketplace" | "imported" | "demo";

/** What a sale says of where it comes from, and its price as sold when that was in another currency. */
export type SaleProvenance = {
  origin?: SaleOrigin;
  sourceName?: string;
  originalPriceCents?: number;
  originalCurrency?: string;
};

/** A sold item the caller found in the market. Its price excludes shipping, in US cents. */
export type Comparable = {
  title: string;
  soldPriceCents: number;
  soldAt: Date;
  item: Item;
  country?: string;
  url?: string;
} & SaleProvenance;

export type ValuationInput = {
  item: Item;
  /** Asking price or current bid, before shipping. */
  priceCents?: number;
  currency?: "USD";
  /** The buyer: ISO-2 country code ("US") and, optionally, postal code. */
  shipTo?: { country: string; postalCode?: string };
  /** Where the item sits, when known (ISO-2); the same country ships for less. */
  itemCountry?: string;
  comparables?: Comparable[];
  /** The moment of valuation: sale ages count back from it. Never read from the clock inside the rules. */
  now: Date;
};

/**
 * Where a figure comes from: a fact stated in one of the source texts, recorded market data (named
 * sales or public results), or our own estimate where the sources give no number.
 */
export type Basis = "source" | "market" | "estimate";
/** `source` names the text or data in words; `sourceFact` is the fact itself, in our words, when there is one. */
export type Origin = { basis: Basis; source: string; sourceFact?: string };

export type Adjustment = { label: string; effectCents: number; reason: string } & Origin;
/** One step before its effect is known. */
export type Step = { label: string; reason: string } & Origin;

/**
 * What is applied after the market has its word, in absolute terms: a missing windscreen costs what
 * finding and fitting one costs, whatever the car's level. Sales are stripped of the same terms
 * before they are compared, so the market speaks only to the description they share.
 */
export type AfterMarket = {
  factors: (Step & { factor: number })[];
  additions: (Step & { cents: number })[];
  /** The least the item is worth as parts (what is present of it). */
  floor?: Step & { cents: number };
};

/** A category's rules for one item: the description sales are matched on, its value, and what comes after. */
export type ItemPricing = {
  marketItem: Item;
  base: RulesEstimate;
  after: AfterMarket;
  /** A fair price the sources state outright for this exact item: the range reaches at least this high. */
  fairCeiling?: Step & { cents: number };
  warnings: string[];
};

export type Verdict = "great_deal" | "fair" | "high" | "overpriced";
/** Best to worst: a higher price may only move a verdict rightwards. */
export const verdictOrder: readonly Verdict[] = ["great_deal", "fair", "high", "overpriced"];

export type Confidence = "low" | "medium" | "high";

export type FairValue = { lowCents: number; typicalCents: number; highCents: number };

/** A comparable the estimate actually used, with its weight (similarity × recency, 0 to 1). */
export type UsedComparable = {
  title: string;
  soldPriceCents: number;
  soldAt: Date;
  url?: string;
  weight: number;
} & SaleProvenance;

export type Valuation = {
  currency: "USD";
  fairValue: FairValue;
  shippingCents: number;
  /** Typical value + shipping: what the item fairly costs delivered. */
  fairTotalCents: number;
  /** "Don't bid above": see maxBidFor in verdict.ts. */
  maxBidCents: number;
  /** Null when no price was given. */
  verdict: Verdict | null;
  confidence: Confidence;
  adjustments: Adjustment[];
  /** Unusual but possible descriptions, said aloud; they earn no premium. */
  warnings: string[];
  /** Only the comparables used, most weighty first, at most eight. */
  comparables: UsedComparable[];
};

/** What the rules alone say, before the market has its word. The adjustments add up to typicalCents. */
export type RulesEstimate = { typicalCents: number; adjustments: Adjustment[] };
