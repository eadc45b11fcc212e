import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orderItems, orders, users } from "@/db/schema";
import { getPublicBaseUrl } from "@/lib/payments/base-url";
import { createCartPaymentSession } from "@/lib/payments/cart-session";
import { getOpenSessionUrl, sessionExpiry } from "@/lib/payments/checkout-session";
import type { Result } from "@/lib/kernel/result";
import { marketClock } from "@/lib/kernel/market-clock";
import { expireCheckoutIfDue } from "./checkout-expiry";

// Opening the one payment of a whole-cart checkout: right after checkout, and from "Pay now" on the
// checkout's page. Like a single order's payment (pay-order.ts), each new Checkout Session is claimed
// with a conditional update and has its own idempotency key, so presses racing here share one page.

/** For the checkout's buyer only: someone else's checkout id answers as if it did not exist. */
export async function startPaymentForCheckout({
  checkoutId,
  buyerId,
  baseUrl,
}: {
  checkoutId: number;
  buyerId: string;
  baseUrl?: string;
}): Promise<Result<{ url: string }>> {
  const db = await getDb();
  const [owned] = await db
    .select({ buyerId: checkouts.buyerId })
    .from(checkouts)
    .where(eq(checkouts.id, checkoutId));
  if (!owned || owned.buyerId !== buyerId) return { ok: false, message: "That payment does not exist." };
  // A reservation whose time is up goes back on sale first, rather than being paid for late.
  await expireCheckoutIfDue(checkoutId, { now: (await marketClock()).now() });
  const [checkout] = await db
    .select({ status: checkouts.status })
    .from(checkouts)
    .where(eq(checkouts.id, checkoutId));
  if (checkout?.status === "closed")
    return { ok: false, message: "The time to pay ran out and the items went back on sale." };
  if (checkout?.status !== "pending_payment") return { ok: false, message: "This payment is already made." };
  try {
    return { ok: true, url: await openCheckoutPayment(checkoutId, baseUrl ?? (await getPublicBaseUrl())) };
  } catch (error) {
    console.error(`Could not start the payment for checkout ${checkoutId}: ${(error as Error).message}`);
    return {
      ok: false,
      message:
        "The payment page could not be opened just now. Your items are still reserved: try again in a minute.",
    };
  }
}

/** Sends the buyer back to a session that is still open, or opens a new one. Throws when Stripe can't be reached. */
export async function openCheckoutPayment(checkoutId: number, baseUrl: string): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ checkout: checkouts, buyerEmail: users.email })
    .from(checkouts)
    .innerJoin(users, eq(users.id, checkouts.buyerId))
    .where(eq(checkouts.id, checkoutId));
  if (!row || row.checkout.status !== "pending_payment")
    throw new Error(`Checkout ${checkoutId} is not waiting for payment`);
  const current = row.checkout;
  if (!current.shipTo?.country) throw new Error(`Checkout ${checkoutId} has no destination`);
  const soon = Date.now() + 60_000;
  if (
    current.stripeCheckoutSessionId &&
    current.checkoutExpiresAt &&
    current.checkoutExpiresAt.getTime() > soon
  ) {
    const url = await getOpenSessionUrl(current.stripeCheckoutSessionId);
    if (url) return url;
  }
  // Another press is opening the page right now (attempt taken, session not stored yet): join it.
  const inFlight =
    !current.stripeCheckoutSessionId &&
    current.checkoutAttempts > 0 &&
    current.checkoutExpiresAt &&
    current.checkoutExpiresAt.getTime() > soon;
  const attempt = inFlight
    ? { n: current.checkoutAttempts, expiresAt: current.checkoutExpiresAt! }
    : await claimAttempt(
        checkoutId,
        current.checkoutAttempts,
        sessionExpiry(current.reservedUntil ?? new Date(Date.now() + 35 * 60_000)),
      );
  const lines = await db
    .select({
      listingId: orderItems.listingId,
      title: orderItems.title,
      sellerName: users.displayName,
      sellerId: orders.sellerId,
      orderId: orders.id,
      quantity: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
      packingCents: orderItems.packingCents,
    })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .innerJoin(users, eq(users.id, orders.sellerId))
    .where(and(eq(orders.checkoutId, checkoutId), inArray(orders.status, ["pending_payment"])))
    .orderBy(asc(orders.id), asc(orderItems.id));
  const session = await createCartPaymentSession(
    {
      checkoutId,
      attempt: attempt.n,
      expiresAt: attempt.expiresAt,
      createdAt: current.createdAt,
      currency: current.currency,
      buyerEmail: row.buyerEmail,
      shipToCountry: current.shipTo.country,
      transferGroup: current.transferGroup,
      sellerCount: new Set(lines.map((l) => l.sellerId)).size,
      returnPath: checkoutReturnPath(checkoutId, [...new Set(lines.map((l) => l.orderId))]),
      lines,
      shippingCents: current.shippingCents,
      packingCents: lines.reduce((sum, l) => sum + l.packingCents, 0),
      totalCents: current.totalCents,
    },
    baseUrl,
  ).catch(async (error: unknown) => {
    // The next press starts a fresh attempt rather than replaying this failed request's key.
    await db
      .update(checkouts)
      .set({ checkoutExpiresAt: null, updatedAt: sql`now()` })
      .where(
        and(
          eq(checkouts.id, checkoutId),
          eq(checkouts.checkoutAttempts, attempt.n),
          isNull(checkouts.stripeCheckoutSessionId),
        ),
      );
    throw error;
  });
  await db
    .update(checkouts)
    .set({
      stripeCheckoutSessionId: session.sessionId,
      checkoutUrl: session.url,
      checkoutExpiresAt: session.expiresAt,
      updatedAt: sql`now()`,
    })
    .where(and(eq(checkouts.id, checkoutId), eq(checkouts.status, "pending_payment")));
  return session.url;
}

/** After paying, the buyer sees the checkout's orders together, or the order itself when it made only one. */
export function checkoutReturnPath(checkoutId: number, orderIds: readonly number[]): string {
  return orderIds.length === 1 ? `/orders/${orderIds[0]}` : `/checkouts/${checkoutId}`;
}

async function claimAttempt(
  checkoutId: number,
  seen: number,
  expiresAt: Date,
): Promise<{ n: number; expiresAt: Date }> {
  const db = await getDb();
  const [claimed] = await db
    .update(checkouts)
    .set({
      checkoutAttempts: seen + 1,
      checkoutExpiresAt: expiresAt,
      stripeCheckoutSessionId: null,
      checkoutUrl: null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(checkouts.id, checkoutId),
        eq(checkouts.status, "pending_payment"),
        eq(checkouts.checkoutAttempts, seen),
      ),
    )
    .returning({ n: checkouts.checkoutAttempts });
  if (claimed) return { n: claimed.n, expiresAt };
  const [now] = await db
    .select({ n: checkouts.checkoutAttempts, expiresAt: checkouts.checkoutExpiresAt })
    .from(checkouts)
    .where(and(eq(checkouts.id, checkoutId), eq(checkouts.status, "pending_payment")));
  if (!now || !now.expiresAt) throw new Error(`Checkout ${checkoutId} is not waiting for payment`);
  return { n: now.n, expiresAt: now.expiresAt };
}
