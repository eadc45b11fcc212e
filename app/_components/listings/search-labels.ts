import { countryName } from "@/lib/catalogue/describe";
import { partConditions } from "@/lib/catalogue/item-schemas";
import { classicModels, getClassicModel } from "@/lib/catalogue/models";
import {
  categoryLabels,
  conditionGradeLabels,
  pedalCarEraLabels,
  toyConditionLabels,
  toyConditions,
  type Category,
  type ConditionGrade,
  type PedalCarEra,
  type ToyCondition,
} from "@/lib/catalogue/vocabulary";
import type { ListingSearchParams, ListingSort, SearchParamName } from "@/lib/listings/search-params";

// Words the search form and its filter chips show for each value in the URL.

export const sortLabels: Record<ListingSort, string> = {
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  best_deal: "Best deal",
  relevance: "Relevance",
};

export type Choice = { value: string; label: string };

const formatLabels: Record<NonNullable<ListingSearchParams["format"]>, string> = {
  buy_now: "Buy now",
  auction: "Auction",
};
export const formatChoices: Choice[] = Object.entries(formatLabels).map(([value, label]) => ({
  value,
  label,
}));

const restoredLabels: Record<NonNullable<ListingSearchParams["restored"]>, string> = {
  yes: "Restored",
  no: "Original, not restored",
};
export const restoredChoices: Choice[] = Object.entries(restoredLabels).map(([value, label]) => ({
  value,
  label,
}));

export const modelChoices: Choice[] = classicModels.map((m) => ({ value: m.code, label: m.name }));
export const eraChoices: Choice[] = (Object.keys(pedalCarEraLabels) as PedalCarEra[])
  .filter((era) => era !== "unknown")
  .map((era) => ({ value: era, label: pedalCarEraLabels[era] }));

const partConditionLabel = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);
const gradeChoices: Choice[] = (Object.keys(conditionGradeLabels) as unknown as ConditionGrade[]).map(
  (g) => ({
    value: String(g),
    label: `Grade ${conditionGradeLabels[g]}`,
  }),
);
const toyConditionChoices: Choice[] = toyConditions.map((c) => ({ value: c, label: toyConditionLabels[c] }));
const partConditionChoices: Choice[] = partConditions.map((c) => ({
  value: c,
  label: partConditionLabel(c),
}));

/** Conditions that mean something in the chosen category; every one of them when no category is chosen. */
export function conditionChoices(category: Category | undefined): Choice[] {
  switch (category) {
    case "pedal_car":
    case "toy":
      return toyConditionChoices;
    case "classic_car":
      return gradeChoices;
    case "part":
      return partConditionChoices;
    default: {
      const seen = new Set<string>();
      return [
        ...toyConditionChoices,
        ...partConditionChoices,
        ...gradeChoices.map((g) => ({ ...g, label: `Classic car ${g.label.toLowerCase()}` })),
      ].filter((c) => !seen.has(c.value) && seen.add(c.value));
    }
  }
}

function conditionLabel(value: string): string {
  if (/^[1-4]$/.test(value)) return `Grade ${conditionGradeLabels[Number(value) as ConditionGrade]}`;
  return toyConditionLabels[value as ToyCondition] ?? partConditionLabel(value);
}

/** Buyer countries offered for "ships to"; the chosen one is added when it is not among them. */
const buyerCountries = [
  "US",
  "CA",
  "GB",
  "IE",
  "DE",
  "FR",
  "NL",
  "BE",
  "IT",
  "ES",
  "PL",
  "CZ",
  "FI",
  "SE",
  "NO",
  "DK",
  "EE",
  "LV",
  "LT",
  "UA",
  "BG",
  "AU",
  "NZ",
  "JP",
  "IL",
];

export function countryChoices(codes: string[], current: string | undefined): Choice[] {
  const all = new Set([...codes, ...(current ? [current] : [])]);
  return [...all]
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function shipsToChoices(current: string | undefined): Choice[] {
  return countryChoices(buyerCountries, current);
}

export type ActiveFilter = { name: SearchParamName; label: string };

/** Each filter in use, in words, for the removable chips above the results. */
export function activeFilters(params: ListingSearchParams): ActiveFilter[] {
  const forParts = params.category === "part";
  const filters: ActiveFilter[] = [];
  if (params.q) filters.push({ name: "q", label: `Words: “${params.q}”` });
  if (params.category) filters.push({ name: "category", label: categoryLabels[params.category] });
  if (params.model)
    filters.push({
      name: "model",
      label: `${forParts ? "Fits " : ""}${getClassicModel(params.model)?.name ?? params.model}`,
    });
  if (params.era)
    filters.push({ name: "era", label: `${forParts ? "Fits: " : ""}${pedalCarEraLabels[params.era]}` });
  if (params.condition)
    filters.push({ name: "condition", label: `Condition: ${conditionLabel(params.condition)}` });
  if (params.min !== undefined)
    filters.push({ name: "min", label: `From $${params.min.toLocaleString("en-US")}` });
  if (params.max !== undefined)
    filters.push({ name: "max", label: `Up to $${params.max.toLocaleString("en-US")}` });
  if (params.country) filters.push({ name: "country", label: `Seller in ${countryName(params.country)}` });
  if (params.ships_to) filters.push({ name: "ships_to", label: `Ships to ${countryName(params.ships_to)}` });
  if (params.format) filters.push({ name: "format", label: formatLabels[params.format] });
  if (params.year_from !== undefined)
    filters.push({ name: "year_from", label: `Made ${params.year_from} or later` });
  if (params.year_to !== undefined)
    filters.push({ name: "year_to", label: `Made ${params.year_to} or earlier` });
  if (params.restored) filters.push({ name: "restored", label: restoredLabels[params.restored] });
  if (params.photos) filters.push({ name: "photos", label: "With photos" });
  return filters;
}
