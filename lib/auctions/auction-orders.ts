import "server-only";
import { eq } from "drizzle-orm";
import { auctionOffers, auctions, listings } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { getBuyerDestination, shipToOf } from "@/lib/shipping/destination";
import { auctionSettings } from "@/lib/kernel/env";
import { auctionShippingCents } from "./shipping";
import { insertOneLineOrder } from "@/db/order-rows";

// An auction's sale becomes an ordinary order awaiting payment: one line, quantity 1, at the
// hammer price plus the seller's shipping to the buyer's country. Checkout takes it from there;
// its expiry sweep lapses it when unpaid, after which the seller may offer the item to the next bidder.

export type AuctionListing = {
  id: number;
  sellerId: string;
  title: string;
  category: (typeof listings.$inferSelect)["category"];
  currency: (typeof listings.$inferSelect)["currency"];
  shippingOptions: (typeof listings.$inferSelect)["shippingOptions"];
};

/**
 * An auction and its listing, the auction row locked for the rest of the transaction: every change
 * after the end (a second chance, a best offer and its answer) starts here, so two clicks act once.
 * Null when there is no such auction, or its listing was deleted or hidden by an admin (nothing
 * about it may be sold until it is restored).
 */
export async function lockAuctionWithListing(tx: Transaction, listingId: number) {
  const [row] = await tx
    .select({ auction: auctions, listing: listings })
    .from(auctions)
    .innerJoin(listings, eq(listings.id, auctions.listingId))
    .where(eq(auctions.listingId, listingId))
    .for("update", { of: auctions });
  if (!row || row.listing.deletedAt || row.listing.hiddenAt) return null;
  return row;
}

/** The order is made on the terms bidders agreed to, whatever the listing says now. */
export async function withTermsAtFirstBid(tx: Transaction, listing: AuctionListing): Promise<AuctionListing> {
  const [auction] = await tx
    .select({ terms: auctions.termsAtFirstBid })
    .from(auctions)
    .where(eq(auctions.listingId, listing.id));
  const terms = auction?.terms;
  if (!terms) return listing;
  return {
    ...listing,
    title: terms.title,
    category: terms.category as AuctionListing["category"],
    currency: terms.currency as AuctionListing["currency"],
    shippingOptions: terms.shippingOptions,
  };
}

const orderNotes = {
  winner: "Won at auction",
  second_chance: "Offered to the next bidder after the winner did not pay",
  best_offer: "The seller accepted the high bidder's best offer after the reserve was not met",
} as const;

export async function createAuctionOrder(
  tx: Transaction,
  input: {
    listing: AuctionListing;
    buyerId: string;
    priceCents: number;
    kind: "winner" | "second_chance" | "best_offer";
    now: Date;
  },
): Promise<{ orderId: number; reservedUntil: Date }> {
  const { buyerId, priceCents, kind, now } = input;
  const listing = await withTermsAtFirstBid(tx, input.listing);
  const destination = await getBuyerDestination(tx, buyerId);
  // Bidding is refused from countries the seller does not ship to, so no option means collection.
  // A destination still unknown is asked for before payment, which prices the shipping then.
  const { shippingCents, packingCents } = (destination.known &&
    auctionShippingCents(listing, destination.country)) || { shippingCents: 0, packingCents: 0 };
  const reservedUntil = new Date(now.getTime() + auctionSettings().paymentHours * 3_600_000);

  const orderId = await insertOneLineOrder(tx, {
    order: {
      buyerId,
      sellerId: listing.sellerId,
      source: "auction",
      currency: listing.currency,
      itemsCents: priceCents,
      shippingCents,
      totalCents: priceCents + shippingCents,
      shipTo: destination.known ? shipToOf(destination) : null,
      reservedUntil,
    },
    at: now,
    line: {
      listingId: listing.id,
      title: listing.title,
      unitPriceCents: priceCents,
      shippingCents,
      packingCents,
    },
    event: { note: orderNotes[kind] },
  });
  await tx
    .insert(auctionOffers)
    .values({ listingId: listing.id, bidderId: buyerId, orderId, kind, priceCents, createdAt: now });
  await tx
    .update(auctions)
    .set({ winnerOrderId: orderId, updatedAt: now })
    .where(eq(auctions.listingId, listing.id));
  // The one item is held for this order; checkout marks it sold on payment or returns it on expiry.
  await tx
    .update(listings)
    .set({ quantity: 0, status: "ended", updatedAt: now })
    .where(eq(listings.id, listing.id));
  return { orderId, reservedUntil };
}
