import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders, processedWebhookEvents } from "@/db/schema";
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
    const outcome = await applyEvent(tx, event);
    // Giving back a payment we can't honour happens inside the transaction: if Stripe can't be
    // reached, nothing is recorded and the retried delivery tries again (the refund is idempotent).
    if (outcome.refundPaymentIntentId) await refundPayment(outcome.refundPaymentIntentId);
    return outcome;
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
  };
}

function reply(message: string): WebhookOutcome {
  return { status: 200, message, listingIds: [], soldSegments: [], orderId: null };
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
  if (Number.isSafeInteger(fromMetadata) && fromMetadata > 0 && fromMetadata <= 2_147_483_647) {
    const [row] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, fromMetadata));
    if (row) return row.id;
  }
  const [bySession] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.stripeCheckoutSessionId, session.id));
  return bySession?.id ?? null;
}

async function findOrderByPaymentIntent(tx: Transaction, paymentIntentId: string): Promise<number | null> {
  const [row] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.stripePaymentIntentId, paymentIntentId));
  return row?.id ?? null;
}
