import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { AuctionTerms } from "@/lib/auctions/frozen-terms";
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
    /** Auction length chosen by the seller, counted from publishing; null when the seller set an end time. */
    lengthDays: smallint("length_days"),
    /** Set once the "ending soon" alerts have gone out, so the sweep sends them once. */
    endingSoonNotifiedAt: timestamp("ending_soon_notified_at", { withTimezone: true }),
    /** What the first bidder saw and agreed to; the order at the close is made on these terms. */
    termsAtFirstBid: jsonb("terms_at_first_bid").$type<AuctionTerms>(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("auctions_open_ending_idx").on(t.status, t.endsAt),
    // Auctions that ended below their reserve, newest first: the unsold side of the results archive.
    index("auctions_reserve_not_met_idx")
      .on(t.closedAt.desc(), t.listingId.desc())
      .where(
        sql`${t.status} = 'closed' and ${t.reservePriceCents} is not null and ${t.currentPriceCents} < ${t.reservePriceCents}`,
      ),
  ],
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
    /** Placed by the proxy on the bidder's behalf, up to their maximum. */
    automatic: boolean("automatic").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bids_listing_idx").on(t.listingId, t.id),
    index("bids_bidder_idx").on(t.bidderId, t.listingId),
  ],
);

export const auctionOfferKind = pgEnum("auction_offer_kind", ["winner", "second_chance", "best_offer"]);

/** Each order an auction produced: the winner's, then any offers to the next bidders after a lapse. */
export const auctionOffers = pgTable(
  "auction_offers",
  {
    listingId: integer("listing_id")
      .notNull()
      .references(() => auctions.listingId, { onDelete: "cascade" }),
    bidderId: uuid("bidder_id")
      .notNull()
      .references(() => users.id),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    kind: auctionOfferKind("kind").notNull(),
    priceCents: integer("price_cents").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.bidderId] })],
);

/** What a seller adds to an auction's description once bidding has started; the original stays as bidders read it. */
export const auctionDescriptionAdditions = pgTable(
  "auction_description_additions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listingId: integer("listing_id")
      .notNull()
      .references(() => auctions.listingId, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auction_description_additions_listing_idx").on(t.listingId, t.id)],
);

export const bestOfferStatus = pgEnum("best_offer_status", ["pending", "accepted", "declined"]);

/**
 * After an auction ends below its reserve, the high bidder's one best offer and the seller's answer.
 * One per auction (the key); a pending offer past its answer window reads as lapsed.
 */
export const bestOffers = pgTable("best_offers", {
  listingId: integer("listing_id")
    .primaryKey()
    .references(() => auctions.listingId, { onDelete: "cascade" }),
  bidderId: uuid("bidder_id")
    .notNull()
    .references(() => users.id),
  amountCents: integer("amount_cents").notNull(),
  status: bestOfferStatus("status").notNull().default("pending"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  answeredAt: timestamp("answered_at", { withTimezone: true }),
  orderId: integer("order_id").references(() => orders.id),
});

export type Auction = typeof auctions.$inferSelect;
export type Bid = typeof bids.$inferSelect;
export type AuctionOffer = typeof auctionOffers.$inferSelect;
export type BestOffer = typeof bestOffers.$inferSelect;
