import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { orderEvents, orders, type Order } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import type { OrderStatus } from "./status";

export type StatusChange = {
  /** The order as read under its row lock (see lockOrder). */
  order: Pick<Order, "id" | "status">;
  from: readonly OrderStatus[];
  to: OrderStatus;
  actorId?: string | null;
  note?: string;
  set?: PgUpdateSetSource<typeof orders>;
};

/**
 * Moves an order from one of `from` to `to` and writes the history row, or does nothing when the order
 * is no longer in one of those states. The `where status in (...)` makes a replayed change a no-op.
 */
export async function changeOrderStatus(tx: Transaction, change: StatusChange): Promise<Order | null> {
  if (!change.from.includes(change.order.status)) return null;
  const [updated] = await tx
    .update(orders)
    .set({ ...change.set, status: change.to, updatedAt: sql`now()` })
    .where(and(eq(orders.id, change.order.id), inArray(orders.status, [...change.from])))
    .returning();
  if (!updated) return null;
  await tx.insert(orderEvents).values({
    orderId: change.order.id,
    fromStatus: change.order.status,
    toStatus: change.to,
    actorId: change.actorId ?? null,
    note: change.note ?? null,
  });
  return updated;
}

/** A history line that records something without changing the state (a partial refund, a warning). */
export async function noteOrderEvent(
  tx: Transaction,
  order: Pick<Order, "id" | "status">,
  note: string,
  actorId: string | null = null,
): Promise<void> {
  await tx
    .insert(orderEvents)
    .values({ orderId: order.id, fromStatus: order.status, toStatus: order.status, actorId, note });
}

export async function lockOrder(tx: Transaction, orderId: number): Promise<Order | null> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  return order ?? null;
}
