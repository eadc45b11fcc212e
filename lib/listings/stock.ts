import "server-only";
import { and, eq, gte, ne, sql } from "drizzle-orm";
import { cartItems, listings, orderItems, orders, soldItems, type Order } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";
import { saleSegments } from "@/lib/valuation/segments";
import { isSingleItem } from "./pricing";
import type { Transaction } from "@/db/transaction";
import { notTakenDown, offeredListingSql } from "./visibility";

// The stock rule. A listing's units are on hand (`listings.quantity`, free to sell), reserved (in an
// order awaiting payment) or sold (in a paid, shipped or received order), and together they always
// make what the seller listed (`listings.listed_quantity`):
//   - only orders move units: reserve (takeStock), release (returnStock), sell (recordSale), refund
//     (returnRefundedStock), and an auction's win or lapse;
//   - a listing edit, unpublish or publish never writes the units on hand; a seller who changes a
//     part's quantity changes what is listed, and the units on hand follow by the same difference
//     (stockAfterListingEdit), never below what buyers hold;
//   - a listing with nothing on hand (reserved or sold) cannot go back on sale as if new.
// lib/orders/stock-figures.ts reads the four figures back from orders to check it.
//
// Stock moves only by conditional updates inside the caller's transaction: a reservation takes
// `quantity - n where quantity >= n`, so two buyers can never both take the last unit, and the stock
// never goes below zero. Listings are always touched in id order, so two transactions can't deadlock.

type Line = { listingId: number; quantity: number };

/**
 * The units a buyer can have now: on hand, plus those held by reservations whose time is up but
 * which the expire-reservations job has not swept yet (they go back on sale at their deadline, not
 * when the job gets to them). For reads; checkout sweeps those reservations before it takes stock.
 */
// Spelled out as listings.* so it reads the same in single-table selects (which drizzle leaves unqualified).
export const availableQuantity = sql<number>`(listings.quantity + coalesce((select sum(oi.quantity) from order_items oi join orders o on o.id = oi.order_id where oi.listing_id = listings.id and o.status = 'pending_payment' and o.reserved_until < now()), 0))::int`;

function byListing<T extends Line>(lines: readonly T[]): T[] {
  return [...lines].sort((a, b) => a.listingId - b.listingId);
}

export async function orderLines(tx: Transaction, orderId: number) {
  const rows = await tx
    .select({
      id: orderItems.id,
      listingId: orderItems.listingId,
      quantity: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
      shippingCents: orderItems.shippingCents,
      title: orderItems.title,
      soldItemId: orderItems.soldItemId,
    })
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
        offeredListingSql,
        eq(listings.saleFormat, "fixed_price"),
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
          .where(
            and(
              eq(listings.id, line.listingId),
              gte(listings.quantity, line.quantity),
              ne(listings.status, "sold"),
              notTakenDown,
            ),
          )
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

export type ListingStock = { listedQuantity: number; quantity: number };

/**
 * A seller's new listed quantity, read under the listing's row lock: units held by buyers (reserved or
 * sold) stay held, and the units on hand are what is left. Refused when buyers hold more than that.
 */
export function stockAfterListingEdit(
  current: ListingStock,
  listedQuantity: number,
): (ListingStock & { held: number }) | { refused: true; held: number } {
  const held = current.listedQuantity - current.quantity;
  if (listedQuantity < held) return { refused: true, held };
  return { listedQuantity, quantity: listedQuantity - held, held };
}

/**
 * A fully refunded order's units go back on hand. A listing its sale had marked sold comes back
 * withdrawn, not live: whether the item itself came back is for the seller to say by publishing it.
 */
export async function returnRefundedStock(tx: Transaction, orderId: number): Promise<number[]> {
  const lines = await orderLines(tx, orderId);
  for (const line of lines) {
    await tx
      .update(listings)
      .set({
        quantity: sql`${listings.quantity} + ${line.quantity}`,
        status: sql`case when ${listings.status} = 'sold' then 'withdrawn'::listing_status else ${listings.status} end`,
        soldAt: sql`case when ${listings.status} = 'sold' then null else ${listings.soldAt} end`,
        updatedAt: sql`now()`,
      })
      .where(eq(listings.id, line.listingId));
  }
  return lines.map((l) => l.listingId);
}

/** Puts the lines of an unpaid cart order back in the buyer's cart, so letting a payment lapse loses nothing. */
export async function restoreCartLines(
  tx: Transaction,
  order: Pick<Order, "buyerId" | "source">,
  lines: readonly Line[],
): Promise<void> {
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
export async function recordSale(
  tx: Transaction,
  order: Pick<Order, "id" | "currency">,
  paidAt: Date,
): Promise<{ listingIds: number[]; soldSegments: string[] }> {
  const lines = await orderLines(tx, order.id);
  const soldSegments = new Set<string>();
  for (const line of lines) {
    const [listing] = await tx.select().from(listings).where(eq(listings.id, line.listingId)).for("update");
    if (!listing) continue;
    if (
      listing.quantity === 0 &&
      listing.status !== "sold" &&
      !(await isHeldByAnotherUnpaidOrder(tx, line.listingId, order.id))
    ) {
      await tx
        .update(listings)
        .set({ status: "sold", soldAt: paidAt, updatedAt: sql`now()` })
        .where(eq(listings.id, listing.id));
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
      for (const segment of saleSegments(listing.attributes as Item)) soldSegments.add(segment);
    }
  }
  return { listingIds: lines.map((l) => l.listingId), soldSegments: [...soldSegments] };
}

/** Whether an order awaiting payment holds some of the listing's stock. */
export async function isReserved(tx: Transaction, listingId: number): Promise<boolean> {
  return isHeldByAnotherUnpaidOrder(tx, listingId, 0);
}

async function isHeldByAnotherUnpaidOrder(
  tx: Transaction,
  listingId: number,
  orderId: number,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: orders.id })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(
      and(eq(orderItems.listingId, listingId), eq(orders.status, "pending_payment"), ne(orders.id, orderId)),
    )
    .limit(1);
  return Boolean(row);
}

/** A refunded sale didn't happen at that price: its price-history rows go. Returns the market segments they were in. */
export async function forgetSale(tx: Transaction, orderId: number): Promise<string[]> {
  const lines = await orderLines(tx, orderId);
  const ids = lines.map((l) => l.soldItemId).filter((id): id is string => id !== null);
  const segments = new Set<string>();
  for (const id of ids) {
    const removed = await tx
      .delete(soldItems)
      .where(eq(soldItems.id, id))
      .returning({ attributes: soldItems.attributes });
    for (const row of removed) for (const segment of saleSegments(row.attributes)) segments.add(segment);
  }
  return [...segments];
}
