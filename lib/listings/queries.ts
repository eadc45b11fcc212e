import "server-only";
import { and, desc, eq, inArray, isNull, ne, notInArray, sql, type SQL } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listingPhotos, listings, partFits, users } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import type { Category } from "@/lib/catalogue/vocabulary";

// Reads for public pages. Results pass through Next's data cache, so they hold only plain JSON
// (dates as ISO strings).

export type ListingCard = {
  id: number;
  title: string;
  category: Category;
  askingPriceCents: number;
  currency: string;
  country: string;
  city: string | null;
  era: string | null;
  condition: string | null;
  year: number | null;
  model: string | null;
  quantity: number;
  coverPhotoKey: string | null;
  coverAlt: string | null;
  publishedAt: string | null;
};

/** The columns a listing card shows, with the cover photo from a left join on position 0. */
export const cardColumns = {
  id: listings.id,
  title: listings.title,
  category: listings.category,
  askingPriceCents: listings.askingPriceCents,
  currency: listings.currency,
  country: listings.country,
  city: listings.city,
  era: listings.era,
  condition: listings.condition,
  year: listings.year,
  model: listings.model,
  quantity: listings.quantity,
  coverPhotoKey: listingPhotos.storageKey,
  coverAlt: listingPhotos.altText,
  publishedAt: sql<string | null>`to_char(${listings.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
};

// Literal, not a bound parameter, so the planner matches the partial indexes' predicate.
const isLive = and(sql`${listings.status} = 'live'`, isNull(listings.deletedAt));

async function queryRecentListings(limit: number, category?: Category): Promise<ListingCard[]> {
  const db = await getDb();
  return db
    .select(cardColumns)
    .from(listings)
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(category ? and(isLive, eq(listings.category, category)) : isLive)
    .orderBy(desc(listings.publishedAt), desc(listings.id))
    .limit(limit);
}

export const listRecentListings = unstable_cache(
  (input: { limit: number; category?: Category }) => queryRecentListings(input.limit, input.category),
  ["listings-recent"],
  { tags: [cacheTags.listings], revalidate: 300 },
);

export type ListingDetail = ListingCard & {
  description: string;
  status: string;
  saleFormat: string;
  attributes: Record<string, unknown>;
  shippingOptions: { destination: string; priceCents: number; label?: string }[];
  sellerId: string;
  sellerName: string;
  photos: { storageKey: string; altText: string; width: number; height: number }[];
};

async function queryListingById(id: number): Promise<ListingDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      description: listings.description,
      status: listings.status,
      saleFormat: listings.saleFormat,
      attributes: listings.attributes,
      shippingOptions: listings.shippingOptions,
      sellerId: listings.sellerId,
      sellerName: users.displayName,
    })
    .from(listings)
    .innerJoin(users, eq(users.id, listings.sellerId))
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(eq(listings.id, id), isNull(listings.deletedAt)))
    .limit(1);
  if (!row || row.status === "draft") return null;
  const photos = await db
    .select({ storageKey: listingPhotos.storageKey, altText: listingPhotos.altText, width: listingPhotos.width, height: listingPhotos.height })
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, id))
    .orderBy(listingPhotos.position);
  return { ...row, photos };
}

export function getPublicListing(id: number): Promise<ListingDetail | null> {
  return unstable_cache(() => queryListingById(id), ["listing-detail", String(id)], {
    tags: [cacheTags.listings, cacheTags.listing(id)],
    revalidate: 300,
  })();
}

async function queryCategoryCounts(): Promise<Record<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({ category: listings.category, n: sql<number>`count(*)::int` })
    .from(listings)
    .where(isLive)
    .groupBy(listings.category);
  return Object.fromEntries(rows.map((r) => [r.category, r.n]));
}

export const getLiveCountsByCategory = unstable_cache(queryCategoryCounts, ["listings-category-counts"], {
  tags: [cacheTags.listings],
  revalidate: 300,
});

async function queryCards(where: SQL, limit: number): Promise<ListingCard[]> {
  const db = await getDb();
  return db
    .select(cardColumns)
    .from(listings)
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(isLive, where))
    .orderBy(desc(listings.publishedAt), desc(listings.id))
    .limit(limit);
}

export type RelatedTo = { id: number; category: Category; era: string | null; model: string | null };

/** Same category, the same era or model first, then the newest of the category. */
async function queryRelatedListings(listing: RelatedTo, limit: number): Promise<ListingCard[]> {
  const sameKind =
    listing.category === "pedal_car" && listing.era && listing.era !== "unknown"
      ? sql`${listings.era} = ${listing.era}`
      : listing.model && listing.category !== "part"
        ? eq(listings.model, listing.model)
        : undefined;
  const base = and(eq(listings.category, listing.category), ne(listings.id, listing.id))!;
  const closest = sameKind ? await queryCards(and(base, sameKind)!, limit) : [];
  if (closest.length >= limit) return closest;
  const shown = [listing.id, ...closest.map((c) => c.id)];
  const more = await queryCards(and(base, notInArray(listings.id, shown))!, limit - closest.length);
  return [...closest, ...more];
}

export function listRelatedListings(input: { listing: RelatedTo; limit?: number }): Promise<ListingCard[]> {
  return unstable_cache(() => queryRelatedListings(input.listing, input.limit ?? 4), ["listings-related", String(input.listing.id)], {
    tags: [cacheTags.listings, cacheTags.listing(input.listing.id)],
    revalidate: 300,
  })();
}

export type PartsFitFor = { category: Category; model: string | null; era: string | null };

/** Which part_fits rows count as fitting: a part listed for any model ("") or any era ("any") fits too. */
export function partFitCondition(item: PartsFitFor): SQL | null {
  switch (item.category) {
    case "pedal_car": {
      const eras = item.era && item.era !== "unknown" ? [item.era, "any"] : null;
      return and(eq(partFits.fitsCategory, "pedal_car"), eras ? inArray(partFits.fitsEra, eras) : undefined)!;
    }
    case "classic_car":
    case "toy":
      return and(eq(partFits.fitsCategory, item.category), item.model ? inArray(partFits.fitsModel, [item.model, ""]) : undefined)!;
    default:
      return null;
  }
}

async function queryPartsThatFit(item: PartsFitFor, limit: number): Promise<ListingCard[]> {
  const fit = partFitCondition(item);
  if (!fit) return [];
  return queryCards(
    and(eq(listings.category, "part"), sql`exists (select 1 from ${partFits} where ${partFits.listingId} = ${listings.id} and ${fit})`)!,
    limit,
  );
}

/** Spare parts for sale that fit a pedal car (by era), a classic car (by model) or a toy (by kind). */
export function listPartsThatFit(input: { item: PartsFitFor; limit?: number }): Promise<ListingCard[]> {
  const { category, model, era } = input.item;
  return unstable_cache(() => queryPartsThatFit(input.item, input.limit ?? 4), ["listings-parts-fit", category, model ?? "", era ?? "", String(input.limit ?? 4)], {
    tags: [cacheTags.listings],
    revalidate: 300,
  })();
}
