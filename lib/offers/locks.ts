import "server-only";
import { and, eq } from "drizzle-orm";
import { listingOffers, listings } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import type { Refusal } from "@/lib/kernel/result";
import { publicViewOf } from "@/lib/listings/visibility";

// Every step on an offer locks the listing's row first and then the offer's, the order checkout
// takes them in (its stock update locks the listing), so an answer, a second answer and a checkout
// of the same item take turns and never deadlock.

export type OfferRefusal = Refusal<
  | "not_found"
  | "forbidden"
  | "not_offerable"
  | "lapsed"
  | "already_answered"
  | "already_open"
  | "reserved"
  | "no_destination"
  | "no_shipping"
>;
export type InvalidOffer = {
  ok: false;
  reason: "invalid";
  message: string;
  fieldErrors: Record<string, string>;
};

export const refuse = (reason: OfferRefusal["reason"], message: string): OfferRefusal => ({
  ok: false,
  reason,
  message,
});

export async function lockListing(tx: Transaction, listingId: number) {
  const [listing] = await tx.select().from(listings).where(eq(listings.id, listingId)).for("update");
  return listing && !listing.deletedAt ? listing : null;
}

export type LockedListing = NonNullable<Awaited<ReturnType<typeof lockListing>>>;

/** Why this listing takes no offer now, or null when it does. */
export function notOfferable(listing: LockedListing): string | null {
  if (publicViewOf(listing) === "hidden") return "This listing is not on sale.";
  if (listing.saleFormat !== "fixed_price") return "An auction takes bids, not offers.";
  if (listing.status === "sold") return "This item has sold.";
  if (listing.status === "ended" || listing.status === "withdrawn") return "This listing has ended.";
  if (listing.status !== "live") return "This listing is not on sale.";
  if (listing.quantity < 1) return "Reserved: another buyer is paying for it.";
  return null;
}

/** The offer's listing first, then the offer; null when either is gone. */
export async function lockOfferWithListing(tx: Transaction, offerId: number) {
  const [ref] = await tx
    .select({ listingId: listingOffers.listingId })
    .from(listingOffers)
    .where(eq(listingOffers.id, offerId));
  if (!ref) return null;
  const listing = await lockListing(tx, ref.listingId);
  if (!listing) return null;
  const [offer] = await tx
    .select()
    .from(listingOffers)
    .where(and(eq(listingOffers.id, offerId), eq(listingOffers.listingId, listing.id)))
    .for("update");
  return offer ? { listing, offer } : null;
}
