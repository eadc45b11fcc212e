import "server-only";
import { after } from "next/server";
import { revalidateTag } from "next/cache";
import { cacheTags, invalidateListings } from "@/lib/kernel/cache";
import { deliverQueuedEmails } from "@/lib/notifications/outbox";

/**
 * After a bid or a close: cached listing pages and cards show the new state on their next visit
 * (stale-while-revalidate), and queued emails go out once the response is sent.
 */
export function afterAuctionChange(
  listingIds: readonly number[],
  endedInSegments: readonly string[] = [],
): void {
  invalidateListings(listingIds);
  // Ended auctions count in their segments' market reports (sell-through).
  for (const segment of new Set(endedInSegments)) revalidateTag(cacheTags.valuationSegment(segment), "max");
  after(() => sendQueuedEmails());
}

export function sendQueuedEmails(): Promise<void> {
  return deliverQueuedEmails().then(
    () => undefined,
    (error: Error) => console.error(`Sending queued emails failed: ${error.message}`),
  );
}
