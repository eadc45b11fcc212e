import { getBodyVariant, getClassicModel, knownIssueLabels, type KnownIssue } from "./models";
import type { Item } from "./item-schemas";
import {
  conditionGradeLabels,
  customVersionLabels,
  exportVersionLabels,
  partSourceLabels,
  partTypeLabels,
  pedalCarEraLabels,
  plateLabels,
  toyConditionLabels,
  toyKindLabels,
  type ConditionGrade,
  type PedalCarEra,
  type ToyCondition,
} from "./vocabulary";

// Plain-words descriptions of items for cards and detail pages.

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string): string {
  if (code === "WORLD") return "Worldwide";
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const shortEra: Record<PedalCarEra, string> = {
  early_aluminum_bumpers: "Early · aluminum bumpers",
  plastic_bumpers: "Plastic bumpers",
  late_soft_tires: "Late · soft tires",
  unknown: "Era unknown",
};

/** One short line for a listing card: era or model, condition, year. */
export function describeCard(card: { category: string; era: string | null; condition: string | null; year: number | null; model: string | null }): string {
  const parts: string[] = [];
  if (card.category === "pedal_car" && card.era) parts.push(shortEra[card.era as PedalCarEra] ?? card.era);
  if (card.category === "classic_car" && card.model) parts.push(getClassicModel(card.model)?.name ?? card.model);
  if (card.condition) {
    if (card.category === "classic_car") parts.push(`Grade ${card.condition}`);
    else parts.push(toyConditionLabels[card.condition as ToyCondition] ?? capitalise(card.condition));
  }
  if (card.year) parts.push(String(card.year));
  return parts.join(" · ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replaceAll("_", " ");
}

function partState(state: string): string {
  return state === "intact" ? "Present and intact" : state === "damaged" ? "Present, damaged" : "Missing";
}

/** The item's attributes as label/value pairs, in the order a collector reads them. */
export function describeItem(item: Item): { label: string; value: string }[] {
  switch (item.category) {
    case "pedal_car":
      return [
        { label: "Era", value: pedalCarEraLabels[item.era] },
        ...(item.year ? [{ label: "Year", value: String(item.year) }] : []),
        { label: "Plate", value: plateLabels[item.plate] },
        { label: "Condition", value: toyConditionLabels[item.condition] },
        { label: "Restored", value: item.restored ? "Yes, declared by the seller" : "No, original" },
        { label: "Windscreen", value: partState(item.windscreen) },
        { label: "Steering wheel", value: partState(item.steeringWheel) },
        {
          label: "Version",
          value:
            item.customVersion === "none"
              ? "Standard"
              : `${customVersionLabels[item.customVersion]} custom${item.lightsWorking === undefined ? "" : item.lightsWorking ? ", lights working" : ", lights not working"}`,
        },
      ];
    case "classic_car": {
      const model = getClassicModel(item.model);
      return [
        { label: "Model", value: model?.name ?? item.model },
        { label: "Body", value: getBodyVariant(item.model, item.body)?.name ?? item.body },
        { label: "Year", value: String(item.year) },
        { label: "Condition grade", value: conditionGradeLabels[item.conditionGrade as ConditionGrade] },
        { label: "Originality", value: capitalise(item.originality) },
        { label: "Export version", value: exportVersionLabels[item.exportVersion] },
        ...(item.mileageKm !== undefined ? [{ label: "Mileage", value: `${item.mileageKm.toLocaleString("en-US")} km` }] : []),
        {
          label: "Known issues",
          value: item.knownIssues.length ? item.knownIssues.map((i) => knownIssueLabels[i as KnownIssue]).join(", ") : "None declared",
        },
      ];
    }
    case "toy":
      return [
        { label: "Toy", value: toyKindLabels[item.toy] },
        { label: "Plate", value: plateLabels[item.plate] },
        { label: "Condition", value: toyConditionLabels[item.condition] },
      ];
    case "part":
      return [
        { label: "Part", value: partTypeLabels[item.partType] },
        { label: "Source", value: partSourceLabels[item.source] },
        { label: "Condition", value: capitalise(item.condition) },
        {
          label: "Fits",
          value: item.fits
            .map((fit) =>
              fit.category === "pedal_car"
                ? `Pedal car${fit.era ? ` (${shortEra[fit.era]})` : ", all eras"}`
                : fit.category === "classic_car"
                  ? (getClassicModel(fit.model ?? "")?.name ?? "Moskvitch cars")
                  : fit.model ? toyKindLabels[fit.model as keyof typeof toyKindLabels] ?? "AZLK toys" : "AZLK toys",
            )
            .join("; "),
        },
      ];
  }
}
