import "server-only";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { getStripe, isStripeConfigured } from "./stripe";

// Moving a seller's share of a whole-cart payment ("separate charges and transfers"). Every call has
// an idempotency key per order, so a retried webhook or a second click never moves money twice.

const isLocal = (paymentIntentId: string) => paymentIntentId.startsWith("pi_test_local_");

/** The charge behind a payment, so a transfer is tied to it (and may go out before the funds settle). */
async function chargeOf(paymentIntentId: string): Promise<string | undefined> {
  const intent = await getStripe().paymentIntents.retrieve(paymentIntentId);
  const charge = intent.latest_charge;
  return (typeof charge === "string" ? charge : charge?.id) ?? undefined;
}

/** Sends one order's share (its total less the market's fee) to the seller's connected account. */
export async function transferSellerShare(share: {
  orderId: number;
  checkoutId: number;
  destination: string;
  amountCents: number;
  currency: Currency;
  transferGroup: string;
  paymentIntentId: string;
}): Promise<string | null> {
  if (!isStripeConfigured() || isLocal(share.paymentIntentId) || share.amountCents <= 0) return null;
  const transfer = await getStripe().transfers.create(
    {
      amount: share.amountCents,
      currency: share.currency.toLowerCase(),
      destination: share.destination,
      transfer_group: share.transferGroup,
      source_transaction: await chargeOf(share.paymentIntentId),
      metadata: { order_id: String(share.orderId), checkout_id: String(share.checkoutId) },
    },
    { idempotencyKey: `transfer-order-${share.orderId}` },
  );
  return transfer.id;
}

/** Takes a seller's share back from their account (the order is being refunded). */
export async function reverseSellerTransfer(reversal: {
  orderId: number;
  transferId: string;
  amountCents: number;
}): Promise<string | null> {
  if (!isStripeConfigured()) return null;
  const made = await getStripe().transfers.createReversal(
    reversal.transferId,
    { amount: reversal.amountCents, metadata: { order_id: String(reversal.orderId) } },
    { idempotencyKey: `reversal-order-${reversal.orderId}` },
  );
  return made.id;
}

/** Gives back one order's part of a whole-cart payment; the other sellers' orders keep theirs. */
export async function refundOrderPart(refund: {
  orderId: number;
  paymentIntentId: string;
  amountCents: number;
}): Promise<string | null> {
  if (!isStripeConfigured() || isLocal(refund.paymentIntentId)) return null;
  const made = await getStripe().refunds.create(
    {
      payment_intent: refund.paymentIntentId,
      amount: refund.amountCents,
      metadata: { order_id: String(refund.orderId) },
    },
    { idempotencyKey: `refund-order-${refund.orderId}` },
  );
  return made.id;
}
