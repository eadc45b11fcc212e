import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { checkouts } from "./checkouts";
import { currency, orderStatus } from "./enums";
import { listings } from "./listings";
import { soldItems } from "./market";
import { users } from "./users";

/** How an order came about: bought from the cart, won at auction, or an accepted offer. */
export const orderSource = pgEnum("order_source", ["cart", "auction", "offer"]);

export const cartItems = pgTable(
  "cart_items",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("cart_items_user_listing_idx").on(t.userId, t.listingId)],
);

export const orders = pgTable(
  "orders",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    buyerId: uuid("buyer_id")
      .notNull()
      .references(() => users.id),
    sellerId: uuid("seller_id")
      .notNull()
      .references(() => users.id),
    status: orderStatus("status").notNull().default("pending_payment"),
    currency: currency("currency").notNull(),
    itemsCents: integer("items_cents").notNull(),
    shippingCents: integer("shipping_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    platformFeeCents: integer("platform_fee_cents").notNull().default(0),
    /** Payout owed to the seller when the platform collected the money itself. */
    payoutOwedCents: integer("payout_owed_cents").notNull().default(0),
    shipTo: jsonb("ship_to").$type<{
      country: string;
      postalCode?: string;
      name?: string;
      address?: string;
    }>(),
    stripeCheckoutSessionId: text("stripe_checkout_session_id"),
    stripePaymentIntentId: text("stripe_payment_intent_id"),
    /** Null only for orders written before the column existed. */
    source: orderSource("source"),
    /** Where the buyer pays: the Checkout Session's page, kept so "Pay now" can send them back to it. */
    checkoutUrl: text("checkout_url"),
    checkoutExpiresAt: timestamp("checkout_expires_at", { withTimezone: true }),
    /** The cart form's one-time id, so a repeated Check out answers with this order instead of a second one. */
    checkoutRequestId: uuid("checkout_request_id"),
    /** Checkout Sessions created so far; each new one needs its own idempotency key. */
    checkoutAttempts: integer("checkout_attempts").notNull().default(0),
    /** The seller's connected Stripe account: paid there by a destination charge, or by a transfer after a whole-cart payment. */
    transferDestination: text("transfer_destination"),
    /** The whole-cart payment this order was made by, with the other sellers' orders; null for an order paid on its own. */
    checkoutId: integer("checkout_id").references(() => checkouts.id),
    /** The seller's share, sent after a whole-cart payment succeeded (one transfer per order). */
    stripeTransferId: text("stripe_transfer_id"),
    /** Taking that share back when this order alone was refunded. */
    stripeTransferReversalId: text("stripe_transfer_reversal_id"),
    refundedCents: integer("refunded_cents").notNull().default(0),
    /** Stock stays reserved until this moment; an unpaid order past it expires and releases stock. */
    reservedUntil: timestamp("reserved_until", { withTimezone: true }),
    carrier: text("carrier"),
    trackingNumber: text("tracking_number"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_buyer_idx").on(t.buyerId, t.createdAt.desc()),
    index("orders_seller_idx").on(t.sellerId, t.createdAt.desc()),
    index("orders_reservation_idx").on(t.status, t.reservedUntil),
    uniqueIndex("orders_checkout_session_idx").on(t.stripeCheckoutSessionId),
    uniqueIndex("orders_checkout_request_idx").on(t.buyerId, t.checkoutRequestId),
    index("orders_payment_intent_idx").on(t.stripePaymentIntentId),
    index("orders_checkout_idx").on(t.checkoutId),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id),
    /** Title at the time of sale, so the order reads the same after the listing changes. */
    title: text("title").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    /** Shipping for this line, careful packing included. */
    shippingCents: integer("shipping_cents").notNull(),
    /** The part of shippingCents that pays for packing a fragile item (a pedal car's crate and padding). */
    packingCents: integer("packing_cents").notNull().default(0),
    /** The sale this line added to the price history, removed again if the order is refunded. */
    soldItemId: uuid("sold_item_id").references(() => soldItems.id, { onDelete: "set null" }),
  },
  (t) => [index("order_items_order_idx").on(t.orderId), index("order_items_listing_idx").on(t.listingId)],
);

/** Every state change of an order, in order. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatus("from_status"),
    toStatus: orderStatus("to_status").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.id)],
);

/** Stripe event ids already handled; a replayed event finds its id here and changes nothing. */
export const processedWebhookEvents = pgTable("processed_webhook_events", {
  eventId: text("event_id").primaryKey(),
  type: text("type").notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type OrderItem = typeof orderItems.$inferSelect;
export type NewOrderItem = typeof orderItems.$inferInsert;
export type OrderEvent = typeof orderEvents.$inferSelect;
export type CartItem = typeof cartItems.$inferSelect;
