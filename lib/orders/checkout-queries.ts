import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orderItems, orders, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import type { Checkout } from "@/db/schema";
import type { OrderStatus } from "./status";

// The buyer's view of one whole-cart payment: what was paid, once, and the orders it made (one per
// seller). Only the buyer and admins see it; anyone else gets null, which the page turns into a 404.

export type CheckoutView = Pick<
  Checkout,
  "id" | "currency" | "itemsCents" | "shippingCents" | "totalCents" | "paidAt" | "createdAt" | "shipTo"
> & {
  /** A lapsed reservation reads as closed at once, though the sweep may not have run yet. */
  status: Checkout["status"];
  reservedUntil: Date | null;
  orders: {
    id: number;
    status: OrderStatus;
    sellerName: string;
    totalCents: number;
    refundedCents: number;
    itemTitles: string[];
  }[];
};

export async function getCheckoutForViewer({
  checkoutId,
  viewer,
}: {
  checkoutId: number;
  viewer: Actor;
}): Promise<CheckoutView | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      checkout: checkouts,
      lapsed: sql<boolean>`(${checkouts.status} = 'pending_payment' and ${checkouts.reservedUntil} < now())`,
    })
    .from(checkouts)
    .where(eq(checkouts.id, checkoutId));
  if (!row || (row.checkout.buyerId !== viewer.id && !isAdmin(viewer))) return null;
  const c = row.checkout;
  const madeOrders = await db
    .select({
      id: orders.id,
      status: sql<OrderStatus>`(case when ${orders.status} = 'pending_payment' and ${orders.reservedUntil} < now() then 'expired' else ${orders.status}::text end)`,
      sellerName: users.displayName,
      totalCents: orders.totalCents,
      refundedCents: orders.refundedCents,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.sellerId))
    .where(eq(orders.checkoutId, checkoutId))
    .orderBy(asc(orders.id));
  const lines = await db
    .select({ orderId: orderItems.orderId, title: orderItems.title, quantity: orderItems.quantity })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(eq(orders.checkoutId, checkoutId))
    .orderBy(asc(orderItems.id));
  return {
    id: c.id,
    status: row.lapsed ? "closed" : c.status,
    currency: c.currency,
    itemsCents: c.itemsCents,
    shippingCents: c.shippingCents,
    totalCents: c.totalCents,
    paidAt: c.paidAt,
    createdAt: c.createdAt,
    shipTo: c.shipTo,
    reservedUntil: row.lapsed ? null : c.reservedUntil,
    orders: madeOrders.map((o) => ({
      ...o,
      itemTitles: lines
        .filter((l) => l.orderId === o.id)
        .map((l) => (l.quantity > 1 ? `${l.quantity} × ${l.title}` : l.title)),
    })),
  };
}
