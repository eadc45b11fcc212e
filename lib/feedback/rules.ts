import { z } from "zod";
import { idSchema } from "@/lib/kernel/forms";

// The rules of feedback between a buyer and a seller, pure so the unit tests, the lib and the form share them.

export const feedbackLimits = {
  minLength: 1,
  maxLength: 500,
  /** Days after the order was marked received during which either party may rate the other. */
  windowDays: 60,
  /** The profile's recent figures look back this many months. */
  recentMonths: 12,
} as const;

export const ratings = ["positive", "neutral", "negative"] as const;
export type Rating = (typeof ratings)[number];
export type Side = "buyer" | "seller";

export const ratingLabels: Record<Rating, string> = {
  positive: "Positive",
  neutral: "Neutral",
  negative: "Negative",
};

/** The comment on the automatic mark a buyer gets for an auction win left unpaid. */
export const unpaidAuctionComment = "Unpaid auction win: the buyer did not pay in time.";

// Control characters would only hide text (or, NUL, break the database); newlines and tabs stay.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const plainText = (missing: string) =>
  z
    .string({ error: missing })
    .transform((text) => text.replace(controlCharacters, "").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(feedbackLimits.minLength, missing)
        .max(feedbackLimits.maxLength, `Keep it to ${feedbackLimits.maxLength} characters or fewer.`),
    );

export const leaveFeedbackSchema = z.object({
  orderId: idSchema("That order does not exist."),
  rating: z.enum(ratings, { error: "Choose positive, neutral or negative." }),
  comment: plainText("Write a short comment about the trade."),
});

export const replySchema = z.object({
  feedbackId: idSchema("That feedback does not exist."),
  reply: plainText("Write your reply."),
});

/** The order fields the rules look at. */
export type RateableOrder = {
  buyerId: string;
  sellerId: string;
  status: string;
  receivedAt: Date | null;
};

export type RatingRefusal =
  "not_party" | "not_received" | "window_closed" | "self_dealing" | "related_accounts";

/** Which side the actor would rate (the other party's), or why they may not rate this order now. */
export function ratingDecision(
  order: RateableOrder,
  actorId: string,
  now: Date,
):
  | { ok: true; authorSide: Side; subjectSide: Side; subjectId: string }
  | { ok: false; reason: RatingRefusal } {
  const isBuyer = order.buyerId === actorId;
  const isSeller = order.sellerId === actorId;
  if (!isBuyer && !isSeller) return { ok: false, reason: "not_party" };
  if (isBuyer && isSeller) return { ok: false, reason: "self_dealing" };
  if (order.status !== "received" || !order.receivedAt) return { ok: false, reason: "not_received" };
  if (now.getTime() > windowEnd(order.receivedAt).getTime()) return { ok: false, reason: "window_closed" };
  return isBuyer
    ? { ok: true, authorSide: "buyer", subjectSide: "seller", subjectId: order.sellerId }
    : { ok: true, authorSide: "seller", subjectSide: "buyer", subjectId: order.buyerId };
}

/** The last moment feedback can be left: exactly `windowDays` after the order was received. */
export function windowEnd(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + feedbackLimits.windowDays * 86_400_000);
}

export const refusalMessages: Record<RatingRefusal | "already_rated", string> = {
  not_party: "That order does not exist.",
  self_dealing: "You cannot leave feedback on your own listing's order.",
  related_accounts:
    "The buyer's and the seller's accounts are marked as related, so neither can leave feedback on this order.",
  not_received: "Feedback opens once the buyer has marked the order received.",
  window_closed: `Feedback closes ${feedbackLimits.windowDays} days after the order was received.`,
  already_rated: "You have already left feedback on this order.",
};

export type Counts = { positive: number; neutral: number; negative: number };

/**
 * The positive share as a percentage with one decimal, the way collectors read it on other markets:
 * positive out of positive and negative (neutral ratings are shown but not counted), rounded down so a
 * single negative never reads as 100%. Null with no positive or negative rating yet.
 */
export function positiveShare({ positive, negative }: Counts): number | null {
  const total = positive + negative;
  if (total === 0) return null;
  return Math.floor((positive * 1000) / total) / 10;
}
