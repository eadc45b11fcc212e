import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { notifications, orderFeedback, orderItems, orders, type Order } from "@/db/schema";
import { createListing, latePedalCar } from "./checkout-fixtures";

// Orders in the state feedback cares about, written straight into the test database.

export async function orderBetween(
  handle: DatabaseHandle,
  input: {
    buyerId: string;
    sellerId: string;
    status?: Order["status"];
    source?: "cart" | "auction";
    receivedAt?: Date | null;
    reservedUntil?: Date | null;
  },
): Promise<number> {
  const status = input.status ?? "received";
  const listingId = await createListing(handle, {
    sellerId: input.sellerId,
    item: latePedalCar,
    priceCents: 30_000,
    quantity: 0,
    saleFormat: input.source === "auction" ? "auction" : "fixed_price",
  });
  const [order] = await handle.db
    .insert(orders)
    .values({
      buyerId: input.buyerId,
      sellerId: input.sellerId,
      status,
      source: input.source ?? "cart",
      currency: "USD",
      itemsCents: 30_000,
      shippingCents: 0,
      totalCents: 30_000,
      receivedAt:
        input.receivedAt === undefined ? (status === "received" ? new Date() : null) : input.receivedAt,
      reservedUntil: input.reservedUntil ?? null,
    })
    .returning({ id: orders.id });
  await handle.db.insert(orderItems).values({
    orderId: order!.id,
    listingId,
    title: "AZLK pedal car",
    quantity: 1,
    unitPriceCents: 30_000,
    shippingCents: 0,
  });
  return order!.id;
}

export function feedbackOn(handle: DatabaseHandle, orderId: number) {
  return handle.db
    .select()
    .from(orderFeedback)
    .where(eq(orderFeedback.orderId, orderId))
    .orderBy(orderFeedback.id);
}

export function feedbackNotices(handle: DatabaseHandle, userId: string) {
  return handle.db
    .select({ title: notifications.title, href: notifications.href, kind: notifications.kind })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(notifications.id);
}
