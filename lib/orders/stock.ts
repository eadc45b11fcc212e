import "server-only";
import { and, eq, gte, isNull, ne, sql } from "drizzle-orm";
import { cartItems, listings, orderItems, orders, soldItems, type Order } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";
import { isSingleItem } from "./pricing";
import type { Transaction } from "./order-events";

// Stock moves only by conditional updates inside the caller's transaction: a reservation takes
// `quantity - n where quantity >= n`, so two buyers can never both take the last unit, and the stock
// never goes below zero. Listings are always touched in id order, so two transactions can't deadlock.

type Line = { listingId: number; quantity: number };

function byListing<T extends Line>(lines: readonly T[]): T[] {
  return [...lines].sort((a, b) => a.listingId - b.listingId);
}

export async function orderLines(tx: Transaction, orderId: number) {
  const rows = await tx
    .select({ id: orderItems.id, listingId: orderItems.listingId, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents, shippingCents: orderItems.shippingCents, title: orderItems.title, soldItemId: orderItems.soldItemId })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId));
  return byListing(rows);
}

/** Takes `quantity` units of a live fixed-price listing, or returns null when there aren't that many left. */
export async function takeStock(tx: Transaction, line: Line) {
  const [taken] = await tx
    .update(listings)
    .set({ quantity: sql`${listings.quantity} - ${line.quantity}`, updatedAt: sql`now()` })
    .where(
      and(
        eq(listings.id, line.listingId),
        gte(listings.quantity, line.quantity),
        eq(listings.status, "live"),
        eq(listings.saleFormat, "fixed_price"),
        isNull(listings.deletedAt),
      ),
    )
    .returning({
      id: listings.id,
      sellerId: listings.sellerId,
      title: listings.title,
      category: listings.category,
      askingPriceCents: listings.askingPriceCents,
      currency: listings.currency,
      shippingOptions: listings.shippingOptions,
    });
  return taken ?? null;
}

export async function returnStock(tx: Transaction, lines: readonly Line[]): Promise<void> {
  for (const line of byListing(lines)) {
    await tx
      .update(listings)
      .set({ quantity: sql`${listings.quantity} + ${line.quantity}`, updatedAt: sql`now()` })
      .where(eq(listings.id, line.listingId));
  }
}

/**
 * Takes the stock of an order whose reservation had lapsed, all of it or none (a savepoint undoes a
 * partial take). Used when a payment arrives after the order expired.
 */
export async function retakeStock(tx: Transaction, lines: readonly Line[]): Promise<boolean> {
  try {
    await tx.transaction(async (savepoint) => {
      for (const line of byListing(lines)) {
        const [taken] = await savepoint
          .update(listings)
          .set({ quantity: sql`${listings.quantity} - ${line.quantity}`, updatedAt: sql`now()` })
          .where(and(eq(listings.id, line.listingId), gte(listings.quantity, line.quantity), ne(listings.status, "sold"), isNull(listings.deletedAt)))
          .returning({ id: listings.id });
        if (!taken) throw new StockGone();
      }
    });
    return true;
  } catch (error) {
    if (error instanceof StockGone) return false;
    throw error;
  }
}

class StockGone extends Error {}

/** Puts the lines of an unpaid cart order back in the buyer's cart, so letting a payment lapse loses nothing. */
export async function restoreCartLines(tx: Transaction, order: Pick<Order, "buyerId" | "source">, lines: readonly Line[]): Promise<void> {
  if (order.source !== "cart" || lines.length === 0) return;
  await tx
    .insert(cartItems)
    .values(lines.map((l) => ({ userId: order.buyerId, listingId: l.listingId, quantity: l.quantity })))
    .onConflictDoNothing();
}

/**
 * After payment: a listing whose stock reached zero, with no other unpaid order still holding some,
 * is sold. A car or toy sold here joins the price history, so valuation learns from it.
 */
export async function recordSale(tx: Transaction, order: Pick<Order, "id" | "currency">, paidAt: Date): Promise<{ listingIds: number[]; soldHistoryChanged: boolean }> {
  const lines = await orderLines(tx, order.id);
  let soldHistoryChanged = false;
  for (const line of lines) {
    const [listing] = await tx.select().from(listings).where(eq(listings.id, line.listingId)).for("update");
    if (!listing) continue;
    if (listing.quantity === 0 && listing.status !== "sold" && !(await isHeldByAnotherUnpaidOrder(tx, line.listingId, order.id))) {
      await tx.update(listings).set({ status: "sold", soldAt: paidAt, updatedAt: sql`now()` }).where(eq(listings.id, listing.id));
    }
    if (isSingleItem(listing.category) && !line.soldItemId) {
      const [sold] = await tx
        .insert(soldItems)
        .values({
          listingId: listing.id,
          origin: "marketplace",
          category: listing.category,
          title: line.title,
          attributes: listing.attributes as Item,
          era: listing.era,
          model: listing.model,
          condition: listing.condition,
          year: listing.year,
          soldPriceCents: line.unitPriceCents,
          shippingCents: line.shippingCents,
          currency: order.currency,
          country: listing.country,
          soldAt: paidAt,
          url: `/listings/${listing.id}`,
        })
        .returning({ id: soldItems.id });
      await tx.update(orderItems).set({ soldItemId: sold!.id }).where(eq(orderItems.id, line.id));
      soldHistoryChanged = true;
    }
  }
  return { listingIds: lines.map((l) => l.listingId), soldHistoryChanged };
}

async function isHeldByAnotherUnpaidOrder(tx: Transaction, listingId: number, orderId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: orders.id })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(and(eq(orderItems.listingId, listingId), eq(orders.status, "pending_payment"), ne(orders.id, orderId)))
    .limit(1);
  return Boolean(row);
}

/** A refunded sale didn't happen at that price: its price-history rows go. */
export async function forgetSale(tx: Transaction, orderId: number): Promise<boolean> {
  const lines = await orderLines(tx, orderId);
  const ids = lines.map((l) => l.soldItemId).filter((id): id is string => id !== null);
  for (const id of ids) await tx.delete(soldItems).where(eq(soldItems.id, id));
  return ids.length > 0;
}
