import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { canManage, type Actor } from "@/lib/auth/actor";
import { formatMoney } from "@/lib/kernel/money";
import type { ActionResult } from "@/lib/kernel/result";
import { refundOrderPart, reverseSellerTransfer } from "@/lib/payments/transfers";
import { orderIdSchema } from "./schemas";
import { lockOrder } from "./order-events";
import { paidStatuses } from "./status";
import { recordRefund } from "./transitions";

// Refunding one seller's order out of a whole-cart payment: that seller's transfer is reversed and
// that order's total, alone, goes back to the buyer; the other sellers' orders and transfers stand.
// The order's seller or an admin may do it. The Stripe calls run inside the order's lock with an
// idempotency key per order, so a second click or a retry never refunds twice.

export type RefundResult = ActionResult & { listingIds: number[]; soldSegments: string[] };

const refused = (message: string): RefundResult => ({
  ok: false,
  message,
  fieldErrors: {},
  listingIds: [],
  soldSegments: [],
});

export async function refundCheckoutOrder({
  actor,
  orderId: input,
}: {
  actor: Actor;
  orderId: unknown;
}): Promise<RefundResult> {
  const parsed = orderIdSchema.safeParse(input);
  if (!parsed.success) return refused("That order does not exist.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, parsed.data);
    if (!order || !canManage(actor, order.sellerId)) return refused("That order does not exist.");
    if (order.status === "refunded") return refused("This order is already refunded.");
    if (!(paidStatuses as readonly string[]).includes(order.status))
      return refused("Only a paid order can be refunded.");
    if (!order.checkoutId || !order.stripePaymentIntentId)
      return refused("This order was paid on its own: refund it from Stripe's dashboard.");
    const reversalId = order.stripeTransferId
      ? await reverseSellerTransfer({
          orderId: order.id,
          transferId: order.stripeTransferId,
          amountCents: order.totalCents - order.platformFeeCents,
        })
      : null;
    await refundOrderPart({
      orderId: order.id,
      paymentIntentId: order.stripePaymentIntentId,
      amountCents: order.totalCents,
    });
    if (reversalId)
      await tx
        .update(orders)
        .set({ stripeTransferReversalId: reversalId, updatedAt: sql`now()` })
        .where(eq(orders.id, order.id));
    const recorded = await recordRefund(tx, order.id, { amountRefundedCents: order.totalCents });
    return {
      ok: true,
      message: `Refunded ${formatMoney(order.totalCents, order.currency)} to the buyer.`,
      fieldErrors: {},
      listingIds: recorded.listingIds,
      soldSegments: recorded.soldSegments,
    };
  });
}
