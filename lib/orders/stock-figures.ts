import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listings } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { paidStatuses } from "./status";

// A listing's stock as the rule in ./stock.ts counts it, read back from the orders themselves, so the
// rule can be checked from outside: listed = on hand + reserved + sold.

export type StockFigures = { listed: number; onHand: number; reserved: number; sold: number };

const paid = sql.raw(paidStatuses.map((s) => `'${s}'`).join(", "));

const figures = {
  listingId: listings.id,
  listed: listings.listedQuantity,
  onHand: listings.quantity,
  reserved: sql<number>`coalesce((select sum(oi.quantity) from order_items oi join orders o on o.id = oi.order_id where oi.listing_id = "listings"."id" and o.status = 'pending_payment'), 0)::int`,
  sold: sql<number>`coalesce((select sum(oi.quantity) from order_items oi join orders o on o.id = oi.order_id where oi.listing_id = "listings"."id" and o.status in (${paid})), 0)::int`,
};

export function stockBalances(stock: StockFigures): boolean {
  return stock.onHand >= 0 && stock.onHand + stock.reserved + stock.sold === stock.listed;
}

/** One listing's figures (deleted listings too: their orders still count), or null if there is no such listing. */
export async function getListingStock({
  listingId,
  tx,
}: {
  listingId: number;
  tx?: Transaction;
}): Promise<StockFigures | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select(figures).from(listings).where(eq(listings.id, listingId));
  if (!row) return null;
  const { listingId: _id, ...stock } = row;
  return stock;
}
