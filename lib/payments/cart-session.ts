import "server-only";
import { createHash } from "node:crypto";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { countryName } from "@/lib/catalogue/describe";
import type { PaymentSession } from "./checkout-session";
import { getStripe, isStripeConfigured, isTestPaymentMode, type Stripe } from "./stripe";

// One payment for a cart with several sellers: a single Checkout Session for every order's lines,
// charged to the market ("separate charges and transfers"). The payment carries the checkout's
// transfer group; each seller's share is transferred once the payment has succeeded (transfers.ts).

export type CartToPay = {
  checkoutId: number;
  attempt: number;
  currency: Currency;
  buyerEmail: string | null;
  shipToCountry: string;
  transferGroup: string;
  sellerCount: number;
  /** Where the buyer returns: the checkout's page, or the order's when it made only one. */
  returnPath: string;
  lines: { listingId: number; title: string; sellerName: string; quantity: number; unitPriceCents: number }[];
  shippingCents: number;
  packingCents: number;
  totalCents: number;
  expiresAt: Date;
  /** Sets the test-payment session id apart from another database's checkout with the same id. */
  createdAt: Date;
};

function cartIdempotencyKey(checkoutId: number, attempt: number): string {
  return attempt <= 1 ? `checkout-${checkoutId}` : `checkout-${checkoutId}-attempt-${attempt}`;
}

/** Opens the page for one attempt; the same attempt asked for twice gets the same session. */
export async function createCartPaymentSession(cart: CartToPay, baseUrl: string): Promise<PaymentSession> {
  const { expiresAt } = cart;
  if (!isStripeConfigured()) {
    if (!isTestPaymentMode())
      throw new Error(
        "Payments are not set up: set STRIPE_SECRET_KEY, or TEST_PAYMENTS=true for pretend payments.",
      );
    const key = `${cartIdempotencyKey(cart.checkoutId, cart.attempt)}:${cart.createdAt.getTime()}`;
    const sessionId = `cs_test_local_${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
    return { sessionId, url: `/checkout/test/${sessionId}`, expiresAt, testMode: true };
  }
  const session = await getStripe().checkout.sessions.create(cartSessionParams(cart, baseUrl), {
    idempotencyKey: cartIdempotencyKey(cart.checkoutId, cart.attempt),
  });
  if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
  return {
    sessionId: session.id,
    url: session.url,
    expiresAt: new Date(session.expires_at * 1000),
    testMode: false,
  };
}

function cartSessionParams(cart: CartToPay, baseUrl: string): Stripe.Checkout.SessionCreateParams {
  const currency = cart.currency.toLowerCase();
  const checkoutId = String(cart.checkoutId);
  const packing = cart.packingCents ? ", pedal cars crated with careful packing" : "";
  const from = cart.sellerCount > 1 ? ` from ${cart.sellerCount} sellers` : "";
  return {
    mode: "payment",
    // Not a bare number: the webhook reads a numeric reference as an order id.
    client_reference_id: `checkout-${checkoutId}`,
    ...(cart.buyerEmail ? { customer_email: cart.buyerEmail } : {}),
    line_items: cart.lines.map((line) => ({
      quantity: line.quantity,
      price_data: {
        currency,
        unit_amount: line.unitPriceCents,
        product_data: {
          name: `${line.title} (from ${line.sellerName})`.slice(0, 250),
          metadata: { listing_id: String(line.listingId) },
        },
      },
    })),
    shipping_address_collection: {
      allowed_countries: [
        cart.shipToCountry as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry,
      ],
    },
    shipping_options: [
      {
        shipping_rate_data: {
          type: "fixed_amount",
          display_name: `Tracked shipping to ${countryName(cart.shipToCountry)}${from}${packing}`.slice(
            0,
            100,
          ),
          fixed_amount: { amount: cart.shippingCents, currency },
        },
      },
    ],
    metadata: { checkout_id: checkoutId },
    payment_intent_data: {
      metadata: { checkout_id: checkoutId },
      transfer_group: cart.transferGroup,
    },
    expires_at: Math.floor(cart.expiresAt.getTime() / 1000),
    success_url: `${baseUrl}${cart.returnPath}?checkout=done`,
    cancel_url: `${baseUrl}${cart.returnPath}?checkout=cancelled`,
  };
}
