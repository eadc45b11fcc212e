import { z } from "zod";
import { classicModelCodes, getClassicModel, type ClassicModelCode } from "@/lib/catalogue/models";
import {
  partTypeLabels,
  partTypes,
  pedalCarEraInSentence,
  pedalCarEraLabels,
  pedalCarEraYears,
  pedalCarEras,
  pedalCarProduction,
  type PartType,
  type PedalCarEra,
} from "@/lib/catalogue/vocabulary";
import { cleanQueryValue, listingSorts, type ListingSearchParams } from "./search-params";
import type { SearchOptions } from "./search";

// The parts finder (/parts): "what fits my car?" for a pedal car (by year and/or era) or a classic
// car (by model), answered through the catalogue search. Its whole question lives in the URL.

export const partsFinderTargets = ["pedal_car", "classic_car"] as const;
export type PartsFinderTarget = (typeof partsFinderTargets)[number];

const realEras = pedalCarEras.filter((era) => era !== "unknown");

/** The eras whose cars were made in this year: a year where one era gave way to the next has two (or three). */
export function erasForYear(year: number): PedalCarEra[] {
  return realEras.filter((era) => year >= pedalCarEraYears[era].from && year <= pedalCarEraYears[era].to);
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const text = z.string().trim().max(20);

const rawSchema = z.object({
  for: optional(z.enum(partsFinderTargets)),
  year: optional(text),
  era: optional(z.enum(pedalCarEras)),
  model: optional(z.enum(classicModelCodes)),
  part_type: optional(z.enum(partTypes)),
  sort: optional(z.enum(listingSorts).exclude(["relevance"])),
  after: optional(
    z
      .string()
      .max(300)
      .regex(/^[A-Za-z0-9_-]+$/),
  ),
});
export type PartsFinderValues = z.infer<typeof rawSchema>;

export type PartsFinderQuery =
  | { status: "empty"; values: PartsFinderValues }
  | { status: "invalid"; values: PartsFinderValues; errors: Partial<Record<"year" | "era", string>> }
  | {
      status: "ok";
      values: PartsFinderValues;
      target: PartsFinderTarget;
      description: string;
      params: ListingSearchParams;
      options: SearchOptions;
    };

/** Reads the finder's URL; a bad year or a year that contradicts the era gives a message for that field, never an error page. */
export function parsePartsFinderParams(raw: Record<string, string | string[] | undefined>): PartsFinderQuery {
  const firsts = Object.fromEntries(
    Object.keys(rawSchema.shape).map((name) => [name, cleanQueryValue(raw[name])]),
  );
  const values = rawSchema.parse(firsts);
  const target =
    values.for ?? (values.model ? "classic_car" : values.year || values.era ? "pedal_car" : undefined);
  if (!target) return { status: "empty", values };
  const partType = values.part_type;
  const common = { category: "part" as const, sort: values.sort, after: values.after };

  if (target === "classic_car") {
    const model = values.model ? getClassicModel(values.model) : undefined;
    return {
      status: "ok",
      values,
      target,
      description: withPartType(model ? model.name : "a classic Moskvitch (any model)", partType),
      params: { ...common, model: values.model as ClassicModelCode | undefined },
      options: { fitsCategory: "classic_car", partType },
    };
  }

  const year = values.year ? readYear(values.year) : undefined;
  if (typeof year === "string") return { status: "invalid", values, errors: { year } };
  const era = values.era && values.era !== "unknown" ? values.era : undefined;
  let eras: PedalCarEra[] = year ? erasForYear(year) : era ? [era] : [];
  if (year && era) {
    if (!eras.includes(era)) {
      const { from, to } = pedalCarEraYears[era];
      return {
        status: "invalid",
        values,
        errors: {
          era: `Cars of this era were made from ${from} to ${to}, not in ${year}. Check the year or the bumpers and tires.`,
        },
      };
    }
    eras = [era];
  }
  return {
    status: "ok",
    values,
    target,
    description: withPartType(describePedalCar(year, eras), partType),
    params: common,
    options: { fitsCategory: "pedal_car", fitsEras: eras.length ? eras : undefined, partType },
  };
}

function readYear(value: string): number | string {
  if (!/^\d{4}$/.test(value)) return "Type the year as four digits, such as 1986.";
  const year = Number(value);
  if (year < pedalCarProduction.from || year > pedalCarProduction.to) {
    return `AZLK made the pedal car from ${pedalCarProduction.from} to ${pedalCarProduction.to}.`;
  }
  return year;
}

function describePedalCar(year: number | undefined, eras: PedalCarEra[]): string {
  const car = year ? `a ${year} pedal car` : "a pedal car";
  if (!eras.length) return `${car} (any era)`;
  return `${car} (${eras.map((e) => pedalCarEraInSentence[e]).join(" or ")})`;
}

function withPartType(what: string, partType: PartType | undefined): string {
  return partType ? `${partTypeLabels[partType]} for ${what}` : `Parts for ${what}`;
}

/** A /parts link for these answers, with `changes` applied; the page cursor is dropped unless given. */
type FinderLinkValues = Partial<Record<keyof PartsFinderValues, string | undefined>>;

export function partsFinderHref(values: FinderLinkValues, changes: FinderLinkValues = {}): string {
  const merged: Record<string, string | undefined> = { ...values, after: undefined, ...changes };
  const query = new URLSearchParams();
  for (const name of Object.keys(rawSchema.shape)) {
    const value = merged[name];
    if (value) query.set(name, value);
  }
  const textQuery = query.toString();
  return textQuery ? `/parts?${textQuery}` : "/parts";
}

/** Era choices with the years each covers, for the finder's form. */
export const eraChoices = realEras.map((era) => ({ value: era, label: pedalCarEraLabels[era] }));
