import { z } from "zod";
import { classicModelCodes } from "@/lib/catalogue/models";
import { categories, pedalCarEras, toyKinds } from "@/lib/catalogue/vocabulary";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { cleanQueryValue } from "@/lib/listings/search-params";

// What the results archive can be asked: words, a category and its segment (a pedal car's era, a
// classic car's model or a toy's kind), a date range and a page cursor, all in the URL. Unlike the
// catalogue, a value we cannot read is said back beside its field: the archive is where people
// check prices, and a silently wider answer would mislead them.

const resultFilterNames = ["q", "category", "era", "model", "from", "to", "after"] as const;
type FilterName = (typeof resultFilterNames)[number];

const day = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    }, message)
    .optional();

/** A classic car's model or a toy's kind: both live in the results' model column. */
const segmentModels = [...classicModelCodes, ...toyKinds] as [string, ...string[]];

const resultFiltersSchema = z
  .object({
    q: z
      .string()
      .transform((v) => v.replace(/\s+/g, " ").trim().slice(0, 120) || undefined)
      .optional(),
    category: z.enum(categories, { error: "Choose one of the categories." }).optional(),
    era: z.enum(pedalCarEras, { error: "That is not one of the pedal-car eras." }).optional(),
    model: z.enum(segmentModels, { error: "That is not a model or toy we know." }).optional(),
    from: day("Give the date as YYYY-MM-DD, a day that exists."),
    to: day("Give the date as YYYY-MM-DD, a day that exists."),
    after: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, "That page link is damaged: start from the first page.")
      .optional(),
  })
  .superRefine((filters, ctx) => {
    if (filters.from && filters.to && filters.from > filters.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date." });
    if (filters.after && !decodeResultCursor(filters.after))
      ctx.addIssue({
        code: "custom",
        path: ["after"],
        message: "That page link is damaged: start from the first page.",
      });
    if (filters.era && filters.category && filters.category !== "pedal_car")
      ctx.addIssue({ code: "custom", path: ["era"], message: "Only pedal cars have an era." });
    if (filters.model && filters.category && !["classic_car", "toy"].includes(filters.category))
      ctx.addIssue({ code: "custom", path: ["model"], message: "Only classic cars and toys have a model." });
  });

export type ResultFilters = z.infer<typeof resultFiltersSchema>;

export type ParsedResultFilters =
  | { ok: true; filters: ResultFilters }
  | {
      ok: false;
      fieldErrors: Partial<Record<FilterName, string>>;
      values: Partial<Record<FilterName, string>>;
    };

/** Reads Next's searchParams: the first of repeated keys, empty fields as unset, control characters as spaces. */
export function parseResultFilters(raw: Record<string, string | string[] | undefined>): ParsedResultFilters {
  const values: Partial<Record<FilterName, string>> = {};
  for (const name of resultFilterNames) {
    const value = cleanQueryValue(raw[name])?.trim();
    if (value) values[name] = value;
  }
  const parsed = resultFiltersSchema.safeParse(values);
  if (parsed.success) return { ok: true, filters: parsed.data };
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
}

/** A /results link for these filters; `changes` set or (with undefined) remove fields. The cursor goes unless given. */
export function resultsHref(
  filters: Partial<ResultFilters>,
  changes: Partial<Record<FilterName, string | undefined>> = {},
): string {
  const merged: Partial<Record<FilterName, string | undefined>> = {
    ...filters,
    after: undefined,
    ...changes,
  };
  const query = new URLSearchParams();
  for (const name of resultFilterNames) {
    const value = merged[name];
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `/results?${text}` : "/results";
}

// Keyset cursor over the archive's order (newest first; a sale before an unsold auction at the same
// instant; then by id): the last row's instant, its kind and its id, as URL-safe base64 JSON.
export type ResultCursor = { at: string; kind: "sold" | "unsold"; id: string };

const cursorSchema = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/),
  z.enum(["sold", "unsold"]),
  z.string().max(40),
]);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeResultCursor(cursor: ResultCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.kind, cursor.id]), "utf8").toString("base64url");
}

/** The cursor, or null when it cannot be read (the caller says so beside the page link). */
export function decodeResultCursor(value: string): ResultCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [at, kind, id] = parsed.data;
    if (Number.isNaN(Date.parse(at)) || new Date(at).getUTCFullYear() > 9999) return null;
    if (kind === "sold" ? !uuidPattern.test(id) : !/^\d{1,9}$/.test(id)) return null;
    return { at, kind, id };
  } catch {
    return null;
  }
}

/**
 * A result's address: a sale is its sold-item id (a uuid); an auction that ended below its reserve
 * is "auction-<listing id>". Anything else is no result (404).
 */
export type ResultKey = { kind: "sold"; id: string } | { kind: "unsold"; listingId: number };

export function parseResultKey(value: string): ResultKey | null {
  if (uuidPattern.test(value)) return { kind: "sold", id: value };
  const match = /^auction-(\d{1,9})$/.exec(value);
  return match ? { kind: "unsold", listingId: Number(match[1]) } : null;
}
