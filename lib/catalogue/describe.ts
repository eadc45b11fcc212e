import { descriptorOf } from "./categories";
import { describeWith } from "./descriptor";
import type { Item } from "./item-schemas";
import { getClassicModel } from "./models";
import {
  pedalCarEraShortLabels,
  toyConditionLabels,
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

/** One short line for a listing card: era or model, condition, year. */
export function describeCard(card: {
  category: string;
  era: string | null;
  condition: string | null;
  year: number | null;
  model: string | null;
}): string {
  const parts: string[] = [];
  if (card.category === "pedal_car" && card.era)
    parts.push(pedalCarEraShortLabels[card.era as PedalCarEra] ?? card.era);
  if (card.category === "classic_car" && card.model)
    parts.push(getClassicModel(card.model)?.name ?? card.model);
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

/** The item's attributes as label/value pairs, in the order a collector reads them (the category descriptor's). */
export function describeItem(item: Item): { label: string; value: string }[] {
  return describeWith(descriptorOf(item.category), item);
}
