import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/kernel/cache";

// A job that changed listings (an auction closed, stock came back) asks for their cached pages to
// be refreshed. Next only takes cache changes inside a request, so a job run by the scheduler in
// the background cannot; there the pages follow within their revalidate time, and what a visitor
// can act on (the bid box, the cart, checkout) is read from the database, not the page cache.

export function refreshChangedListings(listingIds: readonly number[]): void {
  if (listingIds.length === 0) return;
  try {
    for (const id of new Set(listingIds)) revalidateTag(cacheTags.listing(id), { expire: 0 });
    revalidateTag(cacheTags.listings, { expire: 0 });
  } catch {
    // Outside a request: nothing to refresh here (see above).
  }
}
