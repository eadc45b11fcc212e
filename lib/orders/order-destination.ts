import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings, orderItems, orders } from "@/db/schema";
import { auctionShippingCents } from "@/lib/auctions/shipping";
import { countryName } from "@/lib/catalogue/describe";
import { getBuyerDestination, shipToOf, unknownDestinationMessage } from "@/lib/shipping/destination";
import { lockOrder, noteOrderEvent } from "./order-events";
import type { Result } from "@/lib/kernel/result";

// An auction won while the winner's destination was unknown has no shipping yet. Before any money
// is asked for, the destination is read from the one place it lives and the shipping priced for it.

export type SettleResult = Result;

export async function settleOrderDestination(orderId: number): Promise<SettleResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order || order.shipTo || order.status !== "pending_payment") return { ok: true };
    const destination = await getBuyerDestination(tx, order.buyerId);
    if (!destination.known) return { ok: false, message: unknownDestinationMessage };
    const [line] = await tx
      .select({ id: orderItems.id, category: listings.category, shippingOptions: listings.shippingOptions })
      .from(orderItems)
      .innerJoin(listings, eq(listings.id, orderItems.listingId))
      .where(eq(orderItems.orderId, orderId))
      .limit(1);
    // A listing the seller ships nowhere is collected: no shipping to add.
    const shipping =
      !line || line.shippingOptions.length === 0
        ? { shippingCents: 0, packingCents: 0 }
        : auctionShippingCents(line, destination.country);
    if (!shipping)
      return {
        ok: false,
        message: `The seller does not ship to ${countryName(destination.country)}. Choose another destination on your cart page, or ask the seller.`,
      };
    if (line)
      await tx
        .update(orderItems)
        .set({ shippingCents: shipping.shippingCents, packingCents: shipping.packingCents })
        .where(eq(orderItems.id, line.id));
    await tx
      .update(orders)
      .set({
        shipTo: shipToOf(destination),
        shippingCents: shipping.shippingCents,
        totalCents: sql`${orders.itemsCents} + ${shipping.shippingCents}`,
        updatedAt: sql`now()`,
      })
      .where(eq(orders.id, orderId));
    await noteOrderEvent(tx, order, `Shipping to ${countryName(destination.country)} added before payment.`);
    return { ok: true };
  });
}
