import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/transaction";
import { orderItems } from "@/db/schema";

/** An order's lines in the order they were added, as the order page, the payment session and the test payment show them. */
export function readOrderLines(db: Executor, orderId: number) {
  return db
    .select({
      listingId: orderItems.listingId,
      title: orderItems.title,
      quantity: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
      shippingCents: orderItems.shippingCents,
      packingCents: orderItems.packingCents,
    })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.id));
}
