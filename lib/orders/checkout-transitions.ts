import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { checkouts, orders, type Checkout } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/kernel/money";
import {
  awaitDelayedPayment,
  markOrderPaid,
  releaseReservation,
  type Payment,
  type TransitionResult,
} from "./transitions";
import type { releasedStatuses } from "./status";

// What a payment event does to a whole-cart checkout and every order it made, inside the caller's
// transaction. The checkout row is locked first, then its orders in id order, always in that order
// (the expiry sweep does the same), so a duplicate delivery, a sweep and a click take turns.

export type ShareToTransfer = {
  orderId: number;
  checkoutId: number;
  destination: string;
  amountCents: number;
  currency: Currency;
  transferGroup: string;
  paymentIntentId: string;
};

export type CheckoutTransitionResult = Omit<TransitionResult, "orderId"> & {
  checkoutId: number;
  orderIds: number[];
  /** Sellers' shares to send now that the payment has succeeded. */
  transfers: ShareToTransfer[];
  /** Parts of the payment to give back: one order's total, or (paymentIntent only) a whole second payment. */
  refunds: { orderId: number | null; paymentIntentId: string; amountCents: number | null }[];
};

const unchanged = (checkoutId: number, outcome: TransitionResult["outcome"] = "unchanged") => ({
  outcome,
  checkoutId,
  orderIds: [] as number[],
  listingIds: [] as number[],
  soldSegments: [] as string[],
  transfers: [] as ShareToTransfer[],
  refunds: [] as CheckoutTransitionResult["refunds"],
});

async function lockCheckout(tx: Transaction, checkoutId: number): Promise<Checkout | null> {
  const [row] = await tx.select().from(checkouts).where(eq(checkouts.id, checkoutId)).for("update");
  return row ?? null;
}

async function orderIdsOf(tx: Transaction, checkoutId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.checkoutId, checkoutId))
    .orderBy(asc(orders.id));
  return rows.map((r) => r.id);
}

/** The payment succeeded: every order is paid (or, if its stock went meanwhile, refunded alone). */
export async function markCheckoutPaid(
  tx: Transaction,
  checkoutId: number,
  payment: Payment,
): Promise<CheckoutTransitionResult> {
  const checkout = await lockCheckout(tx, checkoutId);
  if (!checkout) return unchanged(checkoutId, "not_found");
  if (checkout.status === "paid") {
    // The same payment again changes nothing; a second payment for a paid checkout goes back whole.
    const second =
      payment.paymentIntentId &&
      checkout.stripePaymentIntentId &&
      payment.paymentIntentId !== checkout.stripePaymentIntentId;
    if (!second) return unchanged(checkoutId);
    return {
      ...unchanged(checkoutId, "refund_needed"),
      refunds: [{ orderId: null, paymentIntentId: payment.paymentIntentId!, amountCents: null }],
    };
  }
  if (payment.amountTotalCents !== null && payment.amountTotalCents !== checkout.totalCents)
    console.error(
      `Checkout ${checkoutId}: Stripe charged ${formatMoney(payment.amountTotalCents, checkout.currency)}, the checkout says ${formatMoney(checkout.totalCents, checkout.currency)}.`,
    );
  await tx
    .update(checkouts)
    .set({
      status: "paid",
      paidAt: sql`now()`,
      reservedUntil: null,
      stripePaymentIntentId: payment.paymentIntentId,
      stripeCheckoutSessionId: payment.sessionId,
      updatedAt: sql`now()`,
    })
    .where(eq(checkouts.id, checkoutId));
  const result = unchanged(checkoutId, "changed");
  // The session belongs to the checkout; each order records the payment it was paid by.
  const perOrder: Payment = { ...payment, sessionId: null, amountTotalCents: null };
  for (const orderId of await orderIdsOf(tx, checkoutId)) {
    const paid = await markOrderPaid(tx, orderId, perOrder);
    result.orderIds.push(orderId);
    result.listingIds.push(...paid.listingIds);
    result.soldSegments.push(...paid.soldSegments);
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
    if (!order || !payment.paymentIntentId) continue;
    if (paid.outcome === "refund_needed") {
      // Paid after the reservation lapsed and its stock went to another buyer: this order alone goes back.
      result.refunds.push({
        orderId,
        paymentIntentId: payment.paymentIntentId,
        amountCents: order.totalCents,
      });
    } else if (order.status === "paid" && order.transferDestination && !order.stripeTransferId) {
      result.transfers.push({
        orderId,
        checkoutId,
        destination: order.transferDestination,
        amountCents: order.totalCents - order.platformFeeCents,
        currency: order.currency,
        transferGroup: checkout.transferGroup,
        paymentIntentId: payment.paymentIntentId,
      });
    }
  }
  return result;
}

/** Ends an unpaid checkout: all of its orders together, and their stock back on sale. */
export async function releaseCheckout(
  tx: Transaction,
  checkoutId: number,
  to: (typeof releasedStatuses)[number],
  note: string,
  options: { onlyIfPastReservation?: boolean; now?: Date } = {},
): Promise<CheckoutTransitionResult> {
  const checkout = await lockCheckout(tx, checkoutId);
  if (!checkout) return unchanged(checkoutId, "not_found");
  if (checkout.status !== "pending_payment") return unchanged(checkoutId);
  if (options.onlyIfPastReservation) {
    const at = options.now ?? new Date();
    if (!checkout.reservedUntil || checkout.reservedUntil.getTime() >= at.getTime())
      return unchanged(checkoutId);
  }
  await tx
    .update(checkouts)
    .set({ status: "closed", reservedUntil: null, updatedAt: sql`now()` })
    .where(and(eq(checkouts.id, checkoutId), eq(checkouts.status, "pending_payment")));
  const result = unchanged(checkoutId, "changed");
  for (const orderId of await orderIdsOf(tx, checkoutId)) {
    // The orders carry the checkout's deadline; the checkout already decided it has passed.
    const released = await releaseReservation(tx, orderId, to, note, { now: options.now });
    result.orderIds.push(orderId);
    result.listingIds.push(...released.listingIds);
  }
  return result;
}

/** A bank debit: every order of the checkout stays reserved until Stripe says how it went. */
export async function awaitDelayedCheckoutPayment(
  tx: Transaction,
  checkoutId: number,
): Promise<CheckoutTransitionResult> {
  const checkout = await lockCheckout(tx, checkoutId);
  if (!checkout) return unchanged(checkoutId, "not_found");
  if (checkout.status !== "pending_payment") return unchanged(checkoutId);
  await tx
    .update(checkouts)
    .set({ reservedUntil: sql`now() + interval '14 days'`, updatedAt: sql`now()` })
    .where(eq(checkouts.id, checkoutId));
  const result = unchanged(checkoutId, "changed");
  for (const orderId of await orderIdsOf(tx, checkoutId)) {
    await awaitDelayedPayment(tx, orderId);
    result.orderIds.push(orderId);
  }
  return result;
}
