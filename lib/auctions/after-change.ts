import "server-only";
import { after } from "next/server";
import { invalidateListings } from "@/lib/kernel/cache";
import { deliverQueuedEmails } from "@/lib/notifications/outbox";

/**
 * After a bid or a close: cached listing pages and cards show the new state on their next visit
 * (stale-while-revalidate), and queued emails go out once the response is sent.
 */
export function afterAuctionChange(listingIds: readonly number[]): void {
  invalidateListings(listingIds);
  after(() => sendQueuedEmails());
}

export function sendQueuedEmails(): Promise<void> {
  return deliverQueuedEmails().then(
    () => undefined,
    (error: Error) => console.error(`Sending queued emails failed: ${error.message}`),
  );
}
