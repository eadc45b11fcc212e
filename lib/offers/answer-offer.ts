import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingOffers, type ListingOffer } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { canManage, type Actor } from "@/lib/auth/actor";
import type { Clock } from "@/lib/kernel/clock";
import { fieldRefusal } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { formatMoney } from "@/lib/kernel/money";
import { notify } from "@/lib/notifications/notify";
import { expireStaleReservations } from "@/lib/orders/expiry";
import { acceptOffer } from "./accept";
import {
  lockOfferWithListing,
  notOfferable,
  refuse,
  type InvalidOffer,
  type LockedListing,
  type OfferRefusal,
} from "./locks";
import { offerState } from "./rules";
import { buyerAnswerSchema, sellerAnswerSchema } from "./schemas";

// The seller answers an offer (accept, decline, or one counter); the buyer answers a counter
// (accept or decline). Each answer locks the listing, then the offer, and acts only on an offer
// still waiting for that person, so two clicks, or two accepts of different offers on one item, act once.

export type AnswerOfferResult =
  { ok: true; message: string; orderId: number | null } | OfferRefusal | InvalidOffer;

const lapsedMessage = "This offer lapsed: it waited 48 hours without an answer.";
const answeredMessage = "This offer has already been answered.";

async function notifyOther(
  tx: Transaction,
  listing: LockedListing,
  userId: string,
  title: string,
  body: string,
  orderId?: number,
) {
  await notify(tx, {
    userId,
    kind: "offer",
    listingId: listing.id,
    orderId,
    href: orderId ? `/orders/${orderId}` : `/listings/${listing.id}`,
    title: `${title}: ${listing.title}`,
    body,
  });
}

/** Units held by reservations whose time is up go back on hand first, as checkout does. */
async function sweepBeforeAccepting(offerId: number) {
  const db = await getDb();
  const [ref] = await db
    .select({ listingId: listingOffers.listingId })
    .from(listingOffers)
    .where(eq(listingOffers.id, offerId));
  if (ref) await expireStaleReservations({ listingIds: [ref.listingId], limit: 5 });
}

function stillOfferable(listing: LockedListing, offer: ListingOffer): OfferRefusal | null {
  const why = notOfferable(listing);
  if (!why) return null;
  return refuse(
    listing.quantity < 1 && listing.status === "live" ? "reserved" : "not_offerable",
    `${why} The offer of ${formatMoney(offer.amountCents, listing.currency)} can't be accepted now.`,
  );
}

export async function answerOffer({
  actor,
  input,
  clock,
}: {
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<AnswerOfferResult> {
  const parsed = sellerAnswerSchema.safeParse(input);
  if (!parsed.success) return { ...fieldRefusal(parsed.error), reason: "invalid" };
  const answer = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  if (answer.answer === "accept") await sweepBeforeAccepting(answer.offerId);
  const db = await getDb();
  return db.transaction(async (tx): Promise<AnswerOfferResult> => {
    const locked = await lockOfferWithListing(tx, answer.offerId);
    if (!locked) return refuse("not_found", "That offer does not exist.");
    const { listing, offer } = locked;
    if (!canManage(actor, listing.sellerId))
      return refuse("forbidden", "Only the seller can answer this offer.");
    const state = offerState(offer, now);
    if (state === "lapsed") return refuse("lapsed", lapsedMessage);
    if (state !== "waiting_for_seller") return refuse("already_answered", answeredMessage);
    const money = formatMoney(offer.amountCents, listing.currency);

    if (answer.answer === "decline") {
      await tx
        .update(listingOffers)
        .set({ status: "declined", answeredAt: now })
        .where(eq(listingOffers.id, offer.id));
      await notifyOther(
        tx,
        listing,
        offer.buyerId,
        "Offer declined",
        `The seller declined your offer of ${money}.`,
      );
      return { ok: true, message: `You declined the offer of ${money}.`, orderId: null };
    }
    const unavailable = stillOfferable(listing, offer);
    if (unavailable) return unavailable;

    if (answer.answer === "counter") {
      if (answer.counter <= offer.amountCents)
        return {
          ...fieldRefusal({ counter: `Counter with more than the buyer's offer of ${money}.` }),
          reason: "invalid",
        };
      if (answer.counter > listing.askingPriceCents)
        return {
          ...fieldRefusal({
            counter: `Counter with at most your asking price of ${formatMoney(listing.askingPriceCents, listing.currency)}.`,
          }),
          reason: "invalid",
        };
      const counter = formatMoney(answer.counter, listing.currency);
      await tx
        .update(listingOffers)
        .set({ status: "countered", counterCents: answer.counter, counteredAt: now })
        .where(eq(listingOffers.id, offer.id));
      await notifyOther(
        tx,
        listing,
        offer.buyerId,
        `Counter offer of ${counter}`,
        `The seller answered your offer of ${money} with ${counter}. Accept or decline it within 48 hours.`,
      );
      return {
        ok: true,
        message: `You countered with ${counter}; the buyer has 48 hours to answer.`,
        orderId: null,
      };
    }

    const accepted = await acceptOffer(tx, {
      listing,
      offer,
      priceCents: offer.amountCents,
      by: "seller",
      actorId: actor.id,
      now,
    });
    if (!accepted.ok) return accepted;
    await notifyOther(
      tx,
      listing,
      offer.buyerId,
      "Offer accepted",
      `The seller accepted your offer of ${money}. Pay to secure the item.`,
      accepted.orderId,
    );
    return {
      ok: true,
      message: `You accepted ${money}; the buyer has been asked to pay.`,
      orderId: accepted.orderId,
    };
  });
}

export async function answerCounter({
  buyerId,
  input,
  clock,
}: {
  buyerId: string;
  input: unknown;
  clock?: Clock;
}): Promise<AnswerOfferResult> {
  const parsed = buyerAnswerSchema.safeParse(input);
  if (!parsed.success) return { ...fieldRefusal(parsed.error), reason: "invalid" };
  const { offerId, answer } = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  if (answer === "accept") await sweepBeforeAccepting(offerId);
  const db = await getDb();
  return db.transaction(async (tx): Promise<AnswerOfferResult> => {
    const locked = await lockOfferWithListing(tx, offerId);
    if (!locked) return refuse("not_found", "That offer does not exist.");
    const { listing, offer } = locked;
    if (offer.buyerId !== buyerId)
      return refuse("forbidden", "Only the buyer who made the offer can answer the counter.");
    const state = offerState(offer, now);
    if (state === "lapsed")
      return refuse("lapsed", "The counter lapsed: it waited 48 hours without an answer.");
    if (state !== "waiting_for_buyer") return refuse("already_answered", answeredMessage);
    const counter = formatMoney(offer.counterCents!, listing.currency);

    if (answer === "decline") {
      await tx
        .update(listingOffers)
        .set({ status: "declined", answeredAt: now })
        .where(eq(listingOffers.id, offer.id));
      await notifyOther(
        tx,
        listing,
        listing.sellerId,
        "Counter declined",
        `The buyer declined your counter of ${counter}.`,
      );
      return { ok: true, message: `You declined the counter of ${counter}.`, orderId: null };
    }
    const unavailable = stillOfferable(listing, offer);
    if (unavailable) return unavailable;
    const accepted = await acceptOffer(tx, {
      listing,
      offer,
      priceCents: offer.counterCents!,
      by: "buyer",
      actorId: buyerId,
      now,
    });
    if (!accepted.ok) return accepted;
    await notifyOther(
      tx,
      listing,
      listing.sellerId,
      "Counter accepted",
      `The buyer accepted your counter of ${counter} and has been asked to pay.`,
      accepted.orderId,
    );
    return {
      ok: true,
      message: `You accepted ${counter}. Pay to secure the item.`,
      orderId: accepted.orderId,
    };
  });
}
