"use server";

import { canManage } from "@/lib/auth/actor";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auctions, listings } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { centsToInput } from "@/lib/listings/schemas";
import { afterAuctionChange } from "./after-change";
import {
  answerBestOffer,
  sendBestOffer,
  type AnswerBestOfferResult,
  type SendBestOfferResult,
} from "./best-offer";
import { placeBid, type PlaceBidResult } from "./place-bid";
import { listingIdSchema } from "./schemas";
import { offerToNextBidder, type SecondChanceResult } from "./second-chance";

// Thin server actions for the bid box and the seller's controls: session, one lib call, cache tags.

export async function placeBidAction(input: { listingId: number; maxBid: string }): Promise<PlaceBidResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "invalid", message: "Sign in to bid.", fieldErrors: {} };
  const result = await placeBid({ bidderId: user.id, input });
  if (result.ok) afterAuctionChange([Number(input.listingId)]);
  return result;
}

export async function offerToNextBidderAction(listingId: number): Promise<SecondChanceResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "forbidden", message: "Sign in as the seller." };
  const id = listingIdSchema.safeParse(listingId);
  if (!id.success) return { ok: false, reason: "not_found", message: "That auction does not exist." };
  const result = await offerToNextBidder({ actor: user, listingId: id.data });
  if (result.ok) afterAuctionChange([id.data]);
  return result;
}

export async function sendBestOfferAction(input: {
  listingId: number;
  amount: string;
}): Promise<SendBestOfferResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "forbidden", message: "Sign in as the highest bidder." };
  const result = await sendBestOffer({ bidderId: user.id, input });
  if (result.ok) afterAuctionChange([Number(input.listingId)]);
  return result;
}

export async function answerBestOfferAction(input: {
  listingId: number;
  answer: "accept" | "decline";
}): Promise<AnswerBestOfferResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "forbidden", message: "Sign in as the seller." };
  const result = await answerBestOffer({ actor: user, input });
  if (result.ok) afterAuctionChange([Number(input.listingId)]);
  return result;
}

export type AuctionTermsForEdit = {
  status: string;
  reservePrice: string;
  auctionLength: string;
  auctionEndsAt: string;
  bidCount: number;
} | null;

/** The stored terms for the seller's edit form (the reserve is the seller's own secret). */
export async function loadAuctionTermsAction(listingId: number): Promise<AuctionTermsForEdit> {
  const user = await getCurrentUser();
  const id = listingIdSchema.safeParse(listingId);
  if (!user || !id.success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ auction: auctions, sellerId: listings.sellerId })
    .from(auctions)
    .innerJoin(listings, eq(listings.id, auctions.listingId))
    .where(eq(auctions.listingId, id.data));
  if (!row || !canManage(user, row.sellerId)) return null;
  const { auction } = row;
  return {
    status: auction.status,
    reservePrice: auction.reservePriceCents === null ? "" : centsToInput(auction.reservePriceCents),
    auctionLength: auction.lengthDays ? String(auction.lengthDays) : "custom",
    auctionEndsAt: auction.endsAt.toISOString(),
    bidCount: auction.bidCount,
  };
}
