"use server";

import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { idSchema } from "@/lib/kernel/forms";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { deliverQueuedEmails } from "@/lib/notifications/outbox";
import { answerCounter, answerOffer, type AnswerOfferResult } from "./answer-offer";
import { makeOffer, type MakeOfferResult } from "./make-offer";
import { getOfferPanel, type OfferPanel } from "./queries";
import { saveOfferSettings } from "./settings";
import { withdrawOffer, type WithdrawOfferResult } from "./withdraw";

// Thin server actions for the offer panel: session, one lib call, then caches and queued emails.

const signedOut = { ok: false as const, reason: "forbidden" as const, message: "Sign in first." };

/** An order took the listing's stock: pages showing it are expired at once, as after a checkout. */
async function afterOfferChange(listingId: number, orderId: number | null) {
  if (orderId) await refreshListingCaches({ listingIds: [listingId] });
  after(() =>
    deliverQueuedEmails().catch((error: Error) =>
      console.error(`Sending queued emails failed: ${error.message}`),
    ),
  );
}

export async function loadOfferPanelAction(listingId: number): Promise<OfferPanel> {
  const id = idSchema("That listing does not exist.").safeParse(listingId);
  if (!id.success) return { role: "closed" };
  const user = await getCurrentUser();
  return getOfferPanel({ listingId: id.data, viewer: user });
}

export async function makeOfferAction(input: {
  listingId: number;
  amount: string;
  currency: string;
}): Promise<MakeOfferResult> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await makeOffer({ buyerId: user.id, input });
  if (result.ok) await afterOfferChange(Number(input.listingId), result.orderId);
  return result;
}

export async function answerOfferAction(input: {
  listingId: number;
  offerId: number;
  answer: "accept" | "decline" | "counter";
  counter?: string;
}): Promise<AnswerOfferResult> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await answerOffer({ actor: user, input });
  if (result.ok) await afterOfferChange(Number(input.listingId), result.orderId);
  return result;
}

export async function answerCounterAction(input: {
  listingId: number;
  offerId: number;
  answer: "accept" | "decline";
}): Promise<AnswerOfferResult> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await answerCounter({ buyerId: user.id, input });
  if (result.ok) await afterOfferChange(Number(input.listingId), result.orderId);
  return result;
}

/** The buyer takes back an offer still waiting for the seller; the seller is told by email. */
export async function withdrawOfferAction(input: {
  listingId: number;
  offerId: number;
}): Promise<WithdrawOfferResult> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await withdrawOffer({ buyerId: user.id, input: { offerId: input.offerId } });
  if (result.ok) await afterOfferChange(Number(input.listingId), null);
  return result;
}

export async function saveOfferSettingsAction(input: {
  listingId: number;
  declineBelow: string;
  acceptFrom: string;
}) {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return saveOfferSettings({ actor: user, input });
}
