import type { Item } from "@/lib/catalogue/item-schemas";
import { valueClassicCarByRules } from "./classic-car";
import { describeMarketShare, marketShare, marketSourceFor, usedComparables, weighSales } from "./comparables";
import { valuePartByRules } from "./part";
import { valuePedalCarByRules } from "./pedal-car";
import { sources } from "./reference-values";
import { estimateShipping } from "./shipping";
import { valueToyByRules } from "./toy";
import type { Adjustment, RulesEstimate, Valuation, ValuationInput } from "./types";
import { confidenceFor, fairTotalCents, maxBidFor, rangeAround, verdictFor } from "./verdict";

/** What the rules alone say about an item, with each step's reason. */
export function valueByRules(item: Item): RulesEstimate {
  switch (item.category) {
    case "pedal_car":
      return valuePedalCarByRules(item);
    case "toy":
      return valueToyByRules(item);
    case "classic_car":
      return valueClassicCarByRules(item);
    case "part":
      return valuePartByRules(item);
  }
}

/** The rules' value of each sale's item, worked out once per distinct description: sales repeat descriptions a lot. */
function rulesValueMemo(): (item: Item) => number {
  const known = new Map<string, number>();
  return (item) => {
    const key = JSON.stringify(item);
    let cents = known.get(key);
    if (cents === undefined) {
      cents = valueByRules(item).typicalCents;
      known.set(key, cents);
    }
    return cents;
  };
}

/**
 * The whole valuation: rules, then the market's comparables blended in, the range, shipping and the
 * verdict. Pure and deterministic: no clock, no I/O; the same input always gives the same answer.
 * The adjustments add up to the typical value (shipping is listed with effect 0: it is added to the total).
 */
export function estimateValue(input: ValuationInput): Valuation {
  const rules = valueByRules(input.item);
  const adjustments: Adjustment[] = [...rules.adjustments];
  const market = weighSales({
    subject: input.item,
    subjectRulesCents: rules.typicalCents,
    sales: input.comparables ?? [],
    now: input.now,
    rulesValueOf: rulesValueMemo(),
  });

  let typicalCents = rules.typicalCents;
  if (market.marketCents !== null) {
    const share = marketShare(market.totalWeight, input.item.category);
    typicalCents = Math.round(rules.typicalCents * (1 - share) + market.marketCents * share);
    adjustments.push({
      label: "Comparable sales",
      effectCents: typicalCents - rules.typicalCents,
      reason: describeMarketShare(market.kept, share, market.marketCents, input.now, market.outliers),
      source: marketSourceFor(market.kept),
    });
  } else {
    adjustments.push({
      label: "Comparable sales",
      effectCents: 0,
      reason: "No comparable sales to go by yet, so this estimate rests on the rules alone and its range is wider.",
      source: sources.market,
    });
  }

  const confidence = confidenceFor(market.totalWeight);
  const fairValue = rangeAround(typicalCents, confidence);
  const shipping = estimateShipping({ item: input.item, shipTo: input.shipTo, itemCountry: input.itemCountry });
  adjustments.push({ label: "Shipping (added to the total)", effectCents: 0, reason: shipping.reason, source: sources.shippingTable });

  return {
    currency: "USD",
    fairValue,
    shippingCents: shipping.cents,
    fairTotalCents: fairTotalCents(typicalCents, shipping.cents),
    maxBidCents: maxBidFor(fairValue, shipping.cents),
    verdict: input.priceCents === undefined ? null : verdictFor({ priceCents: input.priceCents, shippingCents: shipping.cents, fairValue }),
    confidence,
    adjustments,
    comparables: usedComparables(market.kept),
  };
}
