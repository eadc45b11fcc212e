import type { Item } from "@/lib/catalogue/item-schemas";
import { priceClassicCar } from "./classic-car";
import {
  describeMarketShare,
  marketShare,
  marketSourceFor,
  usedComparables,
  weighSales,
} from "./comparables";
import { pricePart } from "./part";
import { pricePedalCar } from "./pedal-car";
import { ourEstimate, sources } from "./reference-values";
import { estimateShipping } from "./shipping";
import { priceToy } from "./toy";
import type { Adjustment, Comparable, ItemPricing, RulesEstimate, Valuation, ValuationInput } from "./types";
import { ValueSteps, withoutAfterMarket } from "./value-steps";
import { confidenceFor, fairTotalCents, maxBidFor, rangeAround, verdictFor } from "./verdict";

/** A category's rules for one item: the description sales are matched on, and what comes after the market. */
function priceItem(item: Item): ItemPricing {
  switch (item.category) {
    case "pedal_car":
      return pricePedalCar(item);
    case "toy":
      return priceToy(item);
    case "classic_car":
      return priceClassicCar(item);
    case "part":
      return pricePart(item);
  }
}

/** What the rules alone say about an item, with each step's reason. */
export function valueByRules(item: Item): RulesEstimate {
  const pricing = priceItem(item);
  return ValueSteps.from(pricing.base).finish(pricing.after).estimate;
}

/** Each sale's rules, worked out once per distinct description: sales repeat descriptions a lot. */
function pricingMemo(): (item: Item) => ItemPricing {
  const known = new Map<string, ItemPricing>();
  return (item) => {
    const key = JSON.stringify(item);
    let pricing = known.get(key);
    if (pricing === undefined) {
      pricing = priceItem(item);
      known.set(key, pricing);
    }
    return pricing;
  };
}

/**
 * The whole valuation: the rules' base for the description sales share, the market's comparables
 * blended in, then what comes after the market (restoration, conversions, missing parts, the parts
 * floor) in absolute terms, the range, shipping and the verdict. Pure and deterministic: no clock, no
 * I/O. The adjustments add up to the typical value (shipping is listed with effect 0: it is added to the total).
 */
export function estimateValue(input: ValuationInput): Valuation {
  const pricing = priceItem(input.item);
  const pricingOf = pricingMemo();
  // Sales are stripped of their own after-market terms (a missing part added back) before they are
  // compared; the shown prices stay as sold.
  const soldAs = new Map<Item, number>();
  const sales: Comparable[] = (input.comparables ?? []).map((sale) => {
    const after = pricingOf(sale.item).after;
    if (after.factors.length === 0 && after.additions.length === 0) return sale;
    const item = { ...sale.item };
    soldAs.set(item, sale.soldPriceCents);
    return {
      ...sale,
      item,
      soldPriceCents:
        sale.soldPriceCents > 0 ? withoutAfterMarket(sale.soldPriceCents, after) : sale.soldPriceCents,
    };
  });
  const market = weighSales({
    subject: pricing.marketItem,
    subjectRulesCents: pricing.base.typicalCents,
    sales,
    now: input.now,
    rulesValueOf: (item) => pricingOf(item).base.typicalCents,
  });

  const steps = ValueSteps.from(pricing.base);
  if (market.marketCents !== null) {
    const share = marketShare(market.totalWeight, input.item.category);
    const blended = Math.round(pricing.base.typicalCents * (1 - share) + market.marketCents * share);
    steps.add(blended - pricing.base.typicalCents, {
      label: "Comparable sales",
      reason: describeMarketShare(market.kept, share, market.marketCents, input.now, market.outliers),
      basis: "market",
      source: marketSourceFor(market.kept),
    });
  } else {
    steps.add(0, {
      label: "Comparable sales",
      reason:
        "No comparable sales to go by yet, so this estimate rests on the rules alone and its range is wider.",
      basis: "market",
      source: sources.market,
    });
  }
  steps.finish(pricing.after);
  const typicalCents = steps.value;
  const adjustments: Adjustment[] = [...steps.adjustments];
  if (pricing.fairCeiling) {
    const { cents: _cents, ...step } = pricing.fairCeiling;
    adjustments.push({ ...step, effectCents: 0 });
  }

  const confidence = confidenceFor(market.totalWeight);
  const fairValue = rangeAround(typicalCents, confidence, pricing.fairCeiling?.cents);
  const shipping = estimateShipping({
    item: input.item,
    shipTo: input.shipTo,
    itemCountry: input.itemCountry,
  });
  adjustments.push({
    label: "Shipping (added to the total)",
    effectCents: 0,
    reason: shipping.reason,
    ...ourEstimate(),
    source: sources.shippingTable,
  });

  return {
    currency: "USD",
    fairValue,
    shippingCents: shipping.cents,
    fairTotalCents: fairTotalCents(typicalCents, shipping.cents),
    maxBidCents: maxBidFor(fairValue),
    verdict: input.priceCents === undefined ? null : verdictFor({ priceCents: input.priceCents, fairValue }),
    confidence,
    adjustments,
    warnings: pricing.warnings,
    comparables: usedComparables(
      market.kept.map((s) => (soldAs.has(s.item) ? { ...s, soldPriceCents: soldAs.get(s.item)! } : s)),
    ),
  };
}
