import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { listings } from "./listings";
import { orders } from "./orders";
import { users } from "./users";

/**
 * A private conversation between a buyer and a seller about one listing (an inquiry) or one order:
 * one per (listing, buyer) and one per order. Each party's last read message marks what is unread.
 */
export const conversations = pgTable(
  "conversations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listingId: integer("listing_id").references(() => listings.id, { onDelete: "cascade" }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "cascade" }),
    buyerId: uuid("buyer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sellerId: uuid("seller_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The id of the last message each party has seen (0: none). */
    buyerReadId: integer("buyer_read_id").notNull().default(0),
    sellerReadId: integer("seller_read_id").notNull().default(0),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conversations_listing_buyer_idx")
      .on(t.listingId, t.buyerId)
      .where(sql`order_id is null`),
    uniqueIndex("conversations_order_idx")
      .on(t.orderId)
      .where(sql`order_id is not null`),
    index("conversations_buyer_idx").on(t.buyerId, t.lastMessageAt.desc()),
    index("conversations_seller_idx").on(t.sellerId, t.lastMessageAt.desc()),
    check("conversations_about_one_thing", sql`(listing_id is null) <> (order_id is null)`),
    check("conversations_two_parties", sql`buyer_id <> seller_id`),
  ],
);

/** One message in a conversation: plain text, 1 to 2,000 characters. */
export const messages = pgTable(
  "messages",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("messages_conversation_idx").on(t.conversationId, t.id)],
);

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
