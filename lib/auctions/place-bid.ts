import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { auctions, bids, listings, users } from "@/db/schema";
import { countryName } from "@/lib/catalogue/describe";
import { formatMoney } from "@/lib/kernel/money";
import { getBuyerDestination, unknownDestinationMessage } from "@/lib/shipping/destination";
import { type Clock } from "@/lib/kernel/clock";
import { marketClock } from "@/lib/kernel/market-clock";
import { notify } from "@/lib/notifications/notify";
import { auctionTermsOf } from "./frozen-terms";
import { endAfterBid, minimumBidCents, resolveBid } from "./rules";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { placeBidSchema } from "./schemas";
import { auctionShippingCents } from "./shipping";
import type { Refusal, Result } from "@/lib/kernel/result";
import { publicViewOf } from "@/lib/listings/visibility";
import { conflictWithSeller, relatedToSellerMessage } from "@/lib/auth/parties";

export type BidRefusalReason =
  | "invalid"
  | "not_found"
  | "not_open"
  | "ended"
  | "own_item"
  | "related_account"
  | "no_shipping"
  | "below_minimum"
  | "not_above_own_max"
  | "no_destination";

export type PlaceBidResult = Result<
  {
    leading: boolean;
    priceCents: number;
    minimumNextCents: number;
    endsAt: string;
    extended: boolean;
    bidCount: number;
  },
  Refusal<BidRefusalReason, { fieldErrors: Record<string, string> }>
>;

/** A winner the seller cannot ship to could not receive the item; collection-only listings take anyone. */
async function checkBidderShipTo(
  tx: Database,
  bidderId: string,
  listing: Parameters<typeof auctionShippingCents>[0],
): Promise<PlaceBidResult | null> {
  // A suspended account's sessions are refused already; a bid is binding, so it is refused here too.
  const [bidder] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, bidderId), isNull(users.disabledAt)));
  if (!bidder) return refuse("invalid", "Sign in again, then bid.");
  if (listing.shippingOptions.length === 0) return null;
  const destination = await getBuyerDestination(tx, bidderId);
  if (!destination.known)
    return refuse(
      "no_destination",
      `Before you bid: ${unknownDestinationMessage.charAt(0).toLowerCase()}${unknownDestinationMessage.slice(1)}`,
    );
  if (!auctionShippingCents(listing, destination.country)) {
    return refuse(
      "no_shipping",
      `The seller does not ship to ${countryName(destination.country)}, so you cannot bid on this item.`,
    );
  }
  return null;
}

function refuse(
  reason: BidRefusalReason,
  message: string,
  fieldErrors: Record<string, string> = {},
): PlaceBidResult {
  return { ok: false, reason, message, fieldErrors };
}

/**
 * Places a maximum bid. One transaction holds the auction row lock from the first read to the
 * last write, so concurrent bids take turns in one order; the time that decides "after the end"
 * and "in the last two minutes" is read from the clock after the lock is taken, so it runs in the
 * lock's order too. `clock` defaults to the market's clock.
 */
export async function placeBid(request: {
  bidderId: string;
  input: unknown;
  clock?: Clock;
}): Promise<PlaceBidResult> {
  const parsed = placeBidSchema.safeParse(request.input);
  if (!parsed.success) return refuse("invalid", "Check your bid.", fieldErrorsOf(parsed.error));
  const { listingId, maxBid } = parsed.data;
  const clock = request.clock ?? (await marketClock());
  const db = await getDb();

  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        auction: auctions,
        sellerId: listings.sellerId,
        listingStatus: listings.status,
        deletedAt: listings.deletedAt,
        hiddenAt: listings.hiddenAt,
        title: listings.title,
        currency: listings.currency,
        category: listings.category,
        shippingOptions: listings.shippingOptions,
        attributes: listings.attributes,
        country: listings.country,
        city: listings.city,
        saleFormat: listings.saleFormat,
        description: listings.description,
      })
      .from(auctions)
      .innerJoin(listings, eq(listings.id, auctions.listingId))
      .where(eq(auctions.listingId, listingId))
      .for("update", { of: auctions });
    // Not public (lib/listings/visibility.ts): a hidden auction is, to a bidder, one that does not exist.
    if (!row || publicViewOf({ ...row, status: row.listingStatus }) === "hidden")
      return refuse("not_found", "That auction does not exist.");
    const { auction } = row;
    const now = clock.now();

    if (auction.status === "closed" || now >= auction.endsAt)
      return refuse("ended", "This auction has ended; bids are no longer accepted.");
    if (auction.status !== "open" || row.listingStatus !== "live" || now < auction.startsAt)
      return refuse("not_open", "This auction is not open for bids.");
    const conflict = await conflictWithSeller(tx, { accountId: request.bidderId, sellerId: row.sellerId });
    if (conflict === "own") return refuse("own_item", "You cannot bid on your own auction.");
    if (conflict === "related") return refuse("related_account", relatedToSellerMessage);
    const shipTo = await checkBidderShipTo(tx, request.bidderId, row);
    if (shipTo) return shipTo;

    const outcome = resolveBid(auction, { bidderId: request.bidderId, maxCents: maxBid });
    if (!outcome.ok) {
      const minimum = formatMoney(outcome.minimumCents, row.currency);
      if (outcome.reason === "not_above_own_max") {
        return refuse(
          "not_above_own_max",
          `You lead with a maximum of ${formatMoney(auction.leaderMaxCents ?? 0, row.currency)}; to raise it, enter more.`,
          { maxBid: `Enter more than your current maximum (at least ${minimum})` },
        );
      }
      return refuse("below_minimum", `Bid at least ${minimum}.`, { maxBid: `Enter ${minimum} or more` });
    }

    const endsAt = endAfterBid(auction.endsAt, now);
    await tx.insert(bids).values(outcome.records.map((record) => ({ listingId, ...record, createdAt: now })));
    const bidCount = auction.bidCount + outcome.records.length;
    await tx
      .update(auctions)
      .set({
        currentPriceCents: outcome.state.currentPriceCents,
        leaderId: outcome.state.leaderId,
        leaderMaxCents: outcome.state.leaderMaxCents,
        bidCount,
        endsAt,
        // The first bid fixes the terms every later bidder also bids on.
        ...(auction.bidCount === 0 ? { termsAtFirstBid: auctionTermsOf(row, auction) } : {}),
        updatedAt: now,
      })
      .where(eq(auctions.listingId, listingId));

    if (outcome.outbidId) {
      await notify(tx, {
        userId: outcome.outbidId,
        kind: "outbid",
        listingId,
        title: `You've been outbid on ${row.title}`,
        body: `The bid is now ${formatMoney(outcome.state.currentPriceCents!, row.currency)}. Bid again before the auction ends.`,
        href: `/listings/${listingId}`,
      });
    }
    return {
      ok: true,
      leading: outcome.leading,
      priceCents: outcome.state.currentPriceCents!,
      minimumNextCents: minimumBidCents(outcome.state),
      endsAt: endsAt.toISOString(),
      extended: endsAt.getTime() !== auction.endsAt.getTime(),
      bidCount,
    };
  });
}
