import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orders, processedWebhookEvents } from "@/db/schema";
import { getEnv } from "@/lib/kernel/env";
import type { Transaction } from "@/db/transaction";
import {
  awaitDelayedPayment,
  markOrderPaid,
  recordRefund,
  releaseReservation,
  type TransitionResult,
} from "@/lib/orders/transitions";
import { refundPayment } from "@/lib/payments/checkout-session";
import { refundOrderPart, transferSellerShare } from "@/lib/payments/transfers";
import {
  awaitDelayedCheckoutPayment,
  markCheckoutPaid,
  releaseCheckout,
  type CheckoutTransitionResult,
} from "./checkout-transitions";
import { isStripeConfigured, stripeWebhooks, type Stripe } from "@/lib/payments/stripe";
import { getWebhookSecret } from "@/lib/payments/webhook-secret";

// Stripe's webhook, whichever way it arrives (Stripe itself, or the test-payment page, which signs
// its events with the same secret). Only events with a valid signature on the exact raw body are
// read. Each handled event id is recorded in the same transaction as the change it causes: a replay
// or a parallel duplicate finds the id taken and changes nothing. If our own work fails, the whole
// transaction rolls back, we answer 500 and Stripe delivers the event again.

export type WebhookOutcome = {
  status: 200 | 400;
  message: string;
  /** Listings and the sold-price history whose cached pages need refreshing. */
  listingIds: number[];
  soldSegments: string[];
  orderId: number | null;
  /** Set when the event was for a whole-cart checkout's payment. */
  checkoutId: number | null;
};

const handled = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.refunded",
]);

export async function handleStripeWebhook({
  payload,
  signature,
}: {
  payload: string;
  signature: string | null;
}): Promise<WebhookOutcome> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("No Stripe-Signature header");
    event = stripeWebhooks.constructEvent(payload, signature, await getWebhookSecret());
  } catch (error) {
    if (isStripeConfigured() && !getEnv().STRIPE_WEBHOOK_SECRET) {
      console.warn(
        "A Stripe webhook failed its signature check and STRIPE_WEBHOOK_SECRET is not set: set it to the endpoint's signing secret.",
      );
    }
    return {
      status: 400,
      message: `Webhook signature check failed: ${(error as Error).message}`,
      listingIds: [],
      soldSegments: [],
      orderId: null,
      checkoutId: null,
    };
  }
  return processStripeEvent(event);
}

/** Applies one verified event; only ever reached through the signature check above. */
async function processStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  if (!handled.has(event.type)) return reply(`Ignored ${event.type}`);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [first] = await tx
      .insert(processedWebhookEvents)
      .values({ eventId: event.id, type: event.type })
      .onConflictDoNothing()
      .returning({ id: processedWebhookEvents.eventId });
    if (!first) return "duplicate" as const;
    const forCheckout = await applyCheckoutEvent(tx, event);
    if (forCheckout) {
      await moveCheckoutMoney(tx, forCheckout);
      return { ...forCheckout, orderId: forCheckout.orderIds[0] ?? null };
    }
    const outcome = await applyEvent(tx, event);
    // Giving back a payment we can't honour happens inside the transaction: if Stripe can't be
    // reached, nothing is recorded and the retried delivery tries again (the refund is idempotent).
    if (outcome.refundPaymentIntentId) await refundPayment(outcome.refundPaymentIntentId);
    return { ...outcome, checkoutId: null };
  });
  if (result === "duplicate") return reply(`Already handled ${event.id}`);
  if (result.outcome === "not_found") {
    console.warn(
      `Stripe event ${event.id} (${event.type}) names no order we know (${result.orderId ?? "no order id"}); acknowledged.`,
    );
    return reply(`No such order; acknowledged ${event.type}`);
  }
  return {
    status: 200,
    message: `${event.type}: ${result.outcome}`,
    listingIds: result.listingIds,
    soldSegments: result.soldSegments,
    orderId: result.orderId,
    checkoutId: result.checkoutId,
  };
}

function reply(message: string): WebhookOutcome {
  return { status: 200, message, listingIds: [], soldSegments: [], orderId: null, checkoutId: null };
}

/**
 * A whole-cart checkout's session events, or null when the event is not about one. A refund of such
 * a payment is recorded where it is made (refund-order.ts), order by order, so `charge.refunded`,
 * which only tells the charge's running total, is acknowledged and changes nothing.
 */
async function applyCheckoutEvent(
  tx: Transaction,
  event: Stripe.Event,
): Promise<CheckoutTransitionResult | null> {
  if (event.type === "charge.refunded") {
    const paymentIntentId = idOf(event.data.object.payment_intent);
    if (!paymentIntentId) return null;
    const [row] = await tx
      .select({ id: checkouts.id })
      .from(checkouts)
      .where(eq(checkouts.stripePaymentIntentId, paymentIntentId));
    if (!row) return null;
    return { ...noCheckoutChange(row.id), outcome: "unchanged" };
  }
  if (!event.type.startsWith("checkout.session.")) return null;
  const session = event.data.object as Stripe.Checkout.Session;
  const checkoutId = await findCheckoutForSession(tx, session);
  if (!checkoutId) return null;
  switch (event.type) {
    case "checkout.session.completed":
      if (session.payment_status === "unpaid") return awaitDelayedCheckoutPayment(tx, checkoutId);
      return markCheckoutPaid(tx, checkoutId, paymentOf(session));
    case "checkout.session.async_payment_succeeded":
      return markCheckoutPaid(tx, checkoutId, paymentOf(session));
    case "checkout.session.async_payment_failed":
      return releaseCheckout(
        tx,
        checkoutId,
        "payment_failed",
        "The payment failed; the items went back on sale.",
      );
    case "checkout.session.expired":
      return releaseCheckout(
        tx,
        checkoutId,
        "expired",
        "The payment page closed unpaid; the items went back on sale.",
      );
    default:
      return noCheckoutChange(checkoutId);
  }
}

function noCheckoutChange(checkoutId: number): CheckoutTransitionResult {
  return {
    outcome: "unchanged",
    checkoutId,
    orderIds: [],
    listingIds: [],
    soldSegments: [],
    transfers: [],
    refunds: [],
  };
}

/**
 * Each seller's share goes out once the payment is in, and money we can't honour goes back, inside
 * the event's transaction: if Stripe can't be reached, nothing is recorded and the retried delivery
 * tries again, with the same idempotency key per order, so no transfer or refund happens twice.
 */
async function moveCheckoutMoney(tx: Transaction, result: CheckoutTransitionResult): Promise<void> {
  for (const share of result.transfers) {
    const transferId = await transferSellerShare(share);
    if (!transferId) continue;
    await tx
      .update(orders)
      .set({ stripeTransferId: transferId })
      .where(and(eq(orders.id, share.orderId), isNull(orders.stripeTransferId)));
  }
  for (const refund of result.refunds) {
    if (refund.orderId === null || refund.amountCents === null) await refundPayment(refund.paymentIntentId);
    else
      await refundOrderPart({
        orderId: refund.orderId,
        paymentIntentId: refund.paymentIntentId,
        amountCents: refund.amountCents,
      });
  }
}

async function findCheckoutForSession(
  tx: Transaction,
  session: Stripe.Checkout.Session,
): Promise<number | null> {
  const fromMetadata = Number(session.metadata?.checkout_id);
  if (Number.isSafeInteger(fromMetadata) && fromMetadata > 0 && fromMetadata <= 2_147_483_647) {
    const [row] = await tx.select({ id: checkouts.id }).from(checkouts).where(eq(checkouts.id, fromMetadata));
    if (row) return row.id;
  }
  if (session.metadata?.order_id) return null;
  const [bySession] = await tx
    .select({ id: checkouts.id })
    .from(checkouts)
    .where(eq(checkouts.stripeCheckoutSessionId, session.id));
  return bySession?.id ?? null;
}

const nothing = (orderId: number | null): TransitionResult => ({
  outcome: "not_found",
  orderId,
  listingIds: [],
  soldSegments: [],
});

async function applyEvent(tx: Transaction, event: Stripe.Event): Promise<TransitionResult> {
  if (event.type === "charge.refunded") {
    const charge = event.data.object;
    const paymentIntentId = idOf(charge.payment_intent);
    const orderId = paymentIntentId ? await findOrderByPaymentIntent(tx, paymentIntentId) : null;
    if (!orderId) return nothing(null);
    return recordRefund(tx, orderId, { amountRefundedCents: charge.amount_refunded });
  }
  if (!event.type.startsWith("checkout.session.")) return nothing(null);
  const session = event.data.object as Stripe.Checkout.Session;
  const orderId = await findOrderForSession(tx, session);
  if (!orderId) return nothing(null);
  switch (event.type) {
    case "checkout.session.completed":
      if (session.payment_status === "unpaid") return awaitDelayedPayment(tx, orderId);
      return markOrderPaid(tx, orderId, paymentOf(session));
    case "checkout.session.async_payment_succeeded":
      return markOrderPaid(tx, orderId, paymentOf(session));
    case "checkout.session.async_payment_failed":
      return releaseReservation(
        tx,
        orderId,
        "payment_failed",
        "The payment failed; the items went back on sale.",
      );
    case "checkout.session.expired":
      return releaseReservation(
        tx,
        orderId,
        "expired",
        "The payment page closed unpaid; the items went back on sale.",
      );
    default:
      return nothing(orderId);
  }
}

function paymentOf(session: Stripe.Checkout.Session) {
  const shipping = session.collected_information?.shipping_details;
  const address = shipping?.address;
  return {
    paymentIntentId: idOf(session.payment_intent),
    sessionId: session.id,
    amountTotalCents: session.amount_total ?? null,
    shipTo: address?.country
      ? {
          country: address.country,
          ...(address.postal_code ? { postalCode: address.postal_code } : {}),
          ...(shipping?.name ? { name: shipping.name } : {}),
          address: [address.line1, address.line2, address.city, address.state].filter(Boolean).join(", "),
        }
      : undefined,
  };
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

async function findOrderForSession(
  tx: Transaction,
  session: Stripe.Checkout.Session,
): Promise<number | null> {
  const fromMetadata = Number(session.metadata?.order_id ?? session.client_reference_id);
  // An order of a whole-cart checkout is paid only through its checkout's session, never alone.
  if (Number.isSafeInteger(fromMetadata) && fromMetadata > 0 && fromMetadata <= 2_147_483_647) {
    const [row] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.id, fromMetadata), isNull(orders.checkoutId)));
    if (row) return row.id;
  }
  const [bySession] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.stripeCheckoutSessionId, session.id), isNull(orders.checkoutId)));
  return bySession?.id ?? null;
}

async function findOrderByPaymentIntent(tx: Transaction, paymentIntentId: string): Promise<number | null> {
  const [row] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.stripePaymentIntentId, paymentIntentId));
  return row?.id ?? null;
}
