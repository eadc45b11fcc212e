import { randomBytes } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import Stripe from "stripe";
import type { Database } from "@/db/client";
import { listings, orderItems, orders, users } from "@/db/schema";

// Sales recorded while a row runs: checkouts of synthetic late pedal cars (the segment the bench's
// valuation question reads) are left waiting for payment when the database is filled, and the bench
// pays them mid-row the way Stripe does, with a signed checkout.session.completed sent to the
// server's webhook. The server records each sale with its own code and expires the segment's cached
// valuations, so the row shows the cache missing as the market moves.

export type BenchCheckout = { orderId: number; sessionId: string; totalCents: number };

/** A webhook secret for this run: the server checks signatures against it (STRIPE_WEBHOOK_SECRET). */
export const benchWebhookSecret = `whsec_bench_${randomBytes(18).toString("base64url")}`;

/** Reserves `count` synthetic late pedal cars in checkouts waiting for payment, one car each. */
export async function addPendingCheckouts(db: Database, count: number): Promise<BenchCheckout[]> {
  const [buyer] = await db
    .insert(users)
    // Its own address each run, so a database kept from an earlier run (--reuse) takes another buyer.
    .values({
      email: `bench-buyer-${Date.now()}@moskvitch.example`,
      displayName: "Bench buyer",
      country: "US",
    })
    .returning({ id: users.id });
  const cars = await db
    .select({
      id: listings.id,
      sellerId: listings.sellerId,
      title: listings.title,
      priceCents: listings.askingPriceCents,
    })
    .from(listings)
    .where(and(eq(listings.era, "late_soft_tires"), eq(listings.status, "live"), like(listings.title, "%#%")))
    .orderBy(listings.id)
    .limit(count);
  const shippingCents = 11_500;
  const checkouts: BenchCheckout[] = [];
  for (const [i, car] of cars.entries()) {
    const sessionId = `cs_bench_${i}_${randomBytes(6).toString("hex")}`;
    const totalCents = car.priceCents + shippingCents;
    // What checkout leaves behind: the car taken off sale and held for the buyer until payment.
    await db.update(listings).set({ quantity: 0 }).where(eq(listings.id, car.id));
    const [order] = await db
      .insert(orders)
      .values({
        buyerId: buyer!.id,
        sellerId: car.sellerId,
        currency: "USD",
        itemsCents: car.priceCents,
        shippingCents,
        totalCents,
        shipTo: { country: "US", postalCode: "07302" },
        stripeCheckoutSessionId: sessionId,
        reservedUntil: new Date(Date.now() + 6 * 3600_000),
      })
      .returning({ id: orders.id });
    await db.insert(orderItems).values({
      orderId: order!.id,
      listingId: car.id,
      title: car.title,
      quantity: 1,
      unitPriceCents: car.priceCents,
      shippingCents,
    });
    checkouts.push({ orderId: order!.id, sessionId, totalCents });
  }
  return checkouts;
}

/** Pays one checkout as Stripe would; true when the server recorded it. */
async function payCheckout(baseUrl: string, checkout: BenchCheckout): Promise<boolean> {
  const payload = JSON.stringify({
    id: `evt_${checkout.sessionId}`,
    object: "event",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: "checkout.session.completed",
    data: {
      object: {
        id: checkout.sessionId,
        object: "checkout.session",
        mode: "payment",
        status: "complete",
        payment_status: "paid",
        payment_intent: `pi_${checkout.sessionId}`,
        amount_total: checkout.totalCents,
        metadata: { order_id: String(checkout.orderId) },
        collected_information: {
          shipping_details: {
            name: "Bench buyer",
            address: { country: "US", postal_code: "07302", line1: "1 Bench Street", city: "Jersey City" },
          },
        },
      },
    },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: benchWebhookSecret });
  const response = await fetch(`${baseUrl}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
  const answer = (await response.json().catch(() => ({}))) as { message?: string };
  return response.ok && Boolean(answer.message?.endsWith(": changed"));
}

/** Pays the checkouts evenly across `seconds`; returns how many the server did not record. */
export async function payCheckoutsDuring(
  baseUrl: string,
  checkouts: readonly BenchCheckout[],
  seconds: number,
): Promise<number> {
  const gapMs = (seconds * 1000) / (checkouts.length + 1);
  let failed = 0;
  for (const checkout of checkouts) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    if (!(await payCheckout(baseUrl, checkout).catch(() => false))) failed++;
  }
  return failed;
}
