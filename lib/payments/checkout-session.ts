import "server-only";
import { createHash } from "node:crypto";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { countryName } from "@/lib/catalogue/describe";
import { getStripe, isStripeConfigured, isTestPaymentMode, type Stripe } from "./stripe";

// Starts paying for one order: a Stripe Checkout Session when Stripe is configured, otherwise a
// test-payment session served by /checkout/test/[sessionId]. Every amount comes from the order as
// stored; nothing here is computed from what a browser sent.

export type OrderToPay = {
  id: number;
  attempt: number;
  currency: Currency;
  buyerEmail: string | null;
  shipToCountry: string;
  lines: { listingId: number; title: string; quantity: number; unitPriceCents: number }[];
  shippingCents: number;
  packingCents: number;
  totalCents: number;
  platformFeeCents: number;
  /** The seller's connected account: the money goes there, less the fee, as a destination charge. */
  transferDestination: string | null;
  /** When the page closes (see sessionExpiry), fixed by whoever started this attempt so repeats send the same request. */
  expiresAt: Date;
  /** Sets the test-payment session id apart from another database's order with the same id. */
  createdAt: Date;
};

export type PaymentSession = { sessionId: string; url: string; expiresAt: Date; testMode: boolean };

const minute = 60_000;
// Stripe lets a session live between 30 minutes and 24 hours. It should end before the reservation
// does, so nobody pays for stock that has gone back on sale; the webhook copes when it doesn't.
const shortestSession = 30 * minute + 30_000;
const longestSession = 24 * 60 * minute - minute;
const beforeReservationEnds = 2 * minute;

export function sessionExpiry(reservedUntil: Date, now = new Date()): Date {
  const wanted = Math.min(reservedUntil.getTime() - beforeReservationEnds, now.getTime() + longestSession);
  // Whole seconds, as Stripe keeps it.
  return new Date(Math.floor(Math.max(wanted, now.getTime() + shortestSession) / 1000) * 1000);
}

/** The idempotency key for an order's nth Checkout Session: a retried request returns the same session. */
export function checkoutIdempotencyKey(orderId: number, attempt: number): string {
  return attempt <= 1 ? `order-${orderId}` : `order-${orderId}-attempt-${attempt}`;
}

/**
 * Opens the page for one attempt. The same attempt asked for twice gets the same session: Stripe
 * answers a repeated idempotency key with the first session, and a test session's id comes from the key.
 */
export async function createPaymentSession(order: OrderToPay, baseUrl: string): Promise<PaymentSession> {
  const { expiresAt } = order;
  if (!isStripeConfigured()) {
    if (!isTestPaymentMode())
      throw new Error(
        "Payments are not set up: set STRIPE_SECRET_KEY, or TEST_PAYMENTS=true for pretend payments.",
      );
    const key = `${checkoutIdempotencyKey(order.id, order.attempt)}:${order.createdAt.getTime()}`;
    const sessionId = `cs_test_local_${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
    return { sessionId, url: `/checkout/test/${sessionId}`, expiresAt, testMode: true };
  }
  const session = await getStripe().checkout.sessions.create(
    checkoutSessionParams(order, baseUrl, expiresAt),
    {
      idempotencyKey: checkoutIdempotencyKey(order.id, order.attempt),
    },
  );
  if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
  return {
    sessionId: session.id,
    url: session.url,
    expiresAt: new Date(session.expires_at * 1000),
    testMode: false,
  };
}

function checkoutSessionParams(
  order: OrderToPay,
  baseUrl: string,
  expiresAt: Date,
): Stripe.Checkout.SessionCreateParams {
  const currency = order.currency.toLowerCase();
  const orderId = String(order.id);
  const packing = order.packingCents ? ", pedal cars crated with careful packing" : "";
  return {
    mode: "payment",
    client_reference_id: orderId,
    ...(order.buyerEmail ? { customer_email: order.buyerEmail } : {}),
    line_items: order.lines.map((line) => ({
      quantity: line.quantity,
      price_data: {
        currency,
        unit_amount: line.unitPriceCents,
        product_data: { name: line.title, metadata: { listing_id: String(line.listingId) } },
      },
    })),
    shipping_address_collection: {
      allowed_countries: [
        order.shipToCountry as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry,
      ],
    },
    shipping_options: [
      {
        shipping_rate_data: {
          type: "fixed_amount",
          display_name: `Tracked shipping to ${countryName(order.shipToCountry)}${packing}`.slice(0, 100),
          fixed_amount: { amount: order.shippingCents, currency },
        },
      },
    ],
    metadata: { order_id: orderId },
    payment_intent_data: {
      metadata: { order_id: orderId },
      ...(order.transferDestination
        ? {
            application_fee_amount: order.platformFeeCents,
            transfer_data: { destination: order.transferDestination },
          }
        : {}),
    },
    expires_at: Math.floor(expiresAt.getTime() / 1000),
    success_url: `${baseUrl}/orders/${orderId}?checkout=done`,
    cancel_url: `${baseUrl}/orders/${orderId}?checkout=cancelled`,
  };
}

/** Closes a session nobody paid, so a late buyer cannot pay for stock that went back on sale. */
export async function expirePaymentSession(sessionId: string): Promise<void> {
  if (!isStripeConfigured() || sessionId.startsWith("cs_test_local_")) return;
  try {
    await getStripe().checkout.sessions.expire(sessionId);
  } catch (error) {
    // Already expired or completed: either way, nothing is left to close.
    console.warn(`Could not expire Checkout Session ${sessionId}: ${(error as Error).message}`);
  }
}

/** Gives back a payment we cannot honour (the stock went to someone else). Idempotent per payment. */
export async function refundPayment(paymentIntentId: string): Promise<void> {
  if (!isStripeConfigured() || paymentIntentId.startsWith("pi_test_local_")) return;
  await getStripe().refunds.create(
    { payment_intent: paymentIntentId },
    { idempotencyKey: `refund-${paymentIntentId}` },
  );
}

/** An existing session, to send the buyer back to it rather than opening a second one. */
export async function getOpenSessionUrl(sessionId: string): Promise<string | null> {
  if (sessionId.startsWith("cs_test_local_")) return `/checkout/test/${sessionId}`;
  if (!isStripeConfigured()) return null;
  try {
    const session = await getStripe().checkout.sessions.retrieve(sessionId);
    return session.status === "open" ? session.url : null;
  } catch {
    return null;
  }
}
