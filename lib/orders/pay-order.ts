import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orderItems, orders, users } from "@/db/schema";
import { getPublicBaseUrl } from "@/lib/payments/base-url";
import { createPaymentSession, getOpenSessionUrl } from "@/lib/payments/checkout-session";
import { expireStaleReservations } from "./expiry";
import { payoutTerms } from "./payout";
import { reservationMinutes } from "./status";

const sellers = alias(users, "sellers");

// Opening a payment for an order that already exists and holds its stock: right after checkout,
// from the order page's "Pay now", and for an auction winner's order.

export type StartPaymentResult = { ok: true; url: string } | { ok: false; message: string };

/** For the buyer of a pending_payment order: a Checkout Session (or a test-payment page) to pay it. */
export async function startPaymentForOrder({ orderId, buyerId, baseUrl }: { orderId: number; buyerId: string; baseUrl?: string }): Promise<StartPaymentResult> {
  // A reservation whose time is up goes back on sale first, rather than being paid for late.
  await expireStaleReservations();
  const db = await getDb();
  const [order] = await db.select({ buyerId: orders.buyerId, status: orders.status }).from(orders).where(eq(orders.id, orderId));
  if (!order || order.buyerId !== buyerId) return { ok: false, message: "That order does not exist." };
  if (order.status === "expired") return { ok: false, message: "The time to pay ran out and the items went back on sale." };
  if (order.status !== "pending_payment") return { ok: false, message: "This order is not waiting for payment." };
  try {
    return { ok: true, url: await openPaymentSession(orderId, baseUrl ?? (await getPublicBaseUrl())) };
  } catch (error) {
    console.error(`Could not start the payment for order ${orderId}: ${(error as Error).message}`);
    return { ok: false, message: "The payment page could not be opened just now. Your order is still reserved: try again in a minute." };
  }
}

/**
 * Sends the buyer back to a session that is still open, or opens a new one. Each new session gets
 * its own idempotency key, so a retried request never opens two for the same attempt. Throws when
 * Stripe can't be reached; the order is left as it was.
 */
export async function openPaymentSession(orderId: number, baseUrl: string): Promise<string> {
  const db = await getDb();
  const [order] = await db
    .select({ order: orders, buyerEmail: users.email, buyerCountry: users.country, sellerStripeAccountId: sellers.stripeAccountId })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .where(eq(orders.id, orderId));
  if (!order || order.order.status !== "pending_payment") throw new Error(`Order ${orderId} is not waiting for payment`);
  const current = order.order;
  const stillOpen = current.stripeCheckoutSessionId && current.checkoutExpiresAt && current.checkoutExpiresAt.getTime() > Date.now() + 60_000;
  if (stillOpen) {
    const url = await getOpenSessionUrl(current.stripeCheckoutSessionId!);
    if (url) return url;
  }
  // Settled when the payment opens, so an auction order (written elsewhere) gets the same terms.
  const terms = payoutTerms(current.totalCents, order.sellerStripeAccountId);
  const [attempt] = await db
    .update(orders)
    .set({ ...terms, checkoutAttempts: sql`${orders.checkoutAttempts} + 1`, updatedAt: sql`now()` })
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending_payment")))
    .returning({ n: orders.checkoutAttempts, reservedUntil: orders.reservedUntil });
  if (!attempt) throw new Error(`Order ${orderId} is not waiting for payment`);
  const lines = await db
    .select({ listingId: orderItems.listingId, title: orderItems.title, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents, packingCents: orderItems.packingCents })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .orderBy(orderItems.id);
  const session = await createPaymentSession(
    {
      id: orderId,
      attempt: attempt.n,
      currency: current.currency,
      buyerEmail: order.buyerEmail,
      shipToCountry: (current.shipTo?.country ?? order.buyerCountry ?? "US").toUpperCase(),
      lines,
      shippingCents: current.shippingCents,
      packingCents: lines.reduce((sum, l) => sum + l.packingCents, 0),
      totalCents: current.totalCents,
      platformFeeCents: terms.platformFeeCents,
      transferDestination: terms.transferDestination,
      reservedUntil: attempt.reservedUntil ?? new Date(Date.now() + reservationMinutes * 60_000),
    },
    baseUrl,
  );
  await db
    .update(orders)
    .set({ stripeCheckoutSessionId: session.sessionId, checkoutUrl: session.url, checkoutExpiresAt: session.expiresAt, updatedAt: sql`now()` })
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending_payment")));
  return session.url;
}
