import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { orders } from "./orders";
import { users } from "./users";

/** How a trade went, in the rated party's record. */
export const feedbackRating = pgEnum("feedback_rating", ["positive", "neutral", "negative"]);
/** Which side of the order the rated party was on. */
export const feedbackSide = pgEnum("feedback_side", ["buyer", "seller"]);
/** A party's own rating, or the mark written when an auction win lapsed unpaid. */
export const feedbackKind = pgEnum("feedback_kind", ["rating", "unpaid_auction"]);

/**
 * What the buyer and the seller said of each other after an order, and the automatic mark against a
 * buyer who left an auction win unpaid. One of each kind per order and rated side (the unique index
 * is what refuses a second one, even two sent at once); the rated party may reply once.
 */
export const orderFeedback = pgTable(
  "order_feedback",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: feedbackKind("kind").notNull(),
    /** Who wrote it; null for the automatic unpaid-auction mark. */
    authorId: uuid("author_id").references(() => users.id),
    subjectId: uuid("subject_id")
      .notNull()
      .references(() => users.id),
    subjectSide: feedbackSide("subject_side").notNull(),
    rating: feedbackRating("rating").notNull(),
    comment: text("comment").notNull(),
    reply: text("reply"),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("order_feedback_once_idx").on(t.orderId, t.subjectSide, t.kind),
    index("order_feedback_subject_idx").on(t.subjectId, t.createdAt.desc()),
    check("order_feedback_rating_has_author", sql`${t.kind} <> 'rating' or ${t.authorId} is not null`),
  ],
);

export type OrderFeedback = typeof orderFeedback.$inferSelect;
export type FeedbackRating = (typeof feedbackRating.enumValues)[number];
export type FeedbackSide = (typeof feedbackSide.enumValues)[number];
