import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders, users } from "@/db/schema";
import { fieldRefusal } from "@/lib/kernel/forms";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { testPaymentSchema, testSessionIdSchema } from "@/lib/payments/schemas";
import { isTestPaymentMode, signedTestEvent } from "@/lib/payments/stripe";
import { getBuyerDestination } from "@/lib/shipping/destination";
import { getWebhookSecret } from "@/lib/payments/webhook-secret";
import { handleStripeWebhook, type WebhookOutcome } from "./payment-webhooks";
import type { Result } from "@/lib/kernel/result";
import { readOrderLines } from "./order-lines";

// Test-payment mode, for when no Stripe keys are configured: our own page stands in for Stripe's
// hosted checkout. "Pay" and "Cancel" build the event Stripe would send, sign it with the webhook
// secret, and hand it to the very handler /api/stripe/webhook uses. No money moves.

export type TestCheckout = {
  sessionId: string;
  orderId: number;
  status: string;
  currency: Currency;
  sellerName: string;
  shipToCountry: string;
  lines: {
    title: string;
    quantity: number;
    unitPriceCents: number;
    shippingCents: number;
    packingCents: number;
  }[];
  itemsCents: number;
  shippingCents: number;
  totalCents: number;
  expiresAt: Date | null;
  /** The saved address the cart ships to, to fill the form with, when it is in the order's country. */
  address: { name: string; line1: string; city: string; postalCode: string } | null;
};

async function findTestOrder(sessionId: string, buyerId: string) {
  if (!isTestPaymentMode() || !testSessionIdSchema.safeParse(sessionId).success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ order: orders, sellerName: users.displayName })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.sellerId))
    .where(and(eq(orders.stripeCheckoutSessionId, sessionId), eq(orders.buyerId, buyerId)));
  return row ?? null;
}

/** The order behind a test checkout, for its buyer only; null in real-Stripe mode. */
export async function getTestCheckout({
  sessionId,
  buyerId,
}: {
  sessionId: string;
  buyerId: string;
}): Promise<TestCheckout | null> {
  const row = await findTestOrder(sessionId, buyerId);
  if (!row) return null;
  const db = await getDb();
  const lines = await readOrderLines(db, row.order.id);
  const { order } = row;
  const destination = await getBuyerDestination(db, buyerId);
  const saved =
    destination.address && destination.country === order.shipTo?.country ? destination.address : null;
  return {
    sessionId,
    orderId: order.id,
    status: order.status,
    currency: order.currency,
    sellerName: row.sellerName,
    shipToCountry: order.shipTo?.country ?? "",
    lines,
    itemsCents: order.itemsCents,
    shippingCents: order.shippingCents,
    totalCents: order.totalCents,
    expiresAt: order.checkoutExpiresAt,
    address: saved
      ? {
          name: saved.name,
          line1: [saved.line1, saved.line2].filter(Boolean).join(", "),
          city: saved.city,
          postalCode: saved.postalCode,
        }
      : null,
  };
}

export type TestPaymentResult = Result<
  { orderId: number; outcome: WebhookOutcome },
  { message: string; fieldErrors: Record<string, string> }
>;

export async function completeTestPayment({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<TestPaymentResult> {
  const parsed = testPaymentSchema.safeParse(input);
  if (!parsed.success) return fieldRefusal(parsed.error);
  const row = await findTestOrder(parsed.data.sessionId, buyerId);
  if (!row) return { ok: false, message: "That test checkout does not exist.", fieldErrors: {} };
  // Pay pressed again after this very page was paid: the answer is the paid order, and nothing is sent.
  if (row.order.stripePaymentIntentId === paymentIntentFor(parsed.data.sessionId)) {
    return {
      ok: true,
      orderId: row.order.id,
      outcome: {
        status: 200,
        message: "Already paid",
        listingIds: [],
        soldSegments: [],
        orderId: row.order.id,
      },
    };
  }
  if (row.order.status !== "pending_payment")
    return { ok: false, message: "This order is no longer waiting for payment.", fieldErrors: {} };
  if (row.order.checkoutExpiresAt && row.order.checkoutExpiresAt.getTime() < Date.now()) {
    return {
      ok: false,
      message:
        "This checkout has expired. Open the order to start a new payment if the items are still reserved.",
      fieldErrors: {},
    };
  }
  const { name, line1, city, postalCode } = parsed.data;
  const country = row.order.shipTo?.country;
  if (!country)
    return {
      ok: false,
      message: "This order has no destination yet: open the order to choose one.",
      fieldErrors: {},
    };
  const session = sessionObject(row.order, {
    status: "complete",
    payment_status: "paid",
    payment_intent: paymentIntentFor(parsed.data.sessionId),
    collected_information: {
      shipping_details: {
        name,
        address: { country, postal_code: postalCode, line1, line2: null, city, state: null },
      },
    },
  });
  const outcome = await deliverSignedEvent("checkout.session.completed", session);
  return { ok: true, orderId: row.order.id, outcome };
}

/** Like leaving Stripe's page and letting the session lapse, at once: the stock goes back on sale. */
export async function cancelTestPayment({
  buyerId,
  sessionId,
}: {
  buyerId: string;
  sessionId: string;
}): Promise<TestPaymentResult> {
  const row = await findTestOrder(sessionId, buyerId);
  if (!row) return { ok: false, message: "That test checkout does not exist.", fieldErrors: {} };
  const session = sessionObject(row.order, {
    status: "expired",
    payment_status: "unpaid",
    payment_intent: null,
    collected_information: null,
  });
  const outcome = await deliverSignedEvent("checkout.session.expired", session);
  return { ok: true, orderId: row.order.id, outcome };
}

// Stripe's page takes one payment per session and tells of it in one event. Both ids come from the
// session id, so Pay pressed twice, even at the same instant, is the same payment and the same event,
// which the webhook's record of handled events lets through once.
function testId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash("sha256").update(parts.join(":")).digest("hex").slice(0, 24)}`;
}

function paymentIntentFor(sessionId: string): string {
  return testId("pi_test_local_", sessionId);
}

function sessionObject(order: typeof orders.$inferSelect, fields: Record<string, unknown>) {
  return {
    id: order.stripeCheckoutSessionId,
    object: "checkout.session",
    mode: "payment",
    livemode: false,
    currency: order.currency.toLowerCase(),
    amount_subtotal: order.itemsCents,
    amount_total: order.totalCents,
    client_reference_id: String(order.id),
    metadata: { order_id: String(order.id) },
    created: Math.floor(order.createdAt.getTime() / 1000),
    expires_at: Math.floor((order.checkoutExpiresAt ?? new Date()).getTime() / 1000),
    url: null,
    ...fields,
  };
}

async function deliverSignedEvent(
  type: string,
  object: { id: string | null } & Record<string, unknown>,
): Promise<WebhookOutcome> {
  const id = testId("evt_test_local_", type, object.id ?? "");
  const { payload, signature } = signedTestEvent(id, type, object, await getWebhookSecret());
  return handleStripeWebhook({ payload, signature });
}
