import "server-only";
import { and, eq } from "drizzle-orm";
import { auctions, bids } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import type { Clock } from "@/lib/kernel/clock";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import type { ListingRefusal } from "@/lib/listings/ownership";
import { notify } from "@/lib/notifications/notify";

// Taking an auction with bids off sale (withdrawing, marking it sold elsewhere, deleting it), by
// eBay's rule: with more than 12 hours left the seller may end it early, which cancels every bid
// and sells nothing; in the last 12 hours an auction with bids runs to its end. An admin may end
// one at any time (a listing that breaks the rules must be able to go). Bidders are told either way.

const lastHoursWithoutEndingEarly = 12;

/** May an auction with bids be ended early at `now`? Pure, for the rule's unit test and any caller. */
export function mayEndEarly(input: { bidCount: number; endsAt: Date; now: Date; isAdmin: boolean }): boolean {
  if (input.bidCount === 0 || input.isAdmin) return true;
  return input.endsAt.getTime() - input.now.getTime() > lastHoursWithoutEndingEarly * 3_600_000;
}

/**
 * Called under the listing's row lock before it leaves the catalogue. Refuses, or closes an open
 * auction with bids without a sale and tells each bidder; returns null when the change may go on.
 */
export async function endAuctionBeforeWithdrawal(
  tx: Transaction,
  input: { actor: Actor; listing: { id: number; title: string }; clock: Clock },
): Promise<ListingRefusal | null> {
  const { actor, listing } = input;
  const [auction] = await tx.select().from(auctions).where(eq(auctions.listingId, listing.id)).for("update");
  if (!auction || auction.status !== "open" || auction.bidCount === 0) return null;
  const now = input.clock.now();
  if (!mayEndEarly({ bidCount: auction.bidCount, endsAt: auction.endsAt, now, isAdmin: isAdmin(actor) })) {
    return {
      ok: false,
      reason: "wrong_status",
      message: `This auction has bids and ends within ${lastHoursWithoutEndingEarly} hours: it runs to its end, and the highest bidder wins.`,
      fieldErrors: {},
    };
  }
  await tx
    .update(auctions)
    .set({ status: "closed", closedAt: now, updatedAt: now })
    .where(and(eq(auctions.listingId, listing.id), eq(auctions.status, "open")));
  const bidders = await tx
    .selectDistinct({ id: bids.bidderId })
    .from(bids)
    .where(eq(bids.listingId, listing.id));
  for (const bidder of bidders) {
    await notify(tx, {
      userId: bidder.id,
      kind: "auction_cancelled",
      listingId: listing.id,
      href: `/listings/${listing.id}`,
      title: `Auction ended early: ${listing.title}`,
      body: "The seller ended this auction before its end. Your bid is cancelled: nothing was sold and you owe nothing.",
    });
  }
  return null;
}
