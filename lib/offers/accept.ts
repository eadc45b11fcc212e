import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { listingOffers, users, type ListingOffer } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { countryName } from "@/lib/catalogue/describe";
import { auctionSettings } from "@/lib/kernel/env";
import { formatMoney } from "@/lib/kernel/money";
import { priceLine } from "@/lib/listings/pricing";
import { takeStock } from "@/lib/listings/stock";
import { notify } from "@/lib/notifications/notify";
import { payoutTerms } from "@/lib/orders/payout";
import { reservationMinutes } from "@/lib/orders/status";
import { getBuyerDestination, shipToOf, unknownDestinationMessage } from "@/lib/shipping/destination";
import { refuse, type LockedListing, type OfferRefusal } from "./locks";
import { insertOneLineOrder } from "@/db/order-rows";

// An accepted offer is an order for one unit at the agreed price, awaiting payment, made in the
// caller's transaction (which holds the listing's and the offer's locks): the unit is reserved by
// the same conditional update checkout uses, so an offer and a checkout can never both have the last
// one. When nothing is left on hand, every other waiting offer on the listing is declined.

export type Accepted = { ok: true; orderId: number };

export async function acceptOffer(
  tx: Transaction,
  input: {
    listing: LockedListing;
    offer: ListingOffer;
    priceCents: number;
    /** Who said yes: the seller (or their automatic answer) gives the buyer hours to pay; the buyer pays now. */
    by: "seller" | "buyer";
    actorId: string | null;
    now: Date;
  },
): Promise<Accepted | OfferRefusal> {
  const { listing, offer, priceCents, by, now } = input;
  const destination = await getBuyerDestination(tx, offer.buyerId);
  if (!destination.known) return refuse("no_destination", unknownDestinationMessage);
  const price = priceLine(
    {
      category: listing.category,
      askingPriceCents: priceCents,
      quantity: 1,
      shippingOptions: listing.shippingOptions,
    },
    destination.country,
  );
  if (!price.ok) return refuse("no_shipping", price.message);
  // The first write: when it takes nothing, nothing was stored.
  const taken = await takeStock(tx, { listingId: listing.id, quantity: 1 });
  if (!taken)
    return refuse("reserved", "Another buyer is paying for the item just now, so it can't be sold.");

  const holdMs = by === "buyer" ? reservationMinutes * 60_000 : auctionSettings().paymentHours * 3_600_000;
  const [seller] = await tx
    .select({ stripeAccountId: users.stripeAccountId })
    .from(users)
    .where(eq(users.id, listing.sellerId));
  const { shippingCents, packingCents } = price.line;
  const totalCents = priceCents + shippingCents;
  const orderId = await insertOneLineOrder(tx, {
    order: {
      buyerId: offer.buyerId,
      sellerId: listing.sellerId,
      source: "offer",
      currency: listing.currency,
      itemsCents: priceCents,
      shippingCents,
      totalCents,
      ...payoutTerms(totalCents, seller?.stripeAccountId ?? null),
      shipTo: shipToOf(destination),
      reservedUntil: new Date(now.getTime() + holdMs),
    },
    at: now,
    line: {
      listingId: listing.id,
      title: listing.title,
      unitPriceCents: priceCents,
      shippingCents,
      packingCents,
    },
    event: {
      actorId: input.actorId,
      note: `Offer of ${formatMoney(priceCents, listing.currency)} accepted, for shipping to ${countryName(destination.country)}; the item is reserved while the buyer pays.`,
    },
  });
  await tx
    .update(listingOffers)
    .set({ status: "accepted", answeredAt: now, orderId })
    .where(eq(listingOffers.id, offer.id));
  if (listing.quantity - 1 <= 0) await declineOthers(tx, listing, offer.id, now);
  return { ok: true, orderId };
}

/** The item went to one offer: the others waiting on it are declined, and their buyers told. */
async function declineOthers(tx: Transaction, listing: LockedListing, acceptedId: number, now: Date) {
  const others = await tx
    .update(listingOffers)
    .set({ status: "declined", answeredAt: now })
    .where(
      and(
        eq(listingOffers.listingId, listing.id),
        ne(listingOffers.id, acceptedId),
        inArray(listingOffers.status, ["open", "countered"]),
      ),
    )
    .returning({ buyerId: listingOffers.buyerId });
  for (const other of others)
    await notify(tx, {
      userId: other.buyerId,
      kind: "offer",
      listingId: listing.id,
      href: `/listings/${listing.id}`,
      title: `Offer declined: ${listing.title}`,
      body: "The seller accepted another offer for this item, so yours was declined.",
    });
}
