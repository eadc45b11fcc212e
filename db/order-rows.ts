import { orderEvents, orderItems, orders, type NewOrder, type NewOrderItem } from "./schema";
import type { Transaction } from "./transaction";

/**
 * The rows of a one-item order awaiting payment: the order, its single line and its first event, in
 * the caller's transaction. A won auction, a second chance, a best offer and an accepted listing offer
 * all make their order this way; the rules around it (stock, prices, who may) stay with the caller.
 */
export async function insertOneLineOrder(
  tx: Transaction,
  rows: {
    order: Omit<NewOrder, "status" | "createdAt" | "updatedAt">;
    /** When the order is made: its creation, its last change and its first event. */
    at: Date;
    /** Its one line, always a single unit. */
    line: Omit<NewOrderItem, "orderId" | "quantity">;
    event: { note: string; actorId?: string | null };
  },
): Promise<number> {
  const [order] = await tx
    .insert(orders)
    .values({ ...rows.order, status: "pending_payment", createdAt: rows.at, updatedAt: rows.at })
    .returning({ id: orders.id });
  const orderId = order!.id;
  await tx.insert(orderItems).values({ ...rows.line, quantity: 1, orderId });
  await tx.insert(orderEvents).values({
    orderId,
    fromStatus: null,
    toStatus: "pending_payment",
    actorId: rows.event.actorId ?? null,
    note: rows.event.note,
    createdAt: rows.at,
  });
  return orderId;
}
