import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { listingPhotos, listings, users } from "@/db/schema";
import { cacheTags } from "@/lib/kernel/cache";
import { availableQuantity } from "@/lib/listings/stock";
import type { Category } from "@/lib/catalogue/vocabulary";
import { offeredListingSql, publicViewOf, type PublicView } from "./visibility";

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
  /** Who sells it, for the link to their public profile. */
  sellerId: string;
  sellerName: string;
  /** Stored fair value for a US buyer (null until the listing could be valued). */
  fairValueLowCents: number | null;
  fairValueCents: number | null;
  fairValueHighCents: number | null;
  /** An open auction's state, for auction listings. */
  auction?: {
    priceCents: number;
    bidCount: number;
    endsAt: string;
    reserve: "none" | "met" | "not_met";
  } | null;
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
  quantity: availableQuantity,
  coverPhotoKey: listingPhotos.storageKey,
  coverAlt: listingPhotos.altText,
  sellerId: listings.sellerId,
  sellerName: sql<string>`(select u.display_name from users u where u.id = ${listings.sellerId})`,
  publishedAt: sql<
    string | null
  >`to_char(${listings.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  fairValueLowCents: listings.fairValueLowCents,
  fairValueCents: listings.fairValueCents,
  fairValueHighCents: listings.fairValueHighCents,
  auction: sql<
    ListingCard["auction"]
  >`(select json_build_object('priceCents', coalesce(a.current_price_cents, a.start_price_cents), 'bidCount', a.bid_count, 'endsAt', to_char(a.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'reserve', case when a.reserve_price_cents is null then 'none' when a.current_price_cents >= a.reserve_price_cents then 'met' else 'not_met' end) from auctions a where a.listing_id = ${listings.id} and a.status = 'open')`,
};

/** Offered listings only: the one rule, from ./visibility.ts. */
export const liveListing = offeredListingSql;
const isLive = liveListing;

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
  /** What the public may do with it: buy or bid ("offered"), or only read about a sale ("sold"). */
  view: Exclude<PublicView, "hidden">;
  saleFormat: string;
  attributes: Record<string, unknown>;
  shippingOptions: { destination: string; priceCents: number; label?: string }[];
  sellerId: string;
  sellerName: string;
  photos: { storageKey: string; altText: string; width: number; height: number }[];
};

/** A listing that is not deleted, in whatever state, with its photos; who may see it is the caller's check. */
export async function queryListingDetail(id: number): Promise<
  | (Omit<ListingDetail, "view"> & {
      view: PublicView;
      /** Hidden by an admin, on its own or with its seller's account: what the seller's preview says. */
      hiddenBy: "admin" | "suspension" | null;
    })
  | null
> {
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
      hiddenAt: listings.hiddenAt,
      hiddenReason: listings.hiddenReason,
    })
    .from(listings)
    .innerJoin(users, eq(users.id, listings.sellerId))
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(and(eq(listings.id, id), isNull(listings.deletedAt)))
    .limit(1);
  if (!row) return null;
  const photos = await db
    .select({
      storageKey: listingPhotos.storageKey,
      altText: listingPhotos.altText,
      width: listingPhotos.width,
      height: listingPhotos.height,
    })
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, id))
    .orderBy(listingPhotos.position);
  const { hiddenAt, hiddenReason, ...listing } = row;
  return {
    ...listing,
    view: publicViewOf({ status: row.status, deletedAt: null, hiddenAt }),
    hiddenBy: hiddenAt ? (hiddenReason ?? "admin") : null,
    photos,
  };
}

/** Uncached: the public's view of one listing. */
export async function queryPublicListing(id: number): Promise<ListingDetail | null> {
  const listing = await queryListingDetail(id);
  if (!listing || listing.view === "hidden") return null;
  const { hiddenBy: _hidden, ...shown } = listing;
  return { ...shown, view: listing.view };
}

/** A listing as the public sees it: live, or a record of its sale; null when it is not public (see ./visibility.ts). */
export function getPublicListing(id: number): Promise<ListingDetail | null> {
  return unstable_cache(() => queryPublicListing(id), ["listing-detail-v2", String(id)], {
    tags: [cacheTags.listings, cacheTags.listing(id)],
    revalidate: 300,
  })();
}

/** A live listing, the only kind that can be bought, bid on or valued from its link. */
export async function getOfferedListing(id: number): Promise<ListingDetail | null> {
  const listing = await getPublicListing(id);
  return listing?.view === "offered" ? listing : null;
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

async function querySellerCountries(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ country: listings.country })
    .from(listings)
    .where(isLive)
    .orderBy(listings.country);
  return rows.map((r) => r.country).filter((c) => /^[A-Z]{2}$/.test(c));
}

/** Countries that live listings are in, for the search form's "seller's country" choice. */
export const listSellerCountries = unstable_cache(querySellerCountries, ["listings-seller-countries"], {
  tags: [cacheTags.listings],
  revalidate: 300,
});
