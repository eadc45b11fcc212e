import { countryName } from "@/lib/catalogue/describe";
import { partConditions } from "@/lib/catalogue/item-schemas";
import { classicModels, getClassicModel } from "@/lib/catalogue/models";
import {
  conditionGradeLabels,
  pedalCarEraLabels,
  toyConditionLabels,
  toyConditions,
  type Category,
  type ConditionGrade,
  type PedalCarEra,
  type ToyCondition,
} from "@/lib/catalogue/vocabulary";
import type { useTranslations } from "next-intl";
import type { ListingSearchParams, SearchParamName } from "@/lib/listings/search-params";

// Words the search form and its filter chips show for each value in the URL.

export type Choice = { value: string; label: string };

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

/** The chips' words, in the page's language (messages "SearchFilter"; categories from "Category"). */
export type FilterWords = {
  filter: ReturnType<typeof useTranslations<"SearchFilter">>;
  category: ReturnType<typeof useTranslations<"Category">>;
};

/** Each filter in use, in words, for the removable chips above the results. */
export function activeFilters(
  params: ListingSearchParams,
  { filter: t, category }: FilterWords,
): ActiveFilter[] {
  const forParts = params.category === "part";
  const filters: ActiveFilter[] = [];
  if (params.q) filters.push({ name: "q", label: t("words", { q: params.q }) });
  if (params.category) filters.push({ name: "category", label: category(params.category) });
  if (params.model) {
    const name = getClassicModel(params.model)?.name ?? params.model;
    filters.push({ name: "model", label: forParts ? t("fits", { name }) : name });
  }
  if (params.era) {
    const era = pedalCarEraLabels[params.era];
    filters.push({ name: "era", label: forParts ? t("fitsEra", { era }) : era });
  }
  if (params.condition)
    filters.push({
      name: "condition",
      label: t("condition", { condition: conditionLabel(params.condition) }),
    });
  if (params.min !== undefined) filters.push({ name: "min", label: t("from", { amount: params.min }) });
  if (params.max !== undefined) filters.push({ name: "max", label: t("upTo", { amount: params.max }) });
  if (params.country)
    filters.push({ name: "country", label: t("sellerIn", { country: countryName(params.country) }) });
  if (params.ships_to)
    filters.push({ name: "ships_to", label: t("shipsTo", { country: countryName(params.ships_to) }) });
  if (params.format) filters.push({ name: "format", label: t(params.format) });
  if (params.year_from !== undefined)
    filters.push({ name: "year_from", label: t("madeFrom", { year: params.year_from }) });
  if (params.year_to !== undefined)
    filters.push({ name: "year_to", label: t("madeTo", { year: params.year_to }) });
  if (params.restored) filters.push({ name: "restored", label: t(params.restored) });
  if (params.photos) filters.push({ name: "photos", label: t("photos") });
  return filters;
}
