import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingOffers } from "@/db/schema";
import type { Clock } from "@/lib/kernel/clock";
import { fieldRefusal } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { formatMoney } from "@/lib/kernel/money";
import { notify } from "@/lib/notifications/notify";
import { lockOfferWithListing, refuse, type InvalidOffer, type OfferRefusal } from "./locks";
import { offerState } from "./rules";
import { withdrawOfferSchema } from "./schemas";

// A buyer takes back their own offer while it still waits for the seller. Under the listing's and
// the offer's locks, as every answer is, so a withdrawal and the seller's accept never both happen.

export type WithdrawOfferResult = { ok: true; message: string } | OfferRefusal | InvalidOffer;

export async function withdrawOffer({
  buyerId,
  input,
  clock,
}: {
  buyerId: string;
  input: unknown;
  clock?: Clock;
}): Promise<WithdrawOfferResult> {
  const parsed = withdrawOfferSchema.safeParse(input);
  if (!parsed.success) return { ...fieldRefusal(parsed.error), reason: "invalid" };
  const { offerId } = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<WithdrawOfferResult> => {
    const locked = await lockOfferWithListing(tx, offerId);
    if (!locked) return refuse("not_found", "That offer does not exist.");
    const { listing, offer } = locked;
    if (offer.buyerId !== buyerId)
      return refuse("forbidden", "Only the buyer who made an offer can withdraw it.");
    const state = offerState(offer, now);
    if (state === "lapsed")
      return refuse(
        "lapsed",
        "The offer lapsed: it waited 48 hours without an answer, so there is nothing to withdraw.",
      );
    if (state !== "waiting_for_seller")
      return refuse("already_answered", "The seller has answered this offer: it can no longer be withdrawn.");
    await tx
      .update(listingOffers)
      .set({ status: "withdrawn", answeredAt: now })
      .where(and(eq(listingOffers.id, offer.id), eq(listingOffers.status, "open")));
    const money = formatMoney(offer.amountCents, listing.currency);
    await notify(tx, {
      userId: listing.sellerId,
      kind: "offer",
      listingId: listing.id,
      href: `/listings/${listing.id}`,
      title: `Offer withdrawn: ${listing.title}`,
      body: `The buyer withdrew their offer of ${money}.`,
    });
    return { ok: true, message: `You withdrew your offer of ${money}.` };
  });
}
