import type { ListingOffer } from "@/db/schema";

// When an offer waits and for whom. An offer waits 48 hours for the seller; a counter waits 48 hours
// for the buyer from when it was made. Nothing sweeps them: an offer past its time reads as lapsed
// wherever it is looked at, and cannot be answered.

const offerWindowMs = 48 * 3_600_000;

export type OfferState =
  "waiting_for_seller" | "waiting_for_buyer" | "lapsed" | "accepted" | "declined" | "withdrawn";

type OfferTimes = Pick<ListingOffer, "status" | "createdAt" | "counteredAt">;

/** Until when the offer (or its counter) can be answered; null once answered. */
export function answerBy(offer: OfferTimes): Date | null {
  if (offer.status === "open") return new Date(offer.createdAt.getTime() + offerWindowMs);
  if (offer.status === "countered" && offer.counteredAt)
    return new Date(offer.counteredAt.getTime() + offerWindowMs);
  return null;
}

export function offerState(offer: OfferTimes, now: Date): OfferState {
  if (offer.status === "accepted" || offer.status === "declined" || offer.status === "withdrawn")
    return offer.status;
  const by = answerBy(offer);
  if (!by || now.getTime() >= by.getTime()) return "lapsed";
  return offer.status === "open" ? "waiting_for_seller" : "waiting_for_buyer";
}

/** What the seller set in advance; an offer between the two waits for the seller. */
export function automaticAnswer(
  amountCents: number,
  settings: { declineBelowCents: number | null; acceptFromCents: number | null } | null,
): "accept" | "decline" | null {
  if (settings?.declineBelowCents != null && amountCents < settings.declineBelowCents) return "decline";
  if (settings?.acceptFromCents != null && amountCents >= settings.acceptFromCents) return "accept";
  return null;
}
