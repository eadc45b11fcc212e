import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orders, users } from "@/db/schema";
import { fieldRefusal } from "@/lib/kernel/forms";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { testPaymentSchema, testSessionIdSchema } from "@/lib/payments/schemas";
import { isTestPaymentMode, signedTestEvent } from "@/lib/payments/stripe";
import { getBuyerDestination } from "@/lib/shipping/destination";
import { getWebhookSecret } from "@/lib/payments/webhook-secret";
import { handleStripeWebhook, type WebhookOutcome } from "./payment-webhooks";
import type { Result } from "@/lib/kernel/result";
import { readOrderLines } from "./order-lines";
import { checkoutReturnPath } from "./pay-checkout";

// Test-payment mode, for when no Stripe keys are configured: our own page stands in for Stripe's
// hosted checkout. "Pay" and "Cancel" build the event Stripe would send, sign it with the webhook
// secret, and hand it to the very handler /api/stripe/webhook uses. No money moves. A page pays one
// order, or a whole-cart checkout: one pretend payment for every order it made.

type OrderPart = {
  orderId: number;
  sellerName: string;
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
};

export type TestCheckout = Omit<OrderPart, "orderId"> & {
  sessionId: string;
  /** The order paid on its own, or null for a whole-cart checkout. */
  orderId: number | null;
  /** The whole-cart checkout paid here, or null. */
  checkoutId: number | null;
  status: string;
  currency: Currency;
  shipToCountry: string;
  /** Every order this one payment pays: one, or one per seller. */
  parts: OrderPart[];
  expiresAt: Date | null;
  /** Where the buyer lands after paying or cancelling. */
  returnTo: string;
  /** The saved address the cart ships to, to fill the form with, when it is in the order's country. */
  address: { name: string; line1: string; city: string; postalCode: string } | null;
};

/** What a test page pays, with the columns the two kinds share. */
type Payable = {
  kind: "order" | "checkout";
  id: number;
  status: string;
  currency: Currency;
  itemsCents: number;
  totalCents: number;
  shipTo: { country: string } | null;
  sessionId: string;
  paymentIntentId: string | null;
  checkoutExpiresAt: Date | null;
  createdAt: Date;
  /** Where the buyer lands after paying or cancelling. */
  returnTo: string;
};

async function findTestPayable(sessionId: string, buyerId: string): Promise<Payable | null> {
  if (!isTestPaymentMode() || !testSessionIdSchema.safeParse(sessionId).success) return null;
  const db = await getDb();
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.stripeCheckoutSessionId, sessionId), eq(orders.buyerId, buyerId)));
  const [checkout] = order
    ? []
    : await db
        .select()
        .from(checkouts)
        .where(and(eq(checkouts.stripeCheckoutSessionId, sessionId), eq(checkouts.buyerId, buyerId)));
  const row = order ?? checkout;
  if (!row) return null;
  const orderIds = order
    ? [order.id]
    : (
        await db
          .select({ id: orders.id })
          .from(orders)
          .where(eq(orders.checkoutId, row.id))
          .orderBy(asc(orders.id))
      ).map((o) => o.id);
  return {
    kind: order ? "order" : "checkout",
    id: row.id,
    status: row.status,
    currency: row.currency,
    itemsCents: row.itemsCents,
    totalCents: row.totalCents,
    shipTo: row.shipTo,
    sessionId,
    paymentIntentId: row.stripePaymentIntentId,
    checkoutExpiresAt: row.checkoutExpiresAt,
    createdAt: row.createdAt,
    returnTo: order ? `/orders/${order.id}` : checkoutReturnPath(row.id, orderIds),
  };
}

async function partsOf(payable: Payable): Promise<OrderPart[]> {
  const db = await getDb();
  const rows = await db
    .select({
      orderId: orders.id,
      sellerName: users.displayName,
      itemsCents: orders.itemsCents,
      shippingCents: orders.shippingCents,
      totalCents: orders.totalCents,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.sellerId))
    .where(payable.kind === "order" ? eq(orders.id, payable.id) : eq(orders.checkoutId, payable.id))
    .orderBy(asc(orders.id));
  return Promise.all(rows.map(async (row) => ({ ...row, lines: await readOrderLines(db, row.orderId) })));
}

/** The order or checkout behind a test payment page, for its buyer only; null in real-Stripe mode. */
export async function getTestCheckout({
  sessionId,
  buyerId,
}: {
  sessionId: string;
  buyerId: string;
}): Promise<TestCheckout | null> {
  const payable = await findTestPayable(sessionId, buyerId);
  if (!payable) return null;
  const parts = await partsOf(payable);
  const db = await getDb();
  const destination = await getBuyerDestination(db, buyerId);
  const saved =
    destination.address && destination.country === payable.shipTo?.country ? destination.address : null;
  return {
    sessionId,
    orderId: payable.kind === "order" ? payable.id : null,
    checkoutId: payable.kind === "checkout" ? payable.id : null,
    status: payable.status,
    currency: payable.currency,
    shipToCountry: payable.shipTo?.country ?? "",
    sellerName: parts.map((p) => p.sellerName).join(", "),
    lines: parts.flatMap((p) => p.lines),
    itemsCents: payable.itemsCents,
    shippingCents: parts.reduce((sum, p) => sum + p.shippingCents, 0),
    totalCents: payable.totalCents,
    parts,
    expiresAt: payable.checkoutExpiresAt,
    returnTo: payable.returnTo,
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
  { orderId: number | null; checkoutId: number | null; returnTo: string; outcome: WebhookOutcome },
  { message: string; fieldErrors: Record<string, string> }
>;

const paidResult = (payable: Payable, outcome: WebhookOutcome) => ({
  ok: true as const,
  orderId: payable.kind === "order" ? payable.id : null,
  checkoutId: payable.kind === "checkout" ? payable.id : null,
  returnTo: payable.returnTo,
  outcome,
});

export async function completeTestPayment({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<TestPaymentResult> {
  const parsed = testPaymentSchema.safeParse(input);
  if (!parsed.success) return fieldRefusal(parsed.error);
  const payable = await findTestPayable(parsed.data.sessionId, buyerId);
  if (!payable) return { ok: false, message: "That test checkout does not exist.", fieldErrors: {} };
  // Pay pressed again after this very page was paid: the answer is the paid order, and nothing is sent.
  if (payable.paymentIntentId === paymentIntentFor(parsed.data.sessionId)) {
    return paidResult(payable, {
      status: 200,
      message: "Already paid",
      listingIds: [],
      soldSegments: [],
      orderId: payable.kind === "order" ? payable.id : null,
      checkoutId: payable.kind === "checkout" ? payable.id : null,
    });
  }
  if (payable.status !== "pending_payment")
    return { ok: false, message: "This order is no longer waiting for payment.", fieldErrors: {} };
  if (payable.checkoutExpiresAt && payable.checkoutExpiresAt.getTime() < Date.now()) {
    return {
      ok: false,
      message:
        "This checkout has expired. Open the order to start a new payment if the items are still reserved.",
      fieldErrors: {},
    };
  }
  const { name, line1, city, postalCode } = parsed.data;
  const country = payable.shipTo?.country;
  if (!country)
    return {
      ok: false,
      message: "This order has no destination yet: open the order to choose one.",
      fieldErrors: {},
    };
  const session = sessionObject(payable, {
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
  return paidResult(payable, await deliverSignedEvent("checkout.session.completed", session));
}

/** Like leaving Stripe's page and letting the session lapse, at once: the stock goes back on sale. */
export async function cancelTestPayment({
  buyerId,
  sessionId,
}: {
  buyerId: string;
  sessionId: string;
}): Promise<TestPaymentResult> {
  const payable = await findTestPayable(sessionId, buyerId);
  if (!payable) return { ok: false, message: "That test checkout does not exist.", fieldErrors: {} };
  const session = sessionObject(payable, {
    status: "expired",
    payment_status: "unpaid",
    payment_intent: null,
    collected_information: null,
  });
  return paidResult(payable, await deliverSignedEvent("checkout.session.expired", session));
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

function sessionObject(payable: Payable, fields: Record<string, unknown>) {
  const reference =
    payable.kind === "order"
      ? { client_reference_id: String(payable.id), metadata: { order_id: String(payable.id) } }
      : { client_reference_id: `checkout-${payable.id}`, metadata: { checkout_id: String(payable.id) } };
  return {
    id: payable.sessionId,
    object: "checkout.session",
    mode: "payment",
    livemode: false,
    currency: payable.currency.toLowerCase(),
    amount_subtotal: payable.itemsCents,
    amount_total: payable.totalCents,
    ...reference,
    created: Math.floor(payable.createdAt.getTime() / 1000),
    expires_at: Math.floor((payable.checkoutExpiresAt ?? new Date()).getTime() / 1000),
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
