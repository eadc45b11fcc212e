import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { listings } from "./listings";
import { orders } from "./orders";
import { users } from "./users";

export const notificationKind = pgEnum("notification_kind", [
  "outbid",
  "ending_soon",
  "auction_won",
  "auction_sold",
  "reserve_not_met",
  "second_chance",
  "auction_cancelled",
  "saved_search_match",
  "best_offer",
  "listing_comment",
  "offer",
  "feedback",
  "message",
]);

/** In-app notifications; each may also queue an email in email_outbox in the same transaction. */
export const notifications = pgTable(
  "notifications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    listingId: integer("listing_id").references(() => listings.id, { onDelete: "cascade" }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** Where the notification leads, a path on this site. */
    href: text("href").notNull(),
    /** Set for notifications that must be sent once only (ending soon, a saved-search match). */
    dedupeKey: text("dedupe_key"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.id.desc()),
    uniqueIndex("notifications_dedupe_idx").on(t.userId, t.dedupeKey),
  ],
);

/** Emails waiting to go out: written with the notification, sent after commit by any instance. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    notificationId: integer("notification_id").references(() => notifications.id, { onDelete: "set null" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Not retried before this moment (backs off after a failure). */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_outbox_pending_idx")
      .on(t.nextAttemptAt)
      .where(sql`sent_at is null`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationKind = (typeof notificationKind.enumValues)[number];
