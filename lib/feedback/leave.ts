import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderFeedback, orders } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import type { Refusal } from "@/lib/kernel/result";
import { notifyAboutFeedback } from "./notify-feedback";
import { conflictWithSeller } from "@/lib/auth/parties";
import {
  leaveFeedbackSchema,
  ratingDecision,
  refusalMessages,
  replySchema,
  type RatingRefusal,
} from "./rules";

// Leaving feedback on an order and replying to it. Only the order's buyer and seller may rate, each the
// other, once, within the window after the order was received; admins have no say in it. The order's row
// is read under a share lock so it cannot change state while the rating is stored, and the unique index
// on (order, rated side, kind) makes the second of two submissions at once store nothing.

export type FeedbackRefusal = Refusal<
  "invalid" | RatingRefusal | "already_rated" | "not_found" | "already_replied",
  { fieldErrors: Record<string, string> }
>;

export type LeaveFeedbackResult =
  { ok: true; feedbackId: number; orderId: number; message: string } | FeedbackRefusal;
export type ReplyResult = { ok: true; feedbackId: number; message: string } | FeedbackRefusal;

const refuse = (reason: FeedbackRefusal["reason"], message: string): FeedbackRefusal => ({
  ok: false,
  reason,
  message,
  fieldErrors: {},
});

export async function leaveFeedback({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: { orderId: unknown; rating: unknown; comment: unknown };
  clock?: Clock;
}): Promise<LeaveFeedbackResult> {
  const parsed = leaveFeedbackSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.orderId) return refuse("not_party", refusalMessages.not_party);
    return { ok: false, reason: "invalid", message: "Check your feedback.", fieldErrors };
  }
  const { orderId, rating, comment } = parsed.data;
  const now = clock.now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        id: orders.id,
        buyerId: orders.buyerId,
        sellerId: orders.sellerId,
        status: orders.status,
        receivedAt: orders.receivedAt,
      })
      .from(orders)
      .where(eq(orders.id, orderId))
      .for("share");
    if (!order) return refuse("not_party", refusalMessages.not_party);
    const decision = ratingDecision(order, actor.id, now);
    if (!decision.ok) return refuse(decision.reason, refusalMessages[decision.reason]);
    // Either side of an order between accounts an admin marked as related rates nothing.
    const conflict = await conflictWithSeller(tx, { accountId: order.buyerId, sellerId: order.sellerId });
    if (conflict)
      return refuse(
        conflict === "own" ? "self_dealing" : "related_accounts",
        refusalMessages[conflict === "own" ? "self_dealing" : "related_accounts"],
      );
    const [stored] = await tx
      .insert(orderFeedback)
      .values({
        orderId,
        kind: "rating",
        authorId: actor.id,
        subjectId: decision.subjectId,
        subjectSide: decision.subjectSide,
        rating,
        comment,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: orderFeedback.id });
    if (!stored) return refuse("already_rated", refusalMessages.already_rated);
    await notifyAboutFeedback(tx, { feedbackId: stored.id });
    return {
      ok: true,
      feedbackId: stored.id,
      orderId,
      message: "Thanks: your feedback is on their profile.",
    };
  });
}

/** The rated party's one reply to feedback about them (the unpaid-auction mark included). */
export async function replyToFeedback({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: { feedbackId: unknown; reply: unknown };
  clock?: Clock;
}): Promise<ReplyResult> {
  const parsed = replySchema.safeParse(input);
  const notFound = refuse("not_found", "That feedback does not exist.");
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.feedbackId) return notFound;
    return { ok: false, reason: "invalid", message: "Check your reply.", fieldErrors };
  }
  const { feedbackId, reply } = parsed.data;
  const db = await getDb();
  const [updated] = await db
    .update(orderFeedback)
    .set({ reply, repliedAt: clock.now() })
    .where(
      and(
        eq(orderFeedback.id, feedbackId),
        eq(orderFeedback.subjectId, actor.id),
        isNull(orderFeedback.reply),
      ),
    )
    .returning({ id: orderFeedback.id });
  if (updated) return { ok: true, feedbackId, message: "Your reply is shown under the feedback." };
  const [existing] = await db
    .select({ subjectId: orderFeedback.subjectId })
    .from(orderFeedback)
    .where(eq(orderFeedback.id, feedbackId));
  if (!existing || existing.subjectId !== actor.id)
    return refuse("not_found", "Only the member the feedback is about can reply to it.");
  return refuse("already_replied", "You have already replied to this feedback.");
}
