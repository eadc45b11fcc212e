import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orderFeedback, orders, users } from "@/db/schema";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import {
  feedbackLimits,
  positiveShare,
  ratingDecision,
  windowEnd,
  type Counts,
  type Rating,
  type RatingRefusal,
  type Side,
} from "./rules";

// What a member's profile shows of their feedback, and what an order's parties may still do with theirs.

export type Figures = Counts & { positiveShare: number | null };
export type SideFigures = { recent: Figures; allTime: Figures };
export type FeedbackSummary = { asSeller: SideFigures; asBuyer: SideFigures };

export type FeedbackEntry = {
  id: number;
  orderId: number;
  kind: "rating" | "unpaid_auction";
  subjectSide: Side;
  rating: Rating;
  comment: string;
  reply: string | null;
  repliedAt: string | null;
  createdAt: string;
  /** The author's public name; null for the automatic unpaid-auction mark. */
  authorName: string | null;
  authorId: string | null;
};

const figures = (counts: Counts): Figures => ({ ...counts, positiveShare: positiveShare(counts) });

/** Counts per side over the last `recentMonths` months (by the clock) and all time. */
export async function feedbackSummary(
  memberId: string,
  clock: Clock = systemClock,
): Promise<FeedbackSummary> {
  const db = await getDb();
  const since = sql`${clock.now().toISOString()}::timestamptz - make_interval(months => ${feedbackLimits.recentMonths})`;
  const recent = sql`${orderFeedback.createdAt} > ${since}`;
  const rows = await db
    .select({
      side: orderFeedback.subjectSide,
      rating: orderFeedback.rating,
      allTime: sql<number>`count(*)::int`,
      recent: sql<number>`(count(*) filter (where ${recent}))::int`,
    })
    .from(orderFeedback)
    .where(eq(orderFeedback.subjectId, memberId))
    .groupBy(orderFeedback.subjectSide, orderFeedback.rating);
  const side = (which: Side): SideFigures => {
    const count = (period: "recent" | "allTime"): Counts => {
      const of = (rating: Rating) =>
        Number(rows.find((r) => r.side === which && r.rating === rating)?.[period] ?? 0);
      return { positive: of("positive"), neutral: of("neutral"), negative: of("negative") };
    };
    return { recent: figures(count("recent")), allTime: figures(count("allTime")) };
  };
  return { asSeller: side("seller"), asBuyer: side("buyer") };
}

const author = alias(users, "feedback_author");
const entryColumns = {
  id: orderFeedback.id,
  orderId: orderFeedback.orderId,
  kind: orderFeedback.kind,
  subjectSide: orderFeedback.subjectSide,
  rating: orderFeedback.rating,
  comment: orderFeedback.comment,
  reply: orderFeedback.reply,
  repliedAt: orderFeedback.repliedAt,
  createdAt: orderFeedback.createdAt,
  authorName: author.displayName,
  authorId: orderFeedback.authorId,
};

const asEntry = (
  row: {
    repliedAt: Date | null;
    createdAt: Date;
  } & Omit<FeedbackEntry, "repliedAt" | "createdAt">,
): FeedbackEntry => ({
  ...row,
  repliedAt: row.repliedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** The latest feedback about a member, as buyer and as seller, newest first, with their replies. */
export async function latestFeedback(memberId: string, limit = 10): Promise<FeedbackEntry[]> {
  const db = await getDb();
  const rows = await db
    .select(entryColumns)
    .from(orderFeedback)
    .leftJoin(author, eq(author.id, orderFeedback.authorId))
    .where(eq(orderFeedback.subjectId, memberId))
    .orderBy(desc(orderFeedback.createdAt), desc(orderFeedback.id))
    .limit(limit);
  return rows.map(asEntry);
}

export type OrderFeedbackView = {
  orderId: number;
  viewerSide: Side;
  /** The other party, whom the viewer rates. */
  other: { id: string; displayName: string };
  /** Whether the viewer may still rate the other party, and until when. */
  canRate: boolean;
  closesAt: string | null;
  /** Why not, in words, when they may not (and have not already). */
  notYet: string | null;
  given: FeedbackEntry | null;
  /** Feedback about the viewer on this order (their rating, or the unpaid-auction mark). */
  received: FeedbackEntry[];
};

const notYetMessages: Partial<Record<RatingRefusal, string>> = {
  not_received: "Feedback opens once the order is marked received.",
  window_closed: `Feedback closed ${feedbackLimits.windowDays} days after the order was received.`,
};

/** The order page's feedback for one of its parties; null for anyone else (admins too). */
export async function orderFeedbackFor(
  orderId: number,
  viewerId: string,
  clock: Clock = systemClock,
): Promise<OrderFeedbackView | null> {
  const db = await getDb();
  const [order] = await db
    .select({
      buyerId: orders.buyerId,
      sellerId: orders.sellerId,
      status: orders.status,
      receivedAt: orders.receivedAt,
    })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order || (order.buyerId !== viewerId && order.sellerId !== viewerId)) return null;
  const rows = (
    await db
      .select(entryColumns)
      .from(orderFeedback)
      .leftJoin(author, eq(author.id, orderFeedback.authorId))
      .where(eq(orderFeedback.orderId, orderId))
      .orderBy(orderFeedback.id)
  ).map(asEntry);
  const viewerSide: Side = order.buyerId === viewerId ? "buyer" : "seller";
  const otherId = viewerSide === "buyer" ? order.sellerId : order.buyerId;
  const [other] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, otherId));
  const given = rows.find((r) => r.kind === "rating" && r.authorId === viewerId) ?? null;
  const decision = ratingDecision(order, viewerId, clock.now());
  const canRate = decision.ok && !given;
  return {
    orderId,
    viewerSide,
    other: other ?? { id: otherId, displayName: "A member" },
    canRate,
    closesAt: order.receivedAt && decision.ok ? windowEnd(order.receivedAt).toISOString() : null,
    notYet: given || decision.ok ? null : (notYetMessages[decision.reason] ?? null),
    given,
    received: rows.filter((r) => r.subjectSide === viewerSide),
  };
}
