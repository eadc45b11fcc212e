import type { PartCondition, PartItem } from "@/lib/catalogue/item-schemas";
import { partSourceLabels, partTypeLabels, type PartSource } from "@/lib/catalogue/vocabulary";
import { articleFacts, earlyPartScarcity, ourEstimate, partReferenceCents } from "./reference-values";
import type { ItemPricing, RulesEstimate } from "./types";
import { ValueSteps } from "./value-steps";

// Spare parts are valued from comparable sales first (same part type, overlapping fits; see
// comparables.ts). These rules are the fallback, so a part without sales is always low confidence.
// The pedal car's missing-part costs read the same figures, so the two never disagree.

/** New old stock (factory, never used) > reproduction (the reference) > used. Our estimates. */
const partSourceFactors: Record<PartSource, number> = { new_old_stock: 1.2, reproduction: 1, used: 0.8 };
const partConditionFactors: Record<PartCondition, number> = {
  new: 1,
  excellent: 0.9,
  good: 0.75,
  fair: 0.55,
  poor: 0.35,
};

/** A part that fits only early aluminum-bumper pedal cars: those parts are the scarce ones (article). */
function fitsOnlyEarlyPedalCars(item: PartItem): boolean {
  return (
    item.fits.length > 0 &&
    item.fits.every((f) => f.category === "pedal_car" && f.era === "early_aluminum_bumpers")
  );
}

export function valuePartByRules(item: PartItem): RulesEstimate {
  const steps = new ValueSteps({
    cents: partReferenceCents[item.partType],
    label: "Reference price",
    reason: `A typical price for a new reproduction ${partTypeLabels[item.partType].toLowerCase()}, used only until enough comparable sales are recorded.`,
    ...ourEstimate(),
  });
  if (fitsOnlyEarlyPedalCars(item)) {
    steps.multiply(earlyPartScarcity, {
      label: "Early-car part",
      reason: `The article calls the early cars and their parts the rare ones; we put such a part at ${Math.round((earlyPartScarcity - 1) * 100)}% more.`,
      ...ourEstimate(articleFacts.earlyRare),
    });
  }
  if (item.source !== "reproduction") {
    steps.multiply(partSourceFactors[item.source], {
      label: partSourceLabels[item.source],
      reason:
        item.source === "new_old_stock"
          ? "Factory parts that were never used are worth more than reproductions."
          : "Used parts sell below new reproductions.",
      ...ourEstimate(),
    });
  }
  if (item.condition !== "new") {
    steps.multiply(partConditionFactors[item.condition], {
      label: "Condition",
      reason: `A part in ${item.condition} condition sells below a new one.`,
      ...ourEstimate(),
    });
  }
  steps.atLeast({
    cents: 300,
    label: "Parts value floor",
    reason: "Even a worn part is worth something as a pattern or a stopgap.",
    ...ourEstimate(),
  });
  return steps.estimate;
}

export function pricePart(item: PartItem): ItemPricing {
  return {
    marketItem: item,
    base: valuePartByRules(item),
    after: { factors: [], additions: [] },
    warnings: [],
  };
}
