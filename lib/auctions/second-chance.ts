import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auctionOffers, auctions, bids, listings, orders } from "@/db/schema";
import { selectRows } from "@/db/transaction";
import { canManage, type Actor } from "@/lib/auth/actor";
import type { Clock } from "@/lib/kernel/clock";
import { marketClock } from "@/lib/kernel/market-clock";
import { formatMoney } from "@/lib/kernel/money";
import { notify } from "@/lib/notifications/notify";
import { createAuctionOrder } from "./auction-orders";
import type { Refusal, Result } from "@/lib/kernel/result";

/** Order states in which the last offer has lapsed and the item may go to the next bidder. */
const lapsedOrderStatuses = ["expired", "cancelled", "payment_failed"] as const;

export type SecondChanceResult = Result<
  { orderId: number; bidderId: string; priceCents: number },
  Refusal<"not_found" | "forbidden" | "not_lapsed" | "no_bidders">
>;

/**
 * After the winner's order lapsed unpaid, the seller offers the item to the highest remaining
 * bidder at that bidder's own maximum (never more than they agreed to pay). Each bidder is offered
 * the item at most once; the auction row lock makes two clicks create one order.
 */
export async function offerToNextBidder({
  actor,
  listingId,
  clock,
}: {
  actor: Actor;
  listingId: number;
  clock?: Clock;
}): Promise<SecondChanceResult> {
  const at = clock ?? (await marketClock());
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ auction: auctions, listing: listings })
      .from(auctions)
      .innerJoin(listings, eq(listings.id, auctions.listingId))
      .where(eq(auctions.listingId, listingId))
      .for("update", { of: auctions });
    // Hidden by an admin: nothing about it may be sold until it is restored.
    if (!row || row.listing.deletedAt || row.listing.hiddenAt)
      return { ok: false, reason: "not_found", message: "That auction does not exist." };
    const { auction, listing } = row;
    if (!canManage(actor, listing.sellerId))
      return {
        ok: false,
        reason: "forbidden",
        message: "Only the seller can offer the item to another bidder.",
      };
    if (auction.status !== "closed" || !auction.winnerOrderId)
      return { ok: false, reason: "not_lapsed", message: "The auction has no unpaid order to replace." };
    const [last] = await tx
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, auction.winnerOrderId))
      .for("update");
    if (!last || !(lapsedOrderStatuses as readonly string[]).includes(last.status)) {
      return {
        ok: false,
        reason: "not_lapsed",
        message: "The buyer's order is still open; wait until it lapses.",
      };
    }

    const [next] = await selectRows<{ bidder_id: string; max_cents: number }>(
      tx,
      sql`
      select ${bids.bidderId} as bidder_id, max(${bids.maxCents})::int as max_cents
      from ${bids}
      where ${bids.listingId} = ${listingId}
        and ${bids.bidderId} not in (select ${auctionOffers.bidderId} from ${auctionOffers} where ${auctionOffers.listingId} = ${listingId})
      group by ${bids.bidderId}
      order by max(${bids.maxCents}) desc, min(${bids.id}) asc
      limit 1`,
    );
    if (!next)
      return { ok: false, reason: "no_bidders", message: "No other bidder is left to offer the item to." };

    const now = at.now();
    const priceCents = Math.min(Number(next.max_cents), auction.currentPriceCents ?? Number(next.max_cents));
    const { orderId } = await createAuctionOrder(tx, {
      listing,
      buyerId: next.bidder_id,
      priceCents,
      kind: "second_chance",
      now,
    });
    await notify(tx, {
      userId: next.bidder_id,
      kind: "second_chance",
      listingId,
      orderId,
      href: `/orders/${orderId}`,
      title: `Second chance: ${listing.title} is yours for ${formatMoney(priceCents, listing.currency)}`,
      body: `The winner did not pay, so the seller offers you the item at your maximum bid of ${formatMoney(priceCents, listing.currency)}. Pay to accept; the offer lapses if unpaid.`,
    });
    return { ok: true, orderId, bidderId: next.bidder_id, priceCents };
  });
}
