import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/kernel/cache";
import {
  auctionDescriptionAdditions,
  auctions,
  bestOffers,
  bids,
  listings,
  orders,
  users,
  type Auction,
  type BestOffer,
} from "@/db/schema";
import { countryName } from "@/lib/catalogue/describe";
import { marketClock } from "@/lib/kernel/market-clock";
import { auctionShippingCents } from "./shipping";
import {
  bestOfferWindowMs,
  bidIncrementFor,
  endedBelowReserve,
  isReserveMet,
  maskBidderName,
  minimumBidCents,
} from "./rules";
import { publicViewOf } from "@/lib/listings/visibility";

// What the bid box shows, read fresh on every poll (never cached): it changes with every bid.

export type BidHistoryEntry = {
  bidder: string;
  amountCents: number;
  at: string;
  automatic: boolean;
  yours: boolean;
};

export type AuctionView = {
  listingId: number;
  title: string;
  currency: string;
  status: "scheduled" | "open" | "closed";
  startPriceCents: number;
  currentPriceCents: number | null;
  minimumBidCents: number;
  incrementCents: number;
  bidCount: number;
  bidderCount: number;
  reserve: "none" | "met" | "not_met";
  endsAt: string;
  originalEndsAt: string;
  extended: boolean;
  /** The market's clock when this was read, so the page counts down from the same moment. */
  serverNow: string;
  history: BidHistoryEntry[];
  viewer: null | {
    isSeller: boolean;
    leading: boolean;
    maxCents: number | null;
    /** The viewer's order when they won (or were offered the item after a lapse). */
    orderId: number | null;
    orderStatus: string | null;
    /** Shipping to the viewer's country at the seller's rate (null when their country is unknown or not served). */
    shipping: { cents: number; to: string } | null;
    shipTo: string | null;
    /** False when the seller does not ship to the viewer's country, so a bid would be refused. */
    shipsToViewer: boolean;
  };
  /**
   * endedEarly: the seller ended it before its end, cancelling the bids. settling: the end has passed
   * and no bid can change the outcome, but the close-auctions job has not yet written it down (the
   * winner's order follows within a minute); reading never closes an auction.
   */
  result: null | {
    sold: boolean;
    priceCents: number | null;
    endedEarly: boolean;
    settling: boolean;
    /** Sold to the high bidder's best offer after the reserve was not met (priceCents is the offer). */
    byBestOffer: boolean;
  };
  /** Below the reserve: the high bidder's best offer, seen by that bidder and the seller only. */
  bestOffer: null | BestOfferView;
};

export type BestOfferView =
  | { status: "can_send"; sendBy: string; highBidCents: number }
  | { status: "pending"; amountCents: number; answerBy: string }
  | { status: "accepted" | "declined" | "lapsed"; amountCents: number };

export async function getAuctionView({
  listingId,
  viewerId,
  now,
}: {
  listingId: number;
  viewerId?: string | null;
  now?: Date;
}): Promise<AuctionView | null> {
  const db = await getDb();
  const serverNow = (now ?? (await marketClock()).now()).toISOString();
  const [row] = await db
    .select({
      auction: auctions,
      title: listings.title,
      currency: listings.currency,
      category: listings.category,
      shippingOptions: listings.shippingOptions,
      sellerId: listings.sellerId,
      listingStatus: listings.status,
      deletedAt: listings.deletedAt,
      hiddenAt: listings.hiddenAt,
      orderBuyerId: orders.buyerId,
      orderStatus: orders.status,
      offer: bestOffers,
    })
    .from(auctions)
    .innerJoin(listings, eq(listings.id, auctions.listingId))
    .leftJoin(orders, eq(orders.id, auctions.winnerOrderId))
    .leftJoin(bestOffers, eq(bestOffers.listingId, auctions.listingId))
    .where(eq(auctions.listingId, listingId));
  // Not public (a draft, unpublished or deleted): only its seller still reads it, and never once deleted.
  if (
    !row ||
    row.deletedAt ||
    (publicViewOf({ status: row.listingStatus, deletedAt: row.deletedAt, hiddenAt: row.hiddenAt }) ===
      "hidden" &&
      row.sellerId !== viewerId)
  )
    return null;
  const { auction } = row;

  const historyRows = await db
    .select({
      bidderId: bids.bidderId,
      name: users.displayName,
      amountCents: bids.amountCents,
      at: bids.createdAt,
      automatic: bids.automatic,
      auctionsBidOn: sql<number>`(select count(distinct b2.listing_id)::int from ${bids} b2 where b2.bidder_id = ${bids.bidderId})`,
    })
    .from(bids)
    .innerJoin(users, eq(users.id, bids.bidderId))
    .where(eq(bids.listingId, listingId))
    .orderBy(desc(bids.id))
    .limit(50);
  const [counted] = await db
    .select({ n: sql<number>`count(distinct ${bids.bidderId})::int` })
    .from(bids)
    .where(eq(bids.listingId, listingId));

  let viewer: AuctionView["viewer"] = null;
  if (viewerId) {
    const [mine] = await db
      .select({ maxCents: sql<number | null>`max(${bids.maxCents})::int` })
      .from(bids)
      .where(and(eq(bids.listingId, listingId), eq(bids.bidderId, viewerId)));
    const [person] = await db.select({ country: users.country }).from(users).where(eq(users.id, viewerId));
    const country = person?.country ?? null;
    const shipping = country ? auctionShippingCents(row, country) : null;
    const ownsOrder = row.orderBuyerId === viewerId;
    viewer = {
      isSeller: row.sellerId === viewerId,
      leading: auction.leaderId === viewerId,
      maxCents: mine?.maxCents ?? null,
      orderId: ownsOrder || row.sellerId === viewerId ? auction.winnerOrderId : null,
      orderStatus: ownsOrder || row.sellerId === viewerId ? row.orderStatus : null,
      shipping: shipping && country ? { cents: shipping.shippingCents, to: countryName(country) } : null,
      shipTo: country ? countryName(country) : null,
      // As placeBid decides: collection-only listings and unknown countries are not refused.
      shipsToViewer: !country || row.shippingOptions.length === 0 || shipping !== null,
    };
  }

  return {
    listingId,
    title: row.title,
    currency: row.currency,
    status: auction.status,
    startPriceCents: auction.startPriceCents,
    currentPriceCents: auction.currentPriceCents,
    minimumBidCents: minimumBidCents(auction),
    incrementCents: bidIncrementFor(auction.currentPriceCents ?? auction.startPriceCents),
    bidCount: auction.bidCount,
    bidderCount: Number(counted?.n ?? 0),
    reserve: auction.reservePriceCents === null ? "none" : isReserveMet(auction) ? "met" : "not_met",
    endsAt: auction.endsAt.toISOString(),
    originalEndsAt: auction.originalEndsAt.toISOString(),
    extended: auction.endsAt.getTime() > auction.originalEndsAt.getTime(),
    serverNow,
    history: historyRows.map((h) => ({
      bidder: maskBidderName(h.name, Number(h.auctionsBidOn)),
      amountCents: h.amountCents,
      at: h.at.toISOString(),
      automatic: h.automatic,
      yours: viewerId === h.bidderId,
    })),
    viewer,
    bestOffer: bestOfferFor(
      { auction, offer: row.offer, listingStatus: row.listingStatus, sellerId: row.sellerId },
      viewerId,
      Date.parse(serverNow),
    ),
    result:
      auction.status === "closed"
        ? {
            sold: auction.winnerOrderId !== null,
            priceCents: row.offer?.status === "accepted" ? row.offer.amountCents : auction.currentPriceCents,
            endedEarly: auction.closedAt !== null && auction.closedAt < auction.endsAt,
            settling: false,
            byBestOffer: row.offer?.status === "accepted",
          }
        : auction.status === "open" && auction.endsAt.getTime() <= Date.parse(serverNow)
          ? {
              sold: auction.leaderId !== null && auction.currentPriceCents !== null && isReserveMet(auction),
              priceCents: auction.currentPriceCents,
              endedEarly: false,
              settling: true,
              byBestOffer: false,
            }
          : null,
  };
}

/** What the viewer may see or do about a best offer: only the high bidder and the seller have one. */
function bestOfferFor(
  row: { auction: Auction; offer: BestOffer | null; listingStatus: string; sellerId: string },
  viewerId: string | null | undefined,
  nowMs: number,
): BestOfferView | null {
  const { auction, offer } = row;
  if (!viewerId || (viewerId !== auction.leaderId && viewerId !== row.sellerId)) return null;
  if (offer) {
    const answerBy = offer.createdAt.getTime() + bestOfferWindowMs;
    if (offer.status !== "pending") return { status: offer.status, amountCents: offer.amountCents };
    if (nowMs > answerBy) return { status: "lapsed", amountCents: offer.amountCents };
    return { status: "pending", amountCents: offer.amountCents, answerBy: new Date(answerBy).toISOString() };
  }
  if (!endedBelowReserve(auction, row.listingStatus) || viewerId !== auction.leaderId) return null;
  const sendBy = auction.closedAt!.getTime() + bestOfferWindowMs;
  if (nowMs > sendBy) return null;
  return {
    status: "can_send",
    sendBy: new Date(sendBy).toISOString(),
    highBidCents: auction.currentPriceCents!,
  };
}

export type DescriptionAddition = { body: string; addedAt: string };

/** What the seller added to the description after bidding started, oldest first. */
export async function listDescriptionAdditions(listingId: number): Promise<DescriptionAddition[]> {
  const db = await getDb();
  const rows = await db
    .select({ body: auctionDescriptionAdditions.body, createdAt: auctionDescriptionAdditions.createdAt })
    .from(auctionDescriptionAdditions)
    .where(eq(auctionDescriptionAdditions.listingId, listingId))
    .orderBy(asc(auctionDescriptionAdditions.id));
  return rows.map((r) => ({ body: r.body, addedAt: r.createdAt.toISOString() }));
}

/** The same, cached for the listing page with the listing's tag (a save revalidates it). */
export function getDescriptionAdditions(listingId: number): Promise<DescriptionAddition[]> {
  return unstable_cache(
    () => listDescriptionAdditions(listingId),
    ["auction-description-additions", String(listingId)],
    {
      tags: [cacheTags.listing(listingId)],
      revalidate: 300,
    },
  )();
}
