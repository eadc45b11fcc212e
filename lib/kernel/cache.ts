import "server-only";
import { revalidateTag, updateTag } from "next/cache";

// Tags on cached reads; a write invalidates exactly the tags it touched, through the functions
// below, so every cached page answers to the same few names.
export const cacheTags = {
  listings: "listings",
  listing: (id: number) => `listing-${id}`,
  soldItems: "sold-items",
} as const;

/**
 * A listing changed in a way a visitor may see a moment late (a bid, a photo): its page and the
 * listing cards show the new state on their next visit (stale-while-revalidate).
 */
export function invalidateListings(listingIds: readonly number[]): void {
  if (listingIds.length) revalidateTag(cacheTags.listings, "max");
  for (const id of listingIds) revalidateTag(cacheTags.listing(id), "max");
}

export function invalidateListing(listingId: number): void {
  invalidateListings([listingId]);
}

/** A seller's own change from a server action: the next page they see already shows it (read-your-own-writes). */
export function updateListingNow(listingId: number): void {
  updateTag(cacheTags.listings);
  updateTag(cacheTags.listing(listingId));
}

/**
 * Stock and sales change what listing pages and searches show. Only for route handlers and server
 * actions: Next refuses cache changes while a page renders.
 */
export function refreshListingCaches({
  listingIds,
  soldHistoryChanged = false,
}: {
  listingIds: readonly number[];
  soldHistoryChanged?: boolean;
}): void {
  try {
    expireTags(listingIds, soldHistoryChanged);
  } catch (error) {
    // Outside a Next request (scripts, tests) there is no cache to refresh; pages also expire within five minutes.
    if (process.env.NODE_ENV !== "test")
      console.warn(`Could not refresh cached listing pages: ${(error as Error).message}`);
  }
}

// Expired at once, not stale-while-revalidate: a listing that sold out must leave search and browse
// pages on the next request, never be offered once more from a stale page.
function expireTags(listingIds: readonly number[], soldHistoryChanged: boolean): void {
  for (const id of new Set(listingIds)) revalidateTag(cacheTags.listing(id), { expire: 0 });
  if (listingIds.length) revalidateTag(cacheTags.listings, { expire: 0 });
  if (soldHistoryChanged) revalidateTag(cacheTags.soldItems, "max");
}
