import { index, integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { auctionStatus } from "./enums";
import { listings } from "./listings";
import { orders } from "./orders";
import { users } from "./users";

/** Auction state for a listing sold by auction; one row per listing, locked while a bid is placed. */
export const auctions = pgTable(
  "auctions",
  {
    listingId: integer("listing_id")
      .primaryKey()
      .references(() => listings.id, { onDelete: "cascade" }),
    startPriceCents: integer("start_price_cents").notNull(),
    /** Hidden reserve: the item sells only if the price reaches it. */
    reservePriceCents: integer("reserve_price_cents"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    originalEndsAt: timestamp("original_ends_at", { withTimezone: true }).notNull(),
    status: auctionStatus("status").notNull().default("open"),
    currentPriceCents: integer("current_price_cents"),
    leaderId: uuid("leader_id").references(() => users.id),
    leaderMaxCents: integer("leader_max_cents"),
    bidCount: integer("bid_count").notNull().default(0),
    winnerOrderId: integer("winner_order_id").references(() => orders.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auctions_open_ending_idx").on(t.status, t.endsAt)],
);

export const bids = pgTable(
  "bids",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listingId: integer("listing_id")
      .notNull()
      .references(() => auctions.listingId, { onDelete: "cascade" }),
    bidderId: uuid("bidder_id")
      .notNull()
      .references(() => users.id),
    /** The visible price this bid set. */
    amountCents: integer("amount_cents").notNull(),
    /** The bidder's hidden maximum for proxy bidding. */
    maxCents: integer("max_cents").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bids_listing_idx").on(t.listingId, t.id)],
);

export type Auction = typeof auctions.$inferSelect;
export type Bid = typeof bids.$inferSelect;
