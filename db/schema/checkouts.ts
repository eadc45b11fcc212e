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
import { currency } from "./enums";
import { users } from "./users";

/** Where a whole-cart payment stands; each order made by it keeps its own status as well. */
export const checkoutStatus = pgEnum("checkout_status", ["pending_payment", "paid", "closed"]);

/**
 * One payment for a cart with several sellers: one address, one Stripe Checkout Session, and one
 * order per seller (orders.checkout_id). The money is charged to the market and each seller's share
 * goes to them by a transfer in the payment's transfer group.
 */
export const checkouts = pgTable(
  "checkouts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    buyerId: uuid("buyer_id")
      .notNull()
      .references(() => users.id),
    status: checkoutStatus("status").notNull().default("pending_payment"),
    currency: currency("currency").notNull(),
    itemsCents: integer("items_cents").notNull(),
    shippingCents: integer("shipping_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    shipTo: jsonb("ship_to").$type<{
      country: string;
      postalCode?: string;
      name?: string;
      address?: string;
    }>(),
    /** Ties the charge and the sellers' transfers together in Stripe. */
    transferGroup: text("transfer_group").notNull(),
    /** The cart form's one-time id, so a repeated Check out answers with this checkout instead of a second one. */
    requestId: uuid("request_id"),
    stripeCheckoutSessionId: text("stripe_checkout_session_id"),
    stripePaymentIntentId: text("stripe_payment_intent_id"),
    checkoutUrl: text("checkout_url"),
    checkoutExpiresAt: timestamp("checkout_expires_at", { withTimezone: true }),
    /** Checkout Sessions created so far; each new one needs its own idempotency key. */
    checkoutAttempts: integer("checkout_attempts").notNull().default(0),
    /** The orders' stock stays reserved until this moment (each order carries the same deadline). */
    reservedUntil: timestamp("reserved_until", { withTimezone: true }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("checkouts_buyer_idx").on(t.buyerId, t.createdAt.desc()),
    uniqueIndex("checkouts_session_idx").on(t.stripeCheckoutSessionId),
    uniqueIndex("checkouts_request_idx").on(t.buyerId, t.requestId),
    index("checkouts_payment_intent_idx").on(t.stripePaymentIntentId),
  ],
);

export type Checkout = typeof checkouts.$inferSelect;
