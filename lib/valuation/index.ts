// The valuation engine: pure, deterministic, no I/O. Server code that loads sales lives in appraise.ts.
export { estimateValue, valueByRules } from "./estimate";
export { estimateShipping, routeBetween, shippingRates, type Route, type ShippingEstimate } from "./shipping";
export { confidenceFor, fairTotalCents, maxBidFor, rangeAround, spreadByConfidence, verdictFor } from "./verdict";
export { halfLifeMonths, marketShare, recencyWeight, similarity, weighSales } from "./comparables";
export { valuePedalCarByRules } from "./pedal-car";
export { valueToyByRules } from "./toy";
export { valueClassicCarByRules, rarityFactor } from "./classic-car";
export { valuePartByRules } from "./part";
export { sources, pedalCarReference, toyReferences, classicCarBases, partReferenceCents } from "./reference-values";
export { verdictOrder } from "./types";
export type { Adjustment, Comparable, Confidence, FairValue, RulesEstimate, UsedComparable, Valuation, ValuationInput, Verdict } from "./types";
