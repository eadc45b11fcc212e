import "server-only";
import { refreshListingCaches } from "@/lib/kernel/cache";

// A job that changed listings (an auction closed, stock came back) expires their cached pages.
// Next only takes cache changes inside a request, and the scheduler runs jobs in the background, so
// this goes to the cache itself (lib/kernel/cache-tags.ts): the next visitor on any instance sees
// the new state.

export function refreshChangedListings(
  listingIds: readonly number[],
  changedSegments: readonly string[] = [],
): Promise<void> {
  if (listingIds.length === 0 && changedSegments.length === 0) return Promise.resolve();
  return refreshListingCaches({ listingIds, soldSegments: changedSegments });
}
