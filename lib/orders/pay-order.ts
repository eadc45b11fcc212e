import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orders, users } from "@/db/schema";
import { getPublicBaseUrl } from "@/lib/payments/base-url";
import { createPaymentSession, getOpenSessionUrl, sessionExpiry } from "@/lib/payments/checkout-session";
import { expireReservationIfDue } from "./expiry";
import { settleOrderDestination } from "./order-destination";
import { payoutTerms } from "./payout";
import { reservationMinutes } from "./status";
import type { Result } from "@/lib/kernel/result";
import { readOrderLines } from "./order-lines";
import { startPaymentForCheckout } from "./pay-checkout";

const sellers = alias(users, "sellers");

// Opening a payment for an order that already exists and holds its stock: right after checkout,
// from the order page's "Pay now", and for an auction winner's order.

export type StartPaymentResult = Result<{ url: string }>;

/** For the buyer of a pending_payment order: a Checkout Session (or a test-payment page) to pay it. */
export async function startPaymentForOrder({
  orderId,
  buyerId,
  baseUrl,
}: {
  orderId: number;
  buyerId: string;
  baseUrl?: string;
}): Promise<StartPaymentResult> {
  const db = await getDb();
  const [owned] = await db
    .select({ buyerId: orders.buyerId, checkoutId: orders.checkoutId })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!owned || owned.buyerId !== buyerId) return { ok: false, message: "That order does not exist." };
  // Made by a whole-cart checkout: paid together with the other sellers' orders, in one payment.
  if (owned.checkoutId) return startPaymentForCheckout({ checkoutId: owned.checkoutId, buyerId, baseUrl });
  // A reservation whose time is up goes back on sale first, rather than being paid for late.
  await expireReservationIfDue(orderId);
  const [order] = await db
    .select({ buyerId: orders.buyerId, status: orders.status })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order) return { ok: false, message: "That order does not exist." };
  if (order.status === "expired")
    return { ok: false, message: "The time to pay ran out and the items went back on sale." };
  if (order.status !== "pending_payment")
    return { ok: false, message: "This order is not waiting for payment." };
  const settled = await settleOrderDestination(orderId);
  if (!settled.ok) return settled;
  try {
    return { ok: true, url: await openPaymentSession(orderId, baseUrl ?? (await getPublicBaseUrl())) };
  } catch (error) {
    console.error(`Could not start the payment for order ${orderId}: ${(error as Error).message}`);
    return {
      ok: false,
      message:
        "The payment page could not be opened just now. Your order is still reserved: try again in a minute.",
    };
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
    .select({ order: orders, buyerEmail: users.email, sellerStripeAccountId: sellers.stripeAccountId })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .where(eq(orders.id, orderId));
  if (!order || order.order.status !== "pending_payment")
    throw new Error(`Order ${orderId} is not waiting for payment`);
  if (order.order.checkoutId)
    throw new Error(`Order ${orderId} is paid with checkout ${order.order.checkoutId}`);
  const current = order.order;
  // Never a payment without a destination: startPaymentForOrder settles it first.
  if (!current.shipTo?.country) throw new Error(`Order ${orderId} has no destination yet`);
  const stillOpen =
    current.stripeCheckoutSessionId &&
    current.checkoutExpiresAt &&
    current.checkoutExpiresAt.getTime() > Date.now() + 60_000;
  if (stillOpen) {
    const url = await getOpenSessionUrl(current.stripeCheckoutSessionId!);
    if (url) return url;
  }
  // Settled when the payment opens, so an auction order (written elsewhere) gets the same terms.
  const terms = payoutTerms(current.totalCents, order.sellerStripeAccountId);
  // Another press is opening the page right now (attempt taken, session not stored yet): join it.
  const inFlight =
    !current.stripeCheckoutSessionId &&
    current.checkoutAttempts > 0 &&
    current.checkoutExpiresAt &&
    current.checkoutExpiresAt.getTime() > Date.now() + 60_000;
  const attempt = inFlight
    ? { n: current.checkoutAttempts, expiresAt: current.checkoutExpiresAt! }
    : await claimAttempt(
        orderId,
        current.checkoutAttempts,
        sessionExpiry(current.reservedUntil ?? new Date(Date.now() + reservationMinutes * 60_000)),
        terms,
      );
  const lines = await readOrderLines(db, orderId);
  const session = await createPaymentSession(
    {
      id: orderId,
      attempt: attempt.n,
      expiresAt: attempt.expiresAt,
      createdAt: current.createdAt,
      currency: current.currency,
      buyerEmail: order.buyerEmail,
      shipToCountry: current.shipTo.country,
      lines,
      shippingCents: current.shippingCents,
      packingCents: lines.reduce((sum, l) => sum + l.packingCents, 0),
      totalCents: current.totalCents,
      platformFeeCents: terms.platformFeeCents,
      transferDestination: terms.transferDestination,
    },
    baseUrl,
  ).catch(async (error: unknown) => {
    // The next press starts a fresh attempt rather than replaying this failed request's key.
    await db
      .update(orders)
      .set({ checkoutExpiresAt: null, updatedAt: sql`now()` })
      .where(
        and(
          eq(orders.id, orderId),
          eq(orders.checkoutAttempts, attempt.n),
          isNull(orders.stripeCheckoutSessionId),
        ),
      );
    throw error;
  });
  await db
    .update(orders)
    .set({
      stripeCheckoutSessionId: session.sessionId,
      checkoutUrl: session.url,
      checkoutExpiresAt: session.expiresAt,
      updatedAt: sql`now()`,
    })
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending_payment")));
  return session.url;
}

/**
 * Starts attempt n + 1 of paying an order. Of callers racing here (a double click on Pay now), one
 * moves the counter and fixes when the new page closes; the others find that attempt and open it
 * with the same idempotency key and the same terms, so all of them get one and the same page.
 */
async function claimAttempt(
  orderId: number,
  seen: number,
  expiresAt: Date,
  terms: ReturnType<typeof payoutTerms>,
): Promise<{ n: number; expiresAt: Date }> {
  const db = await getDb();
  const [claimed] = await db
    .update(orders)
    .set({
      ...terms,
      checkoutAttempts: seen + 1,
      checkoutExpiresAt: expiresAt,
      stripeCheckoutSessionId: null,
      checkoutUrl: null,
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(orders.id, orderId), eq(orders.status, "pending_payment"), eq(orders.checkoutAttempts, seen)),
    )
    .returning({ n: orders.checkoutAttempts });
  if (claimed) return { n: claimed.n, expiresAt };
  const [now] = await db
    .select({ n: orders.checkoutAttempts, expiresAt: orders.checkoutExpiresAt })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending_payment")));
  if (!now || !now.expiresAt) throw new Error(`Order ${orderId} is not waiting for payment`);
  return { n: now.n, expiresAt: now.expiresAt };
}
