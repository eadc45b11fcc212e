import { index, integer, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { listings } from "./listings";
import { orders } from "./orders";
import { users } from "./users";

/**
 * Where an offer stands: waiting for the seller (`open`), for the buyer (`countered`), answered, or
 * taken back by its buyer while it waited for the seller (`withdrawn`).
 * Waiting ones lapse 48 hours after they were made; that is read by the clock, not stored.
 */
export const listingOfferStatus = pgEnum("listing_offer_status", [
  "open",
  "countered",
  "accepted",
  "declined",
  "withdrawn",
]);

/** A buyer's offer on a fixed-price listing, for one unit, in the listing's currency. */
export const listingOffers = pgTable(
  "listing_offers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    buyerId: uuid("buyer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    amountCents: integer("amount_cents").notNull(),
    status: listingOfferStatus("status").notNull().default("open"),
    /** The seller's one counter amount, waiting for the buyer from `counteredAt`. */
    counterCents: integer("counter_cents"),
    counteredAt: timestamp("countered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
  },
  (t) => [
    index("listing_offers_listing_idx").on(t.listingId, t.status),
    index("listing_offers_buyer_idx").on(t.buyerId, t.createdAt.desc()),
  ],
);

/** The seller's hidden answers given in advance: decline below the floor, accept from the accept level. */
export const listingOfferSettings = pgTable("listing_offer_settings", {
  listingId: integer("listing_id")
    .primaryKey()
    .references(() => listings.id, { onDelete: "cascade" }),
  declineBelowCents: integer("decline_below_cents"),
  acceptFromCents: integer("accept_from_cents"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

export type ListingOffer = typeof listingOffers.$inferSelect;
