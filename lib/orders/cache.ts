import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";

// Stock and sales change what listing pages and searches show. Only for route handlers and server
// actions: Next refuses cache changes while a page renders.

export function refreshListingCaches({ listingIds, soldHistoryChanged = false }: { listingIds: readonly number[]; soldHistoryChanged?: boolean }): void {
  try {
    expireTags(listingIds, soldHistoryChanged);
  } catch (error) {
    // Outside a Next request (scripts, tests) there is no cache to refresh; pages also expire within five minutes.
    if (process.env.NODE_ENV !== "test") console.warn(`Could not refresh cached listing pages: ${(error as Error).message}`);
  }
}

// Expired at once, not stale-while-revalidate: a listing that sold out must leave search and browse
// pages on the next request, never be offered once more from a stale page.
function expireTags(listingIds: readonly number[], soldHistoryChanged: boolean): void {
  for (const id of new Set(listingIds)) revalidateTag(cacheTags.listing(id), { expire: 0 });
  if (listingIds.length) revalidateTag(cacheTags.listings, { expire: 0 });
  if (soldHistoryChanged) revalidateTag(cacheTags.soldItems, "max");
}
