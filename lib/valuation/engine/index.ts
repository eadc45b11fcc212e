// The valuation engine: pure, deterministic, no I/O (no database, no Next, no files), which
// .dependency-cruiser.cjs checks. The sales and rates it is handed are loaded by ../queries.ts;
// ../appraise.ts puts the two together for a request.
export { estimateValue, priceItem, valueByRules } from "./estimate";
export { estimateShipping, routeBetween, shippingRates, type Route, type ShippingEstimate } from "./shipping";
export { confidenceFor, fairTotalCents, greatDealShare, maxBidFor, overpricedShare, rangeAround, spreadByConfidence, verdictFor } from "./verdict";
export { halfLifeMonths, marketShare, recencyWeight, similarity, weighSales } from "./comparables";
export { pricePedalCar, replacementCost, valuePedalCarByRules } from "./pedal-car";
export { valueToyByRules } from "./toy";
export { mileageFactor, priceClassicCar, rarityFactor, valueClassicCarByRules } from "./classic-car";
export { marketReferences, type MarketReference } from "./market-references";
export { valuePartByRules } from "./part";
export { sources, pedalCarReference, toyReferences, classicCarBases, partReferenceCents } from "./reference-values";
export { verdictOrder } from "./types";
export type { Adjustment, Basis, Origin, Comparable, Confidence, FairValue, RulesEstimate, UsedComparable, Valuation, ValuationInput, Verdict } from "./types";
