import { z } from "zod";
import { partConditions } from "@/lib/catalogue/item-schemas";
import { classicModelCodes } from "@/lib/catalogue/models";
import { categories, conditionGrades, pedalCarEras, toyConditions } from "@/lib/catalogue/vocabulary";

// The whole state of a catalogue search lives in the URL, so a search can be shared or bookmarked.
// Every field falls back to "not set" on a bad value: a mistyped link shows a wider search, never an
// error. Control characters (NUL among them, which PostgreSQL refuses in text) never get past here.

export const listingSorts = ["newest", "price_asc", "price_desc", "best_deal", "relevance"] as const;
export type ListingSort = (typeof listingSorts)[number];

/** Conditions of every category share one column: toy and part words, and classic-car grades "1" to "4". */
const searchConditions = [
  ...new Set<string>([...toyConditions, ...partConditions, ...conditionGrades.map(String)]),
] as [string, ...string[]];

/** Search parameter names, in the order they are written back into links. */
export const searchParamNames = [
  "q",
  "category",
  "model",
  "era",
  "condition",
  "min",
  "max",
  "country",
  "ships_to",
  "format",
  "year_from",
  "year_to",
  "restored",
  "photos",
  "sort",
  "after",
] as const;
export type SearchParamName = (typeof searchParamNames)[number];

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const wholeDollars = optional(
  z
    .string()
    .transform((v) => v.replace(/[$,\s]/g, ""))
    .pipe(z.string().regex(/^\d{1,7}$/))
    .transform(Number),
);

/** A model year as four digits; a year outside what any Moskvitch item could carry widens the search instead. */
const modelYear = optional(
  z
    .string()
    .trim()
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1900).max(2100)),
);

/** How a listing sells, in the URL's words. */
export const saleFormatFilters = { buy_now: "fixed_price", auction: "auction" } as const;

const isoCountry = optional(
  z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2}$/)
    .transform((v) => v.toUpperCase()),
);

export const listingSearchParamsSchema = z.object({
  q: optional(
    z
      .string()
      .transform((v) => v.replace(/\s+/g, " ").trim().slice(0, 120))
      .pipe(z.string().min(1)),
  ),
  category: optional(z.enum(categories)),
  model: optional(z.enum(classicModelCodes)),
  era: optional(z.enum(pedalCarEras)),
  condition: optional(z.enum(searchConditions)),
  min: wholeDollars,
  max: wholeDollars,
  country: isoCountry,
  ships_to: isoCountry,
  format: optional(z.enum(["buy_now", "auction"])),
  year_from: modelYear,
  year_to: modelYear,
  /** Pedal cars only: "yes" restored, "no" original as it left AZLK. */
  restored: optional(z.enum(["yes", "no"])),
  photos: optional(z.literal("1").transform(() => true as const)),
  sort: optional(z.enum(listingSorts)),
  after: optional(
    z
      .string()
      .max(300)
      .regex(/^[A-Za-z0-9_-]+$/),
  ),
});
export type ListingSearchParams = z.infer<typeof listingSearchParamsSchema>;

// Long enough for any real value (words are cut to 120 characters after this).
const maxRawLength = 1000;

/** A query value as text we can hand to the database: control characters become spaces, and a flood is cut short. */
export function cleanQueryValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  return first.slice(0, maxRawLength).replace(/[\p{Cc}\u2028\u2029]|\p{Cs}/gu, " ");
}

/** Reads Next's searchParams (repeated keys give arrays: the first value wins). */
export function parseListingSearchParams(
  raw: Record<string, string | string[] | undefined>,
): ListingSearchParams {
  const firsts = Object.fromEntries(searchParamNames.map((name) => [name, cleanQueryValue(raw[name])]));
  const params = listingSearchParamsSchema.parse(firsts);
  // A model or era left over from another category (the form was switched) would match nothing: drop it.
  const offered = filtersForCategory(params.category);
  // A range typed back to front means the years between the two.
  const [yearFrom, yearTo] =
    params.year_from !== undefined && params.year_to !== undefined && params.year_from > params.year_to
      ? [params.year_to, params.year_from]
      : [params.year_from, params.year_to];
  return {
    ...params,
    model: offered.model ? params.model : undefined,
    era: offered.era ? params.era : undefined,
    restored: offered.restored ? params.restored : undefined,
    year_from: offered.year ? yearFrom : undefined,
    year_to: offered.year ? yearTo : undefined,
  };
}

/** Relevance needs words to rank by, so without words it falls back to newest. */
export function effectiveSort(params: Pick<ListingSearchParams, "q" | "sort">): ListingSort {
  const sort = params.sort ?? (params.q ? "relevance" : "newest");
  if (sort === "relevance" && !params.q) return "newest";
  return sort;
}

/** A /listings link for these params; `changes` set (or with undefined, remove) single fields. The cursor is dropped unless given. */
export function searchHref(
  params: ListingSearchParams,
  changes: Partial<Record<SearchParamName, string | number | boolean | undefined>> = {},
): string {
  const merged: Record<string, unknown> = { ...params, after: undefined, ...changes };
  const query = new URLSearchParams();
  for (const name of searchParamNames) {
    const value = merged[name];
    if (value === undefined || value === false || value === "") continue;
    query.set(name, value === true ? "1" : String(value));
  }
  const text = query.toString();
  return text ? `/listings?${text}` : "/listings";
}

// Keyset cursor: the sort it belongs to, the last row's sort key and its id, as URL-safe base64 JSON.
// Keys are strings so timestamps keep their microseconds and ranks their exact decimal value.
export type SearchCursor = { sort: ListingSort; key: string; id: number };

const cursorSchema = z.tuple([
  z.enum(listingSorts),
  z.string().max(64),
  z.number().int().positive().max(2_147_483_647),
]);

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), "utf8").toString("base64url");
}

/** The cursor, or null when it is damaged or was made for another sort (the search then starts at page one). */
export function decodeCursor(value: string | undefined, sort: SearchCursor["sort"]): SearchCursor | null {
  if (!value) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data[0] !== sort) return null;
    const [, key, id] = parsed.data;
    if (!cursorKeyPatterns[sort].test(key)) return null;
    if (sort === "newest" && !isRealInstant(key)) return null;
    return { sort, key, id };
  } catch {
    return null;
  }
}

// The key goes into SQL as a bound parameter, but a key of the wrong shape (or past the int range)
// would make the cast fail with a 500.
const cursorKeyPatterns: Record<SearchCursor["sort"], RegExp> = {
  newest: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/,
  price_asc: /^\d{1,9}$/,
  price_desc: /^\d{1,9}$/,
  relevance: /^\d{1,6}(\.\d{1,8})?$/,
  best_deal: /^\d{1,9}$/,
};

/** "2026-02-30T…" has the right shape but names no day: the database would refuse it. */
function isRealInstant(key: string): boolean {
  const time = Date.parse(key);
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999 && new Date(time).toISOString().slice(0, 19) === key.slice(0, 19);
}

/**
 * Which filters a category's form offers: an era and restored-or-original for pedal cars, a model for
 * classic cars, both model and era (as "fits") for parts; a year range wherever items carry a year.
 */
export function filtersForCategory(category: ListingSearchParams["category"]): {
  model: boolean;
  era: boolean;
  restored: boolean;
  year: boolean;
} {
  switch (category) {
    case "pedal_car":
      return { model: false, era: true, restored: true, year: true };
    case "classic_car":
      return { model: true, era: false, restored: false, year: true };
    case "toy":
      return { model: false, era: false, restored: false, year: true };
    case "part":
      return { model: true, era: true, restored: false, year: false };
    default:
      return { model: true, era: true, restored: false, year: true };
  }
}

/**
 * Fields whose values are free (words, prices, cursors) or many (countries): searches using them are
 * never cached, as pages or as data, so the cache holds at most one entry per combination of the
 * closed lists (category, model, era, condition, format, restored, photos, sort).
 */
const uncachedFields = ["q", "min", "max", "year_from", "year_to", "after", "country", "ships_to"] as const;

/** Whether a search belongs to the bounded set that is cached (see uncachedFields). */
export function isCacheableSearch(params: ListingSearchParams): boolean {
  return uncachedFields.every((name) => params[name] === undefined);
}

/**
 * The path segment of the cached browse page for a /listings query, or null when the search should
 * render on demand. Bad values are dropped on the way, so each browse page has one canonical name.
 */
export function browseSegmentFor(raw: Record<string, string | string[] | undefined>): string | null {
  if (Object.keys(raw).some((name) => !(searchParamNames as readonly string[]).includes(name))) return null;
  const params = parseListingSearchParams(raw);
  if (!isCacheableSearch(params)) return null;
  return encodeURIComponent(searchHref(params).split("?")[1] ?? "all");
}

/** A popular search's address is at most this long: longer ones are never counted or cached. */
const popularHrefMaxLength = 300;

/**
 * The canonical address of a search that has no browse page (words, a price range, a country…), for
 * counting how often it is asked and serving it from the cache once it is popular
 * (lib/kernel/popular-pages.ts, proxy.ts). Null for browsing, for page two onwards (a cursor) and for
 * anything with unknown fields.
 */
export function popularSearchHref(raw: Record<string, string | string[] | undefined>): string | null {
  if (Object.keys(raw).some((name) => !(searchParamNames as readonly string[]).includes(name))) return null;
  const params = parseListingSearchParams(raw);
  if (params.after !== undefined || isCacheableSearch(params)) return null;
  const href = searchHref(params);
  return href.includes("?") && href.length <= popularHrefMaxLength ? href : null;
}

/** The search a popular search's page stands for (the page's segment is its encoded query). */
export function paramsFromPopularSegment(segment: string): ListingSearchParams {
  let query = "";
  try {
    query = decodeURIComponent(segment);
  } catch {
    // The proxy lets only canonical segments through; a damaged one shows everything.
  }
  return { ...parseListingSearchParams(Object.fromEntries(new URLSearchParams(query))), after: undefined };
}

/** The search a browse page stands for (the inverse of browseSegmentFor). */
export function paramsFromBrowseSegment(segment: string): ListingSearchParams {
  let query = "";
  try {
    query = decodeURIComponent(segment);
  } catch {
    // A damaged segment shows everything rather than an error.
  }
  const raw = query === "all" ? {} : Object.fromEntries(new URLSearchParams(query));
  const params = parseListingSearchParams(raw);
  return {
    ...params,
    q: undefined,
    min: undefined,
    max: undefined,
    year_from: undefined,
    year_to: undefined,
    after: undefined,
    country: undefined,
    ships_to: undefined,
  };
}

/**
 * The address search engines should file a search under: its filters in alphabetical order, without
 * the sort or the page cursor (the same results in another order or further on) and without empty
 * fields, so every way of writing one search names a single page.
 */
export function canonicalSearchHref(params: ListingSearchParams): string {
  const query = new URLSearchParams();
  const names = searchParamNames.filter((name) => name !== "sort" && name !== "after").toSorted();
  for (const name of names) {
    const value = params[name];
    if (value === undefined || value === "") continue;
    query.set(name, value === true ? "1" : String(value));
  }
  const text = query.toString();
  return text ? `/listings?${text}` : "/listings";
}
