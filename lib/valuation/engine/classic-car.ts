import { findItemWarnings } from "@/lib/catalogue/contradictions";
import type { ClassicCarItem, Originality } from "@/lib/catalogue/item-schemas";
import {
  exportNames,
  getBodyVariant,
  getClassicModel,
  knownIssueLabels,
  type KnownIssue,
} from "@/lib/catalogue/models";
import { exportVersionLabels, type ConditionGrade } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/kernel/money";
import { marketReferences, type MarketReference } from "./market-references";
import { classicCarBases, classicCarFallbackCents, ourEstimate, sources } from "./reference-values";
import type { ItemPricing } from "./types";
import { ValueSteps } from "./value-steps";

// Real Moskvitch cars. The level comes from public results (market-references.ts) where there are
// any, our estimates relative to them elsewhere; then rarity from the history's production figures,
// grade, mileage, export name, originality and known weak points. All factors are ours.

/** Grade 2 (excellent) is the base; concours pays a premium, a tired car much less. Our estimates. */
const gradeFactors: Record<ConditionGrade, number> = { 1: 1.4, 2: 1, 3: 0.7, 4: 0.45 };
const gradeReasons: Record<ConditionGrade, string> = {
  1: "Grade 1, concours: among the best examples anywhere.",
  2: "Grade 2, excellent: the condition these base values assume.",
  3: "Grade 3, a good driver with visible wear.",
  4: "Grade 4, fair: it runs, but needs work a buyer will pay for.",
};

/** By odometer: low original mileage pays, high mileage costs; never rising as the kilometres grow. Our estimates. */
const mileageBands: readonly { upToKm: number; factor: number; words: string }[] = [
  { upToKm: 20_000, factor: 1.15, words: "very low mileage" },
  { upToKm: 60_000, factor: 1.05, words: "low mileage" },
  { upToKm: 150_000, factor: 1, words: "ordinary mileage" },
  { upToKm: 300_000, factor: 0.9, words: "high mileage" },
  { upToKm: 600_000, factor: 0.8, words: "very high mileage" },
  { upToKm: Number.POSITIVE_INFINITY, factor: 0.7, words: "a worn-out odometer's worth of mileage" },
];
function mileageFactor(km: number | undefined): number {
  return km === undefined ? 1 : mileageBands.find((b) => km <= b.upToKm)!.factor;
}

/** Which model bases come from a public result rather than from us. */
const baseReferences: Partial<Record<string, MarketReference>> = {
  "400": marketReferences.sedan400,
  "408": marketReferences.sedan408,
};

/** No premium at 200,000 built or more; below that it grows with each tenfold fall in numbers, up to double. */
export function rarityFactor(built: number | undefined): number {
  if (built === undefined || built >= 200_000) return 1;
  return Math.min(2, 1 + 0.3 * Math.log10(200_000 / Math.max(1, built)));
}

const exportPremium = 1.05;
const originalityFactors: Record<Originality, number> = { original: 1, mostly_original: 0.9, modified: 0.75 };

/** Share a buyer takes off for each known weak point (ours), with what the history says of it. */
const issueDeductions: Record<KnownIssue, { share: number; why: string; fact?: string }> = {
  corrosion: {
    share: 0.15,
    why: "bodywork is the dearest repair",
    fact: "Moskvitch bodies used thin-gauge steel that corroded quickly",
  },
  brake_wheel_cylinders: {
    share: 0.03,
    why: "leaking wheel cylinders must be replaced before the car is safe",
    fact: "hydraulic wheel cylinders leaked consistently",
  },
  electrics: {
    share: 0.06,
    why: "electrical faults take time to trace",
    fact: "the 2141 suffered electrical failures",
  },
  hard_starting: {
    share: 0.04,
    why: "hard starting points to carburettor or ignition work",
    fact: "the 408 was officially acknowledged to have engines prone to starting failures",
  },
  panel_alignment: {
    share: 0.05,
    why: "misaligned panels mean bodywork to set right",
    fact: "misaligned body panels were a chronic build-quality fault",
  },
  interior_plastics: { share: 0.04, why: "crumbling interior plastics are hard to find in good order" },
};

const count = (n: number) => n.toLocaleString("en-US");

export function priceClassicCar(item: ClassicCarItem): ItemPricing {
  const model = getClassicModel(item.model);
  const body = getBodyVariant(item.model, item.body);
  const name = model?.name ?? `Moskvitch ${item.model}`;
  const what = `A ${name}${body && body.code !== "sedan" ? ` ${body.name.toLowerCase()}` : ""} in grade 2, in the US, at ordinary mileage`;
  const reference = baseReferences[item.model];
  const baseCents = classicCarBases[item.model]?.[item.body] ?? classicCarFallbackCents;
  const steps = new ValueSteps(
    reference
      ? {
          cents: baseCents,
          label: "Base value",
          reason: `${what}: ${formatMoney(baseCents)}, set from a public result (${reference.source}), read as a grade-${reference.readAsGrade} car${reference.mileageKm !== undefined ? ` with ${count(reference.mileageKm)} km` : ""}.`,
          basis: "market",
          source: sources.publicResults,
          sourceFact: reference.source,
        }
      : {
          cents: baseCents,
          label: "Base value",
          reason: `${what}: ${formatMoney(baseCents)}, our estimate, set relative to the public results for the 400 sedan and the 408. Comparable sales correct it.`,
          ...ourEstimate(),
        },
  );

  const built = body?.built ?? model?.built;
  const rarity = rarityFactor(built);
  if (built !== undefined && rarity > 1) {
    const ofWhole =
      body?.built !== undefined && model?.built !== undefined ? ` of ${count(model.built)} ${name} cars` : "";
    steps.multiply(rarity, {
      label: "Rarity",
      reason: `About ${count(built)} built${ofWhole}, the history says; the premium for so few (×${rarity.toFixed(2)}) is our estimate.`,
      ...ourEstimate(`about ${count(built)} built${ofWhole}`),
    });
  }
  const grade = item.conditionGrade as ConditionGrade;
  if (grade !== 2)
    steps.multiply(gradeFactors[grade], {
      label: `Condition grade ${grade}`,
      reason: `${gradeReasons[grade]} ×${gradeFactors[grade]}, our estimate.`,
      ...ourEstimate(),
    });
  const mileage = mileageFactor(item.mileageKm);
  if (item.mileageKm !== undefined && mileage !== 1) {
    const band = mileageBands.find((b) => item.mileageKm! <= b.upToKm)!;
    steps.multiply(mileage, {
      label: "Mileage",
      reason: `${count(item.mileageKm)} km, ${band.words}: ×${mileage}, our estimate.`,
      ...ourEstimate(),
    });
  }
  if (item.exportVersion !== "none") {
    steps.multiply(exportPremium, {
      label: "Export version",
      reason: `${exportVersionLabels[item.exportVersion]}: export cars have their own small following; the +${Math.round((exportPremium - 1) * 100)}% is our estimate.`,
      ...ourEstimate(exportNames[item.exportVersion].fact),
    });
  }
  if (item.originality !== "original") {
    steps.multiply(originalityFactors[item.originality], {
      label: "Originality",
      reason:
        item.originality === "modified"
          ? `Modified cars sell well below original ones; collectors want the car as the factory built it. ×${originalityFactors.modified}, our estimate.`
          : `Mostly original: a few non-factory parts take a little off. ×${originalityFactors.mostly_original}, our estimate.`,
      ...ourEstimate(),
    });
  }
  for (const issue of new Set(item.knownIssues as KnownIssue[])) {
    const deduction = issueDeductions[issue];
    steps.multiply(1 - deduction.share, {
      label: knownIssueLabels[issue],
      reason: `${knownIssueLabels[issue]}: ${deduction.why}. A buyer takes about ${Math.round(deduction.share * 100)}% off, our estimate.`,
      ...(deduction.fact ? { ...ourEstimate(deduction.fact) } : ourEstimate()),
    });
  }
  steps.atLeast({
    cents: 50_000,
    label: "Parts value floor",
    reason: "A complete car is worth at least its parts: our estimate.",
    ...ourEstimate(),
  });
  return {
    marketItem: item,
    base: steps.estimate,
    after: { factors: [], additions: [] },
    warnings: findItemWarnings(item).map((w) => w.message),
  };
}
