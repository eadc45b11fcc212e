import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Transaction } from "@/db/transaction";
import { auctions, listings } from "@/db/schema";
import { formatMoney } from "@/lib/kernel/money";
import { marketClock } from "@/lib/kernel/market-clock";
import { notify } from "@/lib/notifications/notify";
import { createAuctionOrder, withTermsAtFirstBid } from "./auction-orders";
import { saleSegments } from "@/lib/valuation/segments";
import { isReserveMet } from "./rules";

/**
 * `segments`: the market segments whose ended auctions changed (their reports count sell-through);
 * none for a withdrawn listing, which never ended as an auction.
 */
export type CloseOutcome =
  | { closed: false }
  | {
      closed: true;
      listingId: number;
      result: "sold";
      winnerId: string;
      orderId: number;
      priceCents: number;
      segments: string[];
    }
  | { closed: true; listingId: number; result: "reserve_not_met" | "no_bids"; segments: string[] }
  | { closed: true; listingId: number; result: "withdrawn"; segments: [] };

/**
 * Closes one auction if its end has passed. The conditional update (`status = 'open' and ends_at <=
 * now`) closes it exactly once however many closers race; a bid holding the row lock
 * that extends the end makes the waiting update find the row no longer due. `now` defaults to the
 * market's clock; tests pass a later time instead of waiting for the end.
 */
export async function closeAuctionIfDue(
  listingId: number,
  options: { now?: Date } = {},
): Promise<CloseOutcome> {
  const db = await getDb();
  const at = options.now ?? (await marketClock()).now();
  return db.transaction((tx) => closeInTransaction(tx, listingId, at));
}

async function closeInTransaction(tx: Transaction, listingId: number, now: Date): Promise<CloseOutcome> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const [auction] = await tx
    .update(auctions)
    .set({ status: "closed", closedAt: at, updatedAt: at })
    .where(
      and(eq(auctions.listingId, listingId), eq(auctions.status, "open"), sql`${auctions.endsAt} <= ${at}`),
    )
    .returning();
  if (!auction) return { closed: false };
  const [row] = await tx
    .select({
      id: listings.id,
      sellerId: listings.sellerId,
      title: listings.title,
      category: listings.category,
      currency: listings.currency,
      shippingOptions: listings.shippingOptions,
      status: listings.status,
      deletedAt: listings.deletedAt,
      attributes: listings.attributes,
      hiddenAt: listings.hiddenAt,
    })
    .from(listings)
    .where(eq(listings.id, listingId))
    .for("update");
  if (!row || row.status !== "live" || row.deletedAt)
    return { closed: true, listingId, result: "withdrawn", segments: [] };
  // Hidden by an admin (or with its suspended seller): its time still runs out, but nobody wins it.
  // It ends unsold, so a restore brings it back as the record of an ended auction, not a live one.
  if (row.hiddenAt) {
    await tx.update(listings).set({ status: "ended", updatedAt: now }).where(eq(listings.id, listingId));
    return { closed: true, listingId, result: "withdrawn", segments: [] };
  }
  const segments = saleSegments(row.attributes);
  const listing = await withTermsAtFirstBid(tx, row);
  const href = `/listings/${listingId}`;

  if (!auction.leaderId || auction.currentPriceCents === null) {
    await tx.update(listings).set({ status: "ended", updatedAt: now }).where(eq(listings.id, listingId));
    return { closed: true, listingId, result: "no_bids", segments };
  }
  const price = auction.currentPriceCents;
  const money = formatMoney(price, listing.currency);

  if (!isReserveMet(auction)) {
    await tx.update(listings).set({ status: "ended", updatedAt: now }).where(eq(listings.id, listingId));
    await notify(tx, {
      userId: auction.leaderId,
      kind: "reserve_not_met",
      listingId,
      href,
      title: `Reserve not met: ${listing.title}`,
      body: `The auction ended at ${money}, below the seller's reserve, so the item did not sell.`,
    });
    await notify(tx, {
      userId: listing.sellerId,
      kind: "reserve_not_met",
      listingId,
      href,
      title: `Your auction ended below the reserve: ${listing.title}`,
      body: `The highest bid was ${money}. You can relist the item or contact the bidder.`,
    });
    return { closed: true, listingId, result: "reserve_not_met", segments };
  }

  const { orderId, reservedUntil } = await createAuctionOrder(tx, {
    listing,
    buyerId: auction.leaderId,
    priceCents: price,
    kind: "winner",
    now,
  });
  await notify(tx, {
    userId: auction.leaderId,
    kind: "auction_won",
    listingId,
    orderId,
    href: `/orders/${orderId}`,
    title: `You won ${listing.title}`,
    body: `You won at ${money}. Pay by ${paymentDeadline(reservedUntil)} to secure it.`,
  });
  await notify(tx, {
    userId: listing.sellerId,
    kind: "auction_sold",
    listingId,
    orderId,
    href,
    title: `Sold at auction: ${listing.title}`,
    body: `Your auction ended at ${money}. The winner has been asked to pay.`,
  });
  return {
    closed: true,
    listingId,
    result: "sold",
    winnerId: auction.leaderId,
    orderId,
    priceCents: price,
    segments,
  };
}

/** "29 Nov 2026, 10:00 UTC": emails are read anywhere, so the deadline names its time zone. */
function paymentDeadline(at: Date): string {
  return `${at.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

/**
 * Closes every auction past its end, oldest first (the close-auctions job). Each auction is claimed
 * with FOR UPDATE SKIP LOCKED in its own transaction, so sweeps running at once on several
 * instances take different auctions, and none waits behind another's batch. An auction a bid has
 * just extended is no longer due and stays open.
 */
export async function closeDueAuctions({ limit = 100, now }: { limit?: number; now?: Date } = {}): Promise<
  CloseOutcome[]
> {
  const db = await getDb();
  const at = now ?? (await marketClock()).now();
  const outcomes: CloseOutcome[] = [];
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction(async (tx): Promise<CloseOutcome | null> => {
      const [due] = await tx
        .select({ listingId: auctions.listingId })
        .from(auctions)
        .where(and(eq(auctions.status, "open"), lte(auctions.endsAt, at)))
        .orderBy(asc(auctions.endsAt))
        .limit(1)
        .for("update", { skipLocked: true });
      return due ? closeInTransaction(tx, due.listingId, at) : null;
    });
    if (!outcome) break;
    if (outcome.closed) outcomes.push(outcome);
  }
  return outcomes;
}
