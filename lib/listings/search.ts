import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listingPhotos, listings, partFits } from "@/db/schema";
import { cacheTags } from "@/lib/kernel/cache";
import type { PartType, PedalCarEra } from "@/lib/catalogue/vocabulary";
import { cardColumns, type ListingCard } from "./queries";
import { offeredListingSql } from "./visibility";
import { matchVocabulary } from "./vocabulary";
import {
  decodeCursor,
  effectiveSort,
  encodeCursor,
  isCacheableSearch,
  saleFormatFilters,
  type ListingSearchParams,
  type SearchCursor,
} from "./search-params";

// The catalogue search behind /listings and /parts. Words match the weighted tsvector (title A,
// aliases B, description C) through its GIN index; aliases carry transliterations and Cyrillic
// ("moskvich", "москвич", "aleko"). Typos are mended word by word with pg_trgm similarity against the
// catalogue's own vocabulary, a table kept by a scheduled job (./vocabulary.ts; the documented pg_trgm
// way: a trigram test on every title of a repetitive catalogue took 250-430 ms at 100,000 listings), and relevance adds word_similarity
// to the title. "Best deal" orders by the stored asking-to-fair-value ratio (deal_permille). Pages go
// forward with a keyset cursor (sort key + id), never OFFSET.

const searchPageSize = 24;
/** Counting stops here: "1,000+" tells a collector enough and keeps broad searches cheap. */
const searchCountCap = 1000;
/**
 * Relevance is computed for the newest this-many matches only, never for every match: "pedal car" matches
 * hundreds of thousands of listings at a million, and ranking them all took a second. The newest
 * matches come off the newest-first index (or the GIN index for rare words); as many as are counted.
 */
const rankedCandidates = searchCountCap;

export type SearchOptions = {
  pageSize?: number;
  /** Parts finder: parts that fit any of these pedal-car eras (a year can fall in two). */
  fitsEras?: PedalCarEra[];
  /** Parts finder: parts for any car of this kind, when no model or era narrows it. */
  fitsCategory?: "pedal_car" | "classic_car";
  partType?: PartType;
};

export type ListingSearchResult = {
  listings: ListingCard[];
  /** Cursor for the next page, or null on the last one. */
  nextCursor: string | null;
  /** Matches counted up to the cap; `capped` means there are more. */
  total: { count: number; capped: boolean };
  /** The words searched for when some were mended, e.g. "moskvitch pedal car" for "moskvitch pedel car". */
  mendedQuery: string | null;
};

type SearchWords = { typed: string; mended: string | null };

const liveListing = [offeredListingSql];

function partFitsWhere(fit: SQL): SQL {
  return sql`exists (select 1 from ${partFits} where ${partFits.listingId} = ${listings.id} and ${fit})`;
}

function filtersFor(
  params: ListingSearchParams,
  options: SearchOptions,
  words: SearchWords | undefined,
): SQL[] {
  const filters: SQL[] = [...liveListing];
  const forParts = params.category === "part";
  if (params.category) filters.push(eq(listings.category, params.category));
  // For parts, model and era mean "fits": a part listed for any model ("") or any era fits too.
  if (params.model) {
    filters.push(
      forParts
        ? partFitsWhere(
            sql`${partFits.fitsCategory} = 'classic_car' and ${partFits.fitsModel} in (${params.model}, '')`,
          )
        : eq(listings.model, params.model),
    );
  }
  const eras = options.fitsEras ?? (params.era ? [params.era] : []);
  if (eras.length) {
    filters.push(
      forParts
        ? partFitsWhere(
            sql`${partFits.fitsCategory} = 'pedal_car' and ${inArray(partFits.fitsEra, [...eras, "any"])}`,
          )
        : inArray(listings.era, eras),
    );
  }
  if (options.fitsCategory && !eras.length && !(params.model && options.fitsCategory === "classic_car")) {
    filters.push(partFitsWhere(sql`${partFits.fitsCategory} = ${options.fitsCategory}`));
  }
  if (options.partType) filters.push(sql`${listings.attributes}->>'partType' = ${options.partType}`);
  if (params.condition) filters.push(eq(listings.condition, params.condition));
  if (params.min !== undefined) filters.push(gte(listings.askingPriceCents, params.min * 100));
  if (params.max !== undefined) filters.push(lte(listings.askingPriceCents, params.max * 100));
  if (params.country) filters.push(eq(listings.country, params.country));
  if (params.ships_to) {
    const to = (destination: string) =>
      sql`${listings.shippingOptions} @> ${JSON.stringify([{ destination }])}::jsonb`;
    filters.push(or(to(params.ships_to), to("WORLD"))!);
  }
  if (params.format) filters.push(eq(listings.saleFormat, saleFormatFilters[params.format]));
  if (params.year_from !== undefined) filters.push(gte(listings.year, params.year_from));
  if (params.year_to !== undefined) filters.push(lte(listings.year, params.year_to));
  // Only pedal cars say whether they were restored; the form offers the filter for them alone.
  if (params.restored)
    filters.push(sql`${listings.attributes}->>'restored' = ${params.restored === "yes" ? "true" : "false"}`);
  if (params.photos) filters.push(sql`${listings.photoCount} > 0`);
  if (words) filters.push(sql`${listings.searchVector} @@ ${matchQuery(words)}`);
  // Stored fair values are US-dollar figures, so only a dollar price compares with them; an auction's
  // asking price is its opening bid, not what it will sell for, so auctions stay out of this order.
  if (effectiveSort(params) === "best_deal") {
    filters.push(
      sql`${listings.dealPermille} is not null`,
      eq(listings.currency, "USD"),
      sql`${listings.saleFormat} = 'fixed_price'`,
    );
  }
  return filters;
}

/** The words as typed, or also as mended ("pedel" → "pedal"): either may match. */
function matchQuery(words: SearchWords): SQL {
  const typed = sql`websearch_to_tsquery('simple', ${words.typed})`;
  return words.mended ? sql`(${typed} || websearch_to_tsquery('simple', ${words.mended}))` : typed;
}

type Ordering = { key: SQL<string>; orderBy: SQL[]; after: (cursor: SearchCursor) => SQL };

function orderingFor(sort: SearchCursor["sort"], words: SearchWords | undefined): Ordering {
  switch (sort) {
    case "price_asc":
      return {
        key: sql<string>`${listings.askingPriceCents}::text`,
        orderBy: [asc(listings.askingPriceCents), asc(listings.id)],
        after: (c) =>
          sql`(${listings.askingPriceCents}, ${listings.id}) > (${Number(c.key)}::int, ${c.id}::int)`,
      };
    case "price_desc":
      return {
        key: sql<string>`${listings.askingPriceCents}::text`,
        orderBy: [desc(listings.askingPriceCents), desc(listings.id)],
        after: (c) =>
          sql`(${listings.askingPriceCents}, ${listings.id}) < (${Number(c.key)}::int, ${c.id}::int)`,
      };
    case "relevance": {
      // Rounded to a numeric so the cursor carries the exact value the next page compares against.
      const typed = words?.typed ?? "";
      const rank = sql`round((ts_rank(${listings.searchVector}, ${words ? matchQuery(words) : sql`''::tsquery`}) + 0.5 * word_similarity(${typed}, ${listings.title}))::numeric, 6)`;
      return {
        key: sql<string>`${rank}::text`,
        orderBy: [sql`${rank} desc`, desc(listings.id)],
        after: (c) => sql`(${rank}, ${listings.id}) < (${c.key}::numeric, ${c.id}::int)`,
      };
    }
    case "best_deal":
      // Asking price per thousand of fair value, lowest first: the biggest discount leads.
      return {
        key: sql<string>`${listings.dealPermille}::text`,
        orderBy: [asc(listings.dealPermille), asc(listings.id)],
        after: (c) => sql`(${listings.dealPermille}, ${listings.id}) > (${Number(c.key)}::int, ${c.id}::int)`,
      };
    case "newest":
      // Live listings always have published_at (publishing sets it), so the keyset never meets a null.
      return {
        key: sql<string>`to_char(${listings.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        orderBy: [desc(listings.publishedAt), desc(listings.id)],
        after: (c) => sql`(${listings.publishedAt}, ${listings.id}) < (${c.key}::timestamptz, ${c.id}::int)`,
      };
  }
}

/** One page of live listings for a search, its next-page cursor and a capped count. */
export function searchListings(
  params: ListingSearchParams,
  options: SearchOptions = {},
): Promise<ListingSearchResult> {
  return runSearch(params, options);
}

async function runSearch(params: ListingSearchParams, options: SearchOptions): Promise<ListingSearchResult> {
  const db = await getDb();
  const words = params.q ? await mendWords(params.q) : undefined;
  const sort = effectiveSort(params);
  const ordering = orderingFor(sort, words);
  const filters = filtersFor(params, options, words);
  const cursor = decodeCursor(params.after, sort);
  const pageSize = options.pageSize ?? searchPageSize;

  const candidates =
    sort === "relevance" && words
      ? [
          sql`${listings.id} in (${db
            .select({ id: listings.id })
            .from(listings)
            .where(and(...filters))
            .orderBy(desc(listings.publishedAt), desc(listings.id))
            .limit(rankedCandidates)})`,
        ]
      : [];

  const pageWhere = and(...filters, ...candidates, ...(cursor ? [ordering.after(cursor)] : []));
  // Ranked by relevance, the page's ids are picked first and only they are joined to their photo and
  // card figures: joined first, every candidate (a thousand at a million listings) was.
  const where = candidates.length
    ? sql`${listings.id} in (${db
        .select({ id: listings.id })
        .from(listings)
        .where(pageWhere)
        .orderBy(...ordering.orderBy)
        .limit(pageSize + 1)})`
    : pageWhere;
  const [rows, counted] = await Promise.all([
    db
      .select({ ...cardColumns, sortKey: ordering.key })
      .from(listings)
      .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
      .where(where)
      .orderBy(...ordering.orderBy)
      .limit(pageSize + 1),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ one: sql`1` })
        .from(listings)
        .where(and(...filters))
        .limit(searchCountCap + 1)
        .as("matches"),
    ),
  ]);

  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  const count = Number(counted[0]?.n ?? 0);
  return {
    listings: page.map(({ sortKey: _key, ...card }) => card),
    nextCursor:
      rows.length > pageSize && last ? encodeCursor({ sort, key: last.sortKey, id: last.id }) : null,
    total: { count: Math.min(count, searchCountCap), capped: count > searchCountCap },
    mendedQuery: words?.mended ?? null,
  };
}

/**
 * Lower-cases the words (the text-search parser and pg_trgm only fold ASCII case under a C locale)
 * and mends the ones the catalogue never uses to its closest word (lib/listings/vocabulary.ts).
 */
async function mendWords(q: string): Promise<SearchWords> {
  const typed = q.toLowerCase();
  const terms = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const candidates = [...new Set(terms.filter((t) => t.length >= 3 && !/^\d+$/.test(t)))].slice(0, 6);
  const matches = (await matchVocabulary(candidates)).filter((m) => !m.known);
  if (!matches.some((m) => m.closest)) return { typed, mended: null };
  const replacements = new Map(matches.map((m) => [m.term, m.closest]));
  // A word with no close match is left out of the mended words rather than failing them all.
  const mended = terms
    .map((t) => (replacements.has(t) ? replacements.get(t) : t))
    .filter(Boolean)
    .join(" ");
  return { typed, mended: mended && mended !== typed ? mended : null };
}

const cachedSearch = unstable_cache(
  (params: ListingSearchParams, options: SearchOptions) => runSearch(params, options),
  ["listing-search-v1"],
  { tags: [cacheTags.listings], revalidate: 120 },
);

/**
 * The same search through Next's data cache: browsing is answered without the database until a
 * listing changes. Searches with free values (words, prices, cursors, countries) would each add an
 * entry without bound, so their results come from the database every time.
 */
export function searchListingsCached(
  params: ListingSearchParams,
  options: SearchOptions = {},
): Promise<ListingSearchResult> {
  if (!isCacheableSearch(params)) return runSearch(params, options);
  return cachedSearch(params, options);
}

/**
 * A popular search's results, for its cached page (/listings/popular/…): through the data cache even
 * with words or prices, so the page carries the "listings" tag and any listing's change expires it
 * as it expires browsing. Only promoted searches come here (lib/kernel/popular-pages.ts), so their
 * entries stay as bounded as the promotions.
 */
export function searchPopularListingsCached(params: ListingSearchParams): Promise<ListingSearchResult> {
  return cachedSearch({ ...params, after: undefined }, {});
}
