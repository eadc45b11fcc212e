import type { ToyItem } from "@/lib/catalogue/item-schemas";
import { toyKindLabels, type Plate, type ToyCondition } from "@/lib/catalogue/vocabulary";
import { sources, toyReferences } from "./reference-values";
import type { RulesEstimate } from "./types";
import { ValueSteps } from "./value-steps";

// Rules shared by the pedal car and the other AZLK metal toys (condition, plate), and the toys' own rules.

/** Best first, never rising as condition falls: a better condition never lowers the value. Our starting figures. */
export const toyConditionFactors: Record<ToyCondition, number> = { unused: 1, excellent: 0.85, good: 0.7, fair: 0.5, project: 0.3 };

/** The AZLK 1993 plate is the reference (every US example wears one); another plate or none is a small deduction. */
export const plateFactors: Record<Plate, number> = { azlk_1993: 1, other: 0.96, none: 0.92 };

export function conditionReason(condition: ToyCondition): string {
  return condition === "unused"
    ? "Unused, like most US examples, which have seen almost no play in thirty years."
    : `A toy in ${condition} condition sells below an unused one; collectors pay for how little it was played with.`;
}

export function plateReason(plate: Plate): string {
  return plate === "none"
    ? "No plate: the tiny AZLK 1993 plate is part of what collectors look for."
    : "Not the tiny AZLK 1993 plate that US examples wear; a small deduction.";
}

export function valueToyByRules(item: ToyItem): RulesEstimate {
  const reference = toyReferences[item.toy];
  const steps = new ValueSteps({
    cents: reference.cents,
    label: "Reference value",
    reason: `${reference.note} These reached the US in somewhat larger batches than the pedal car, so they are not rarer.`,
    source: reference.source,
  });
  if (item.plate !== "azlk_1993") {
    steps.multiply(plateFactors[item.plate], { label: "Plate", reason: plateReason(item.plate), source: sources.pedalCarArticle });
  }
  if (item.condition !== "unused") {
    steps.multiply(toyConditionFactors[item.condition], { label: "Condition", reason: conditionReason(item.condition), source: sources.ourStartingValue });
  }
  steps.atLeast(2_000, `Even a worn ${toyKindLabels[item.toy]} is worth its parts to someone restoring another.`, sources.ourStartingValue);
  return { typicalCents: steps.value, adjustments: steps.adjustments };
}
