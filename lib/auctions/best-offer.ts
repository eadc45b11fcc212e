import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bestOffers } from "@/db/schema";
import { canManage, type Actor } from "@/lib/auth/actor";
import type { Clock } from "@/lib/kernel/clock";
import { fieldRefusal } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { formatMoney } from "@/lib/kernel/money";
import type { Refusal, Result } from "@/lib/kernel/result";
import { notify } from "@/lib/notifications/notify";
import { createAuctionOrder, lockAuctionWithListing } from "./auction-orders";
import { bestOfferWindowMs, endedBelowReserve } from "./rules";
import { bestOfferAnswerSchema, bestOfferSchema } from "./schemas";
import { conflictWithSeller, relatedToSellerMessage } from "@/lib/auth/parties";

// Reserve not met (as on Bring a Trailer): the high bidder may send one best offer within a day of the
// end, and the seller has a day to answer. An accepted offer becomes an order exactly as a won
// auction does. Both steps lock the auction row, so two clicks, or an answer racing a relist, act once.

type OfferRefusal = Refusal<
  "not_found" | "forbidden" | "not_offerable" | "too_late" | "already_sent" | "no_offer"
>;
export type SendBestOfferResult =
  | { ok: true; message: string }
  | OfferRefusal
  | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string> };
export type AnswerBestOfferResult = Result<
  { message: string; orderId: number | null },
  OfferRefusal | { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string> }
>;

const refuse = (reason: OfferRefusal["reason"], message: string): OfferRefusal => ({
  ok: false,
  reason,
  message,
});

export async function sendBestOffer({
  bidderId,
  input,
  clock,
}: {
  bidderId: string;
  input: unknown;
  clock?: Clock;
}): Promise<SendBestOfferResult> {
  const parsed = bestOfferSchema.safeParse(input);
  if (!parsed.success) return { ...fieldRefusal(parsed.error), reason: "invalid" };
  const { listingId, amount } = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<SendBestOfferResult> => {
    const row = await lockAuctionWithListing(tx, listingId);
    if (!row) return refuse("not_found", "That auction does not exist.");
    const { auction, listing } = row;
    if (!endedBelowReserve(row.auction, row.listing.status))
      return refuse("not_offerable", "Only an auction that ended below its reserve takes a best offer.");
    if (auction.leaderId !== bidderId)
      return refuse("forbidden", "Only the highest bidder can send a best offer.");
    const conflict = await conflictWithSeller(tx, { accountId: bidderId, sellerId: listing.sellerId });
    if (conflict)
      return refuse(
        "forbidden",
        conflict === "own" ? "You cannot send a best offer on your own auction." : relatedToSellerMessage,
      );
    if (now.getTime() > auction.closedAt!.getTime() + bestOfferWindowMs)
      return refuse(
        "too_late",
        "A best offer could be sent for one day after the auction ended; that day is over.",
      );
    const highBid = auction.currentPriceCents!;
    if (amount <= highBid)
      return {
        ...fieldRefusal({
          amount: `Offer more than your high bid of ${formatMoney(highBid, listing.currency)}.`,
        }),
        reason: "invalid",
      };
    const [sent] = await tx
      .insert(bestOffers)
      .values({ listingId, bidderId, amountCents: amount, createdAt: now })
      .onConflictDoNothing()
      .returning({ listingId: bestOffers.listingId });
    if (!sent) return refuse("already_sent", "You have already sent your best offer for this auction.");
    const money = formatMoney(amount, listing.currency);
    await notify(tx, {
      userId: listing.sellerId,
      kind: "best_offer",
      listingId,
      href: `/listings/${listingId}`,
      title: `A best offer of ${money}: ${listing.title}`,
      body: `Your auction ended below the reserve. The high bidder offers ${money}; accept or decline it within a day.`,
    });
    return { ok: true, message: `Your offer of ${money} has gone to the seller, who has a day to answer.` };
  });
}

export async function answerBestOffer({
  actor,
  input,
  clock,
}: {
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<AnswerBestOfferResult> {
  const parsed = bestOfferAnswerSchema.safeParse(input);
  if (!parsed.success) return { ...fieldRefusal(parsed.error), reason: "invalid" };
  const { listingId, answer } = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<AnswerBestOfferResult> => {
    const row = await lockAuctionWithListing(tx, listingId);
    if (!row) return refuse("not_found", "That auction does not exist.");
    const { listing } = row;
    if (!canManage(actor, listing.sellerId))
      return refuse("forbidden", "Only the seller can answer a best offer.");
    const [offer] = await tx
      .select()
      .from(bestOffers)
      .where(and(eq(bestOffers.listingId, listingId), eq(bestOffers.status, "pending")));
    if (!offer) return refuse("no_offer", "There is no best offer waiting for an answer.");
    if (now.getTime() > offer.createdAt.getTime() + bestOfferWindowMs)
      return refuse("too_late", "The offer lapsed: it waited a day for an answer.");
    if (!endedBelowReserve(row.auction, row.listing.status))
      return refuse("not_offerable", "The item is no longer ended below its reserve.");
    const money = formatMoney(offer.amountCents, listing.currency);
    if (answer === "decline") {
      await tx
        .update(bestOffers)
        .set({ status: "declined", answeredAt: now })
        .where(eq(bestOffers.listingId, listingId));
      await notify(tx, {
        userId: offer.bidderId,
        kind: "best_offer",
        listingId,
        href: `/listings/${listingId}`,
        title: `Best offer declined: ${listing.title}`,
        body: `The seller declined your offer of ${money}.`,
      });
      return { ok: true, message: `You declined the offer of ${money}.`, orderId: null };
    }
    const { orderId } = await createAuctionOrder(tx, {
      listing,
      buyerId: offer.bidderId,
      priceCents: offer.amountCents,
      kind: "best_offer",
      now,
    });
    await tx
      .update(bestOffers)
      .set({ status: "accepted", answeredAt: now, orderId })
      .where(eq(bestOffers.listingId, listingId));
    await notify(tx, {
      userId: offer.bidderId,
      kind: "best_offer",
      listingId,
      orderId,
      href: `/orders/${orderId}`,
      title: `Best offer accepted: ${listing.title}`,
      body: `The seller accepted your offer of ${money}. Pay to secure the item.`,
    });
    return { ok: true, message: `You accepted ${money}; the buyer has been asked to pay.`, orderId };
  });
}
