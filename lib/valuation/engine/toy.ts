import type { ToyItem } from "@/lib/catalogue/item-schemas";
import { toyKindLabels, type Plate, type ToyCondition } from "@/lib/catalogue/vocabulary";
import { articleFacts, ourEstimate, toyReferences } from "./reference-values";
import type { ItemPricing, Step } from "./types";
import { ValueSteps } from "./value-steps";

// Rules shared by the pedal car and the other AZLK metal toys (condition, plate), and the toys' own rules.

/** Best first, never rising as condition falls: a better condition never lowers the value. Our estimates. */
export const toyConditionFactors: Record<ToyCondition, number> = {
  unused: 1,
  excellent: 0.85,
  good: 0.7,
  fair: 0.5,
  project: 0.3,
};

/** The AZLK 1993 plate is the reference (every US example wears one, article); the deductions are ours. */
export const plateFactors: Record<Plate, number> = { azlk_1993: 1, other: 0.96, none: 0.92 };

export function conditionStep(condition: ToyCondition): Step {
  return {
    label: "Condition",
    reason: `A toy in ${condition} condition sells below an unused one: ${Math.round((1 - toyConditionFactors[condition]) * 100)}% off, our estimate.`,
    ...ourEstimate(articleFacts.fairPrice),
  };
}

export function plateStep(plate: Plate): Step {
  return {
    label: "Plate",
    reason:
      plate === "none"
        ? `No plate: the tiny AZLK 1993 plate is what US examples wear; ${Math.round((1 - plateFactors.none) * 100)}% off, our estimate.`
        : `Not the tiny AZLK 1993 plate that US examples wear; ${Math.round((1 - plateFactors.other) * 100)}% off, our estimate.`,
    ...ourEstimate(articleFacts.plate),
  };
}

export function priceToy(item: ToyItem): ItemPricing {
  const reference = toyReferences[item.toy];
  const steps = new ValueSteps({
    cents: reference.cents,
    label: "Reference value",
    reason: `${reference.note} Our estimate: the article gives no price for these, only that they came to the US in slightly larger batches than the pedal car, so they are not priced as rarer.`,
    ...ourEstimate(articleFacts.toys),
  });
  if (item.plate !== "azlk_1993") steps.multiply(plateFactors[item.plate], plateStep(item.plate));
  if (item.condition !== "unused")
    steps.multiply(toyConditionFactors[item.condition], conditionStep(item.condition));
  steps.atLeast({
    cents: 2_000,
    label: "Parts value floor",
    reason: `Even a worn ${toyKindLabels[item.toy]} is worth its parts to someone restoring another.`,
    ...ourEstimate(),
  });
  return { marketItem: item, base: steps.estimate, after: { factors: [], additions: [] }, warnings: [] };
}
