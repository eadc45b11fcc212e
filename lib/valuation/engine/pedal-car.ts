import { findItemWarnings } from "@/lib/catalogue/contradictions";
import type { PartCondition, PedalCarItem } from "@/lib/catalogue/item-schemas";
import type { PartSource, PartState, PedalCarEra } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/kernel/money";
import { valuePartByRules } from "./part";
import {
  articleFact,
  articleFacts,
  damagedPartShare,
  ourEstimate,
  pedalCarBodyAndWheelsCents,
  pedalCarFitCents,
  pedalCarReference,
} from "./reference-values";
import { estimateShipping } from "./shipping";
import { conditionStep, plateFactors, plateStep, toyConditionFactors } from "./toy";
import type { AfterMarket, ItemPricing, Step } from "./types";
import { ValueSteps } from "./value-steps";

// The AZLK Moskvitch pedal car (1973-1994). Reference: unused, late, AZLK 1993 plate, in the US.
// Sales are compared on the car itself (era, plate, condition); what a restoration, a conversion or
// a missing part changes is applied after, in the same cents whatever the market's level.

/** Early aluminum-bumper cars are the rare ones (article); the factor is ours. Others are valued as the reference. */
const earlyEraFactor = 1.6;
/** With the era unknown a buyer assumes the commonest, late kind and takes this much off for the doubt. */
const unknownEraFactor = 0.95;
/** A declared restoration finished to an excellent standard; on a worse car it adds nothing. */
const restorationPremium = 1.08;

type FragilePart = "windscreen" | "steering_wheel";
const partLabels: Record<FragilePart, string> = {
  windscreen: "Windscreen",
  steering_wheel: "Steering wheel",
};

/** The parts valuation's own price for a part fitting this era, plus shipping it to the car and fitting it. */
function replacementCost(
  part: FragilePart,
  era: PedalCarEra,
): { cents: number; partCents: number; shippingCents: number; fitCents: number } {
  const fits =
    era === "early_aluminum_bumpers"
      ? [{ category: "pedal_car" as const, era }]
      : [{ category: "pedal_car" as const }];
  const partCents = valuePartByRules({
    category: "part",
    partType: part,
    source: "reproduction",
    condition: "new",
    fits,
  }).typicalCents;
  const shippingCents = estimateShipping({
    item: { category: "part", partType: part, source: "reproduction", condition: "new", fits },
    shipTo: { country: "US" },
    itemCountry: "US",
  }).cents;
  const fitCents = pedalCarFitCents[part];
  return { cents: partCents + shippingCents + fitCents, partCents, shippingCents, fitCents };
}

/** What a part still on the car is worth to someone restoring another, from the parts valuation. */
function donorValue(
  part: FragilePart | "light_kit",
  era: PedalCarEra,
  source: PartSource,
  condition: PartCondition,
): number {
  const fits =
    era === "early_aluminum_bumpers"
      ? [{ category: "pedal_car" as const, era }]
      : [{ category: "pedal_car" as const }];
  return valuePartByRules({ category: "part", partType: part, source, condition, fits }).typicalCents;
}

function partStep(part: FragilePart, state: PartState, era: PedalCarEra): (Step & { cents: number }) | null {
  if (state === "intact") return null;
  const cost = replacementCost(part, era);
  const damaged = state === "damaged";
  const label = `${partLabels[part]} ${state}`;
  return {
    label,
    cents: -(damaged ? Math.round(cost.cents * damagedPartShare) : cost.cents),
    reason:
      `${label}: a new reproduction costs about ${formatMoney(cost.partCents)} (our parts price${era === "early_aluminum_bumpers" ? " for an early car" : ""}), ` +
      `${formatMoney(cost.shippingCents)} to ship and ${formatMoney(cost.fitCents)} to fit` +
      (damaged
        ? `; a damaged one still has some use, so ${Math.round(damagedPartShare * 100)}% of that comes off.`
        : ", and that comes off."),
    ...ourEstimate(articleFacts.fragile),
  };
}

const isArticleCar = (item: PedalCarItem) =>
  (item.era === "late_soft_tires" || item.era === "plastic_bumpers") &&
  item.plate === "azlk_1993" &&
  item.condition === "unused" &&
  !item.restored &&
  item.windscreen === "intact" &&
  item.steeringWheel === "intact" &&
  item.customVersion === "none";

export function pricePedalCar(item: PedalCarItem): ItemPricing {
  const warnings = findItemWarnings(item).map((w) => w.message);
  const early = item.era === "early_aluminum_bumpers";
  const steps = new ValueSteps({
    cents: pedalCarReference.cents,
    label: "Reference value",
    reason: `The article calls anything under $400, before shipping, a fair US price for these cars, most of them barely used. The typical ${formatMoney(pedalCarReference.cents)} for an unused late car with its AZLK 1993 plate is our estimate inside that.`,
    ...ourEstimate(articleFacts.fairPrice),
  });
  if (early) {
    steps.multiply(earlyEraFactor, {
      label: "Era",
      reason: `Early cars with aluminum bumpers are the rare ones, the article says; it gives no price, so the ×${earlyEraFactor} is our estimate.`,
      ...ourEstimate(articleFacts.earlyRare),
    });
  }
  // The plate came with the early-1990s container: on an early car it shows its year and earns nothing.
  const plate = early && item.plate === "azlk_1993" ? "other" : item.plate;
  if (plate !== "azlk_1993") {
    const step = plateStep(plate);
    steps.multiply(
      plateFactors[plate],
      item.plate === plate
        ? step
        : { ...step, reason: `${warnings[0] ?? ""} Valued as another plate.`.trim() },
    );
  }
  if (item.condition !== "unused")
    steps.multiply(toyConditionFactors[item.condition], conditionStep(item.condition));

  const after: AfterMarket = { factors: [], additions: [] };
  if (item.era === "unknown") {
    after.factors.push({
      factor: unknownEraFactor,
      label: "Era",
      reason: `With the era unknown, a buyer assumes the commonest, late kind and takes ${Math.round((1 - unknownEraFactor) * 100)}% off for the doubt: our estimate.`,
      ...ourEstimate(),
    });
  }
  if (item.restored) {
    const doneWell = item.condition === "excellent";
    after.factors.push({
      factor: doneWell ? restorationPremium : 1,
      label: "Restoration",
      reason: doneWell
        ? `A declared restoration finished to an excellent standard: +${Math.round((restorationPremium - 1) * 100)}%, our estimate (the article says collectors restore these, but gives no figure).`
        : `A restoration adds value only when it is done well; a car still in ${item.condition} condition gets nothing for it, and loses nothing either (our estimate).`,
      ...ourEstimate(articleFacts.restoration),
    });
  }
  if (item.customVersion !== "none") {
    const lights = item.lightsWorking === true;
    const kit = donorValue("light_kit", item.era, lights ? "reproduction" : "used", lights ? "new" : "poor");
    const cents = kit + (lights ? pedalCarFitCents.light_kit : 0);
    after.additions.push({
      cents,
      label: `Custom ${item.customVersion} version`,
      reason: lights
        ? `A conversion with working emergency lights carries a light kit worth about ${formatMoney(kit)} (our parts price) and ${formatMoney(pedalCarFitCents.light_kit)} of fitting: our estimate of what it adds.`
        : `Its light kit doesn't work (or isn't known to): as a kit in poor order it adds about ${formatMoney(kit)}, our parts price.`,
      ...ourEstimate(articleFacts.restoration),
    });
  }
  for (const step of [
    partStep("windscreen", item.windscreen, item.era),
    partStep("steering_wheel", item.steeringWheel, item.era),
  ]) {
    if (step) after.additions.push(step);
  }
  const present = (part: FragilePart, state: PartState) =>
    state === "missing" ? 0 : donorValue(part, item.era, "used", state === "intact" ? "fair" : "poor");
  after.floor = {
    cents:
      pedalCarBodyAndWheelsCents +
      present("windscreen", item.windscreen) +
      present("steering_wheel", item.steeringWheel),
    label: "Parts value floor",
    reason: `As parts, to someone restoring another car: ${formatMoney(pedalCarBodyAndWheelsCents)} for the body and wheels, plus used-part prices for the windscreen and steering wheel it still has. Our estimate.`,
    ...ourEstimate(),
  };

  const fairCeiling = isArticleCar(item)
    ? {
        cents: pedalCarReference.fairCeilingCents,
        label: "The article's fair price",
        reason:
          "The article calls anything under $400, shipping excluded, a fair US price for such a car: the fair range and \u201cdon\u2019t bid above\u201d reach $399.99 whatever the shipping.",
        ...articleFact(articleFacts.fairPrice),
      }
    : undefined;

  const marketItem: PedalCarItem = {
    category: "pedal_car",
    era: item.era === "unknown" ? "late_soft_tires" : item.era,
    plate: item.plate,
    condition: item.condition,
    restored: false,
    windscreen: "intact",
    steeringWheel: "intact",
    customVersion: "none",
    ...(item.year !== undefined ? { year: item.year } : {}),
  };
  return { marketItem, base: steps.estimate, after, fairCeiling, warnings };
}
