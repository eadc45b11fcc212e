import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { cartItems, orders, type Order } from "@/db/schema";
import { formatMoney } from "@/lib/kernel/money";
import type { Transaction } from "@/db/transaction";
import { changeOrderStatus, lockOrder, noteOrderEvent } from "./order-events";
import {
  forgetSale,
  orderLines,
  recordSale,
  restoreCartLines,
  retakeStock,
  returnRefundedStock,
  returnStock,
} from "@/lib/listings/stock";
import { recordUnpaidAuctionMark } from "@/lib/feedback/unpaid-mark";
import { paidStatuses, releasedStatuses } from "./status";

// What a payment event does to an order, inside the caller's transaction (the webhook's, which also
// records the event id). Each function locks the order row first, so a sweep, a duplicate delivery
// and a buyer's click on the same order take turns, and each checks the state it found.

export type TransitionResult = {
  outcome: "changed" | "unchanged" | "not_found" | "refund_needed";
  orderId: number | null;
  /** Listings whose stock or status changed: their cached pages need refreshing. */
  listingIds: number[];
  /** Market segments whose sold-price history changed: their cached valuations need refreshing. */
  soldSegments: string[];
  /** Set when the money must go back: the payment came for stock that is no longer there. */
  refundPaymentIntentId?: string;
};

const none = (
  orderId: number | null,
  outcome: TransitionResult["outcome"] = "unchanged",
): TransitionResult => ({
  outcome,
  orderId,
  listingIds: [],
  soldSegments: [],
});

export type Payment = {
  paymentIntentId: string | null;
  /** Null for an order of a whole-cart checkout: the session is the checkout's. */
  sessionId: string | null;
  amountTotalCents: number | null;
  shipTo?: Order["shipTo"];
};

export async function markOrderPaid(
  tx: Transaction,
  orderId: number,
  payment: Payment,
): Promise<TransitionResult> {
  const order = await lockOrder(tx, orderId);
  if (!order) return none(orderId, "not_found");
  const set = {
    paidAt: sql`now()`,
    reservedUntil: null,
    stripePaymentIntentId: payment.paymentIntentId,
    ...(payment.sessionId ? { stripeCheckoutSessionId: payment.sessionId } : {}),
    ...(payment.shipTo ? { shipTo: { ...order.shipTo, ...payment.shipTo } } : {}),
  };
  if ((paidStatuses as readonly string[]).includes(order.status) || order.status === "refunded") {
    // Already paid: the same payment again changes nothing; a second payment goes back.
    const second =
      payment.paymentIntentId &&
      order.stripePaymentIntentId &&
      payment.paymentIntentId !== order.stripePaymentIntentId;
    if (!second) return none(orderId);
    await noteOrderEvent(
      tx,
      order,
      `A second payment (${payment.paymentIntentId}) arrived for this paid order; it is refunded in full.`,
    );
    return { ...none(orderId, "refund_needed"), refundPaymentIntentId: payment.paymentIntentId! };
  }
  const amountNote =
    payment.amountTotalCents !== null && payment.amountTotalCents !== order.totalCents
      ? ` Stripe charged ${formatMoney(payment.amountTotalCents, order.currency)}, the order says ${formatMoney(order.totalCents, order.currency)}: check it.`
      : "";
  if (amountNote) console.error(`Order ${orderId}: paid amount differs from the order total.${amountNote}`);
  if (order.status === "pending_payment") {
    const paid = await changeOrderStatus(tx, {
      order,
      from: ["pending_payment"],
      to: "paid",
      set,
      note: `Payment received.${amountNote}`,
    });
    const sale = await recordSale(tx, paid!, paid!.paidAt ?? new Date());
    return { outcome: "changed", orderId, ...sale };
  }
  // Paid after the reservation lapsed: keep the sale if the stock is still there, else refund.
  const lines = await orderLines(tx, orderId);
  if (await retakeStock(tx, lines)) {
    const paid = await changeOrderStatus(tx, {
      order,
      from: releasedStatuses,
      to: "paid",
      set,
      note: `Payment arrived after the reservation had lapsed; the items were still available.${amountNote}`,
    });
    await removeFromCart(tx, paid!, lines);
    const sale = await recordSale(tx, paid!, paid!.paidAt ?? new Date());
    return { outcome: "changed", orderId, ...sale };
  }
  await changeOrderStatus(tx, {
    order,
    from: releasedStatuses,
    to: "refunded",
    set: { ...set, refundedCents: payment.amountTotalCents ?? order.totalCents, payoutOwedCents: 0 },
    note: "Payment arrived after the reservation had lapsed and the items had gone to another buyer; refunded in full.",
  });
  if (!payment.paymentIntentId) return none(orderId, "changed");
  return { ...none(orderId, "refund_needed"), refundPaymentIntentId: payment.paymentIntentId };
}

async function removeFromCart(tx: Transaction, order: Order, lines: { listingId: number }[]) {
  await tx.delete(cartItems).where(
    and(
      eq(cartItems.userId, order.buyerId),
      inArray(
        cartItems.listingId,
        lines.map((l) => l.listingId),
      ),
    ),
  );
}

/** Ends an unpaid order and puts its stock back on sale (and its lines back in the buyer's cart). */
export async function releaseReservation(
  tx: Transaction,
  orderId: number,
  to: (typeof releasedStatuses)[number],
  note: string,
  options: { actorId?: string | null; onlyIfPastReservation?: boolean; now?: Date } = {},
): Promise<TransitionResult> {
  const order = await lockOrder(tx, orderId);
  if (!order) return none(orderId, "not_found");
  if (order.status !== "pending_payment") return none(orderId);
  if (options.onlyIfPastReservation) {
    const at = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
    const [row] = await tx
      .select({ past: sql<boolean>`${orders.reservedUntil} is not null and ${orders.reservedUntil} < ${at}` })
      .from(orders)
      .where(eq(orders.id, orderId));
    if (!row?.past) return none(orderId);
  }
  const released = await changeOrderStatus(tx, {
    order,
    from: ["pending_payment"],
    to,
    note,
    actorId: options.actorId,
    set: { reservedUntil: null },
  });
  if (!released) return none(orderId);
  // An auction win lapsing unpaid counts against the buyer, recorded with the lapse itself.
  if (to === "expired") await recordUnpaidAuctionMark(tx, released, options.now ?? new Date());
  const lines = await orderLines(tx, orderId);
  await returnStock(tx, lines);
  await restoreCartLines(tx, released, lines);
  return {
    outcome: "changed",
    orderId,
    listingIds: lines.map((l) => l.listingId),
    soldSegments: [],
  };
}

/** A payment that settles later (a bank debit): the reservation holds until Stripe says how it went. */
export async function awaitDelayedPayment(tx: Transaction, orderId: number): Promise<TransitionResult> {
  const order = await lockOrder(tx, orderId);
  if (!order) return none(orderId, "not_found");
  if (order.status !== "pending_payment") return none(orderId);
  await tx
    .update(orders)
    .set({ reservedUntil: sql`now() + interval '14 days'`, updatedAt: sql`now()` })
    .where(eq(orders.id, orderId));
  await noteOrderEvent(
    tx,
    order,
    "Payment submitted; the bank confirms it in a few days. The items stay reserved until then.",
  );
  return none(orderId, "changed");
}

/** Stripe refunded some or all of the charge (from its dashboard, or ours). A full refund ends the order. */
export async function recordRefund(
  tx: Transaction,
  orderId: number,
  refund: { amountRefundedCents: number },
): Promise<TransitionResult> {
  const order = await lockOrder(tx, orderId);
  if (!order) return none(orderId, "not_found");
  if (refund.amountRefundedCents <= order.refundedCents) return none(orderId);
  const refunded = formatMoney(refund.amountRefundedCents, order.currency);
  if (refund.amountRefundedCents < order.totalCents || order.status === "refunded") {
    await tx
      .update(orders)
      .set({ refundedCents: refund.amountRefundedCents, updatedAt: sql`now()` })
      .where(eq(orders.id, orderId));
    await noteOrderEvent(tx, order, `Partly refunded: ${refunded} so far.`);
    return none(orderId, "changed");
  }
  const changed = await changeOrderStatus(tx, {
    order,
    from: paidStatuses,
    to: "refunded",
    set: { refundedCents: refund.amountRefundedCents, payoutOwedCents: 0 },
    note: `Refunded in full (${refunded}). The items went back into the seller's stock; a listing that had sold out stays off sale until the seller publishes it again.`,
  });
  if (!changed) return none(orderId);
  const soldSegments = await forgetSale(tx, orderId);
  const listingIds = await returnRefundedStock(tx, orderId);
  return { outcome: "changed", orderId, listingIds, soldSegments };
}
