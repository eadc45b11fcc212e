import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { cacheTags, expireTagsOutsideRequest } from "./cache-tags";

// Tags on cached reads (./cache-tags.ts); a write invalidates exactly the tags it touched, through
// the functions below, so every cached page answers to the same few names.
export { cacheTags };

/**
 * Expires tags at once, wherever it runs: inside a request through Next, from a scheduled job (or
 * anything else outside a request) through the cache itself. Resolves once the outside way has
 * written them; a failure there is said, not thrown (the change itself is already stored).
 */
function expireTags(tags: readonly string[]): Promise<void> {
  const list = [...new Set(tags)];
  try {
    for (const tag of list) revalidateTag(tag, { expire: 0 });
    return Promise.resolve();
  } catch {
    return expireTagsOutsideRequest(list).catch((error: Error) => {
      if (process.env.NODE_ENV !== "test") console.warn(`Could not expire cached pages: ${error.message}`);
    });
  }
}

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

/** A listing's thread changed: the next visitor sees it, and the person who changed it at once. */
export function updateListingCommentsNow(listingId: number): void {
  updateTag(cacheTags.listingComments(listingId));
}

/** A seller's own change from a server action: the next page they see already shows it (read-your-own-writes). */
export function updateListingNow(listingId: number): void {
  updateTag(cacheTags.listings);
  updateTag(cacheTags.listing(listingId));
}

/**
 * Stock and sales change what listing pages, searches and valuations show. Expired at once, not
 * stale-while-revalidate: a listing that sold out must leave search and browse pages on the next
 * request, never be offered once more from a stale page, and a valuation must count the new sale.
 * `soldSegments` are the market segments whose sold-price history changed (none: it did not).
 */
export function refreshListingCaches({
  listingIds,
  soldSegments = [],
}: {
  listingIds: readonly number[];
  soldSegments?: readonly string[];
}): Promise<void> {
  return expireTags([
    ...listingIds.map(cacheTags.listing),
    ...(listingIds.length ? [cacheTags.listings] : []),
    ...soldSegments.map(cacheTags.valuationSegment),
  ]);
}
