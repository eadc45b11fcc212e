import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import type { PartState, PedalCarEra } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/money";
import { damagedPartShare, earlyPartScarcity, pedalCarPartCosts, pedalCarReference, sources } from "./reference-values";
import { conditionReason, plateFactors, plateReason, toyConditionFactors } from "./toy";
import type { Adjustment, RulesEstimate } from "./types";
import { ValueSteps } from "./value-steps";

// The AZLK Moskvitch pedal car (1973-1994). Reference: unused, late, AZLK 1993 plate, in the US.

/** Early aluminum-bumper cars are the rare ones (article); the factors themselves are ours. */
export const eraFactors: Record<PedalCarEra, { factor: number; reason: string; source: string }> = {
  early_aluminum_bumpers: {
    factor: 1.6,
    reason: "Early cars with aluminum bumpers are the rare ones; collectors pay clearly more for them.",
    source: sources.pedalCarArticle,
  },
  plastic_bumpers: {
    factor: 1.1,
    reason: "Plastic-bumper cars from the early 1980s turn up less often than the late soft-tire ones.",
    source: sources.ourStartingValue,
  },
  late_soft_tires: {
    factor: 1,
    reason: "Late cars with soft tires are the reference: most US examples are of this kind.",
    source: sources.pedalCarArticle,
  },
  unknown: {
    factor: 0.95,
    reason: "With the era unknown, a buyer assumes the commonest, latest kind and takes a little off for the doubt.",
    source: sources.ourStartingValue,
  },
};

/** A declared restoration on a car now unused-looking or excellent adds a modest premium; on worse cars, nothing. */
export const restorationPremium = 1.08;

/** Police, fire and ambulance conversions sell to their own buyers; working lights are what they pay for. */
export const customVersionPremiumCents = { lightsWorking: 15_000, lightsNotWorking: 5_000 } as const;

/** Cost to find and fit a replacement windscreen or steering wheel (article: both are fragile). */
export function missingPartCost(part: keyof typeof pedalCarPartCosts, state: PartState, era: PedalCarEra): Omit<Adjustment, "source"> | null {
  if (state === "intact") return null;
  const cost = pedalCarPartCosts[part];
  const early = era === "early_aluminum_bumpers";
  const findCents = Math.round(cost.findCents * (early ? earlyPartScarcity : 1));
  const full = findCents + cost.fitCents;
  const damaged = state === "damaged";
  return {
    label: `${cost.label} ${state}`,
    effectCents: -(damaged ? Math.round(full * damagedPartShare) : full),
    reason:
      `${cost.label} ${state}: a replacement costs about ${formatMoney(findCents)} to find${early ? " (early-car parts are scarcer)" : ""} ` +
      `and ${formatMoney(cost.fitCents)} to fit${damaged ? "; a damaged one still has some use, so about 60% of that comes off" : ", and that comes off the price"}.`,
  };
}

export function valuePedalCarByRules(item: PedalCarItem): RulesEstimate {
  const steps = new ValueSteps({ cents: pedalCarReference.cents, label: "Reference value", reason: pedalCarReference.note, source: pedalCarReference.source });
  const era = eraFactors[item.era];
  if (era.factor !== 1) steps.multiply(era.factor, { label: "Era", reason: era.reason, source: era.source });
  if (item.plate !== "azlk_1993") {
    steps.multiply(plateFactors[item.plate], { label: "Plate", reason: plateReason(item.plate), source: sources.pedalCarArticle });
  }
  if (item.condition !== "unused") {
    steps.multiply(toyConditionFactors[item.condition], { label: "Condition", reason: conditionReason(item.condition), source: sources.ourStartingValue });
  }
  if (item.restored) {
    const doneWell = item.condition === "unused" || item.condition === "excellent";
    steps.multiply(doneWell ? restorationPremium : 1, {
      label: "Restoration",
      reason: doneWell
        ? "A declared restoration finished to an excellent standard adds a modest premium."
        : `A restoration adds value only when it is done well; a car still in ${item.condition} condition gets nothing for it.`,
      source: sources.pedalCarArticle,
    });
  }
  if (item.customVersion !== "none") {
    const lights = item.lightsWorking === true;
    steps.add(lights ? customVersionPremiumCents.lightsWorking : customVersionPremiumCents.lightsNotWorking, {
      label: `Custom ${item.customVersion} version`,
      reason: lights
        ? "Police, fire and ambulance conversions with working emergency lights sell to their own crowd of buyers."
        : "A custom emergency version still sells for more, but much less while its lights don't work (or aren't known to).",
      source: sources.pedalCarArticle,
    });
  }
  for (const cost of [missingPartCost("windscreen", item.windscreen, item.era), missingPartCost("steeringWheel", item.steeringWheel, item.era)]) {
    if (cost) steps.add(cost.effectCents, { label: cost.label, reason: cost.reason, source: sources.pedalCarArticle });
  }
  steps.atLeast(4_000, "Even a rough pedal car is worth its body and wheels to someone restoring another.", sources.ourStartingValue);
  return { typicalCents: steps.value, adjustments: steps.adjustments };
}
