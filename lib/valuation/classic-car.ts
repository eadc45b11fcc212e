import type { ClassicCarItem, Originality } from "@/lib/catalogue/item-schemas";
import { getBodyVariant, getClassicModel, knownIssueLabels, type KnownIssue } from "@/lib/catalogue/models";
import { exportVersionLabels, type ConditionGrade, type ExportVersion } from "@/lib/catalogue/vocabulary";
import { classicCarBases, classicCarFallbackCents, sources } from "./reference-values";
import type { RulesEstimate } from "./types";
import { ValueSteps } from "./value-steps";

// Real Moskvitch cars. Base value by model and body (ours), then rarity from the production figures
// (brand history), condition grade, export version, originality and known weak points.

/** Grade 1 is concours, grade 4 fair. Better grade never lowers the value. */
export const gradeFactors: Record<ConditionGrade, number> = { 1: 1.5, 2: 1, 3: 0.65, 4: 0.4 };
const gradeReasons: Record<ConditionGrade, string> = {
  1: "Grade 1, concours: among the best examples anywhere.",
  2: "Grade 2, excellent: the condition these base values assume.",
  3: "Grade 3, a good driver with visible wear.",
  4: "Grade 4, fair: it runs, but needs work a buyer will pay for.",
};

/** No premium at 200,000 built or more; below that it grows with each tenfold fall in numbers, up to double. */
export function rarityFactor(built: number | undefined): number {
  if (built === undefined || built >= 200_000) return 1;
  return Math.min(2, 1 + 0.3 * Math.log10(200_000 / Math.max(1, built)));
}

export const exportFactors: Record<ExportVersion, number> = { none: 1, elite: 1.08, scaldia: 1.1, rila: 1.05 };
export const originalityFactors: Record<Originality, number> = { original: 1, mostly_original: 0.9, modified: 0.75 };

/** Share of the value a buyer takes off for each known weak point; corrosion in thin steel costs most. */
export const issueDeductions: Record<KnownIssue, { share: number; why: string }> = {
  corrosion: { share: 0.15, why: "the thin steel rusts through, and bodywork is the dearest repair" },
  brake_wheel_cylinders: { share: 0.03, why: "leaking hydraulic wheel cylinders must be replaced before the car is safe" },
  electrics: { share: 0.06, why: "electrical faults take time to trace" },
  hard_starting: { share: 0.04, why: "hard starting points to carburettor or ignition work" },
  panel_alignment: { share: 0.05, why: "misaligned panels mean bodywork to set right" },
  interior_plastics: { share: 0.04, why: "crumbling interior plastics are hard to find in good order" },
};

const count = (n: number) => n.toLocaleString("en-US");

export function valueClassicCarByRules(item: ClassicCarItem): RulesEstimate {
  const model = getClassicModel(item.model);
  const body = getBodyVariant(item.model, item.body);
  const name = model?.name ?? `Moskvitch ${item.model}`;
  const steps = new ValueSteps({
    cents: classicCarBases[item.model]?.[item.body] ?? classicCarFallbackCents,
    label: "Base value",
    reason: `A ${name}${body ? ` ${body.name.toLowerCase()}` : ""} in grade 2, in the US. The source texts give no prices, so this is our starting value; comparable sales correct it.`,
    source: sources.ourStartingValue,
  });

  const built = body?.built ?? model?.built;
  const rarity = rarityFactor(built);
  if (built !== undefined && rarity > 1) {
    const ofWhole = body?.built !== undefined && model?.built !== undefined ? ` of about ${count(model.built)} ${name} cars` : "";
    steps.multiply(rarity, {
      label: "Rarity",
      reason: `About ${count(built)} built${ofWhole}; the fewer there are, the more buyers chase each one.`,
      source: sources.brandHistory,
    });
  }

  const grade = item.conditionGrade as ConditionGrade;
  if (grade !== 2) steps.multiply(gradeFactors[grade], { label: `Condition grade ${grade}`, reason: gradeReasons[grade], source: sources.ourStartingValue });

  if (item.exportVersion !== "none") {
    steps.multiply(exportFactors[item.exportVersion], {
      label: "Export version",
      reason: `${exportVersionLabels[item.exportVersion]}: export cars have their own small following, worth a small premium.`,
      source: sources.brandHistory,
    });
  }
  if (item.originality !== "original") {
    steps.multiply(originalityFactors[item.originality], {
      label: "Originality",
      reason:
        item.originality === "modified"
          ? "Modified cars sell well below original ones; collectors want the car as the factory built it."
          : "Mostly original: a few non-factory parts take a little off.",
      source: sources.ourStartingValue,
    });
  }
  for (const issue of new Set(item.knownIssues as KnownIssue[])) {
    const deduction = issueDeductions[issue];
    steps.multiply(1 - deduction.share, {
      label: knownIssueLabels[issue],
      reason: `${knownIssueLabels[issue]}, a known Moskvitch weak point: ${deduction.why}. A buyer takes about ${Math.round(deduction.share * 100)}% off.`,
      source: sources.brandHistory,
    });
  }
  steps.atLeast(50_000, "A complete car is worth at least its parts.", sources.ourStartingValue);
  return { typicalCents: steps.value, adjustments: steps.adjustments };
}
