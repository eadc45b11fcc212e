import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { availableQuantity } from "@/lib/listings/stock";
import { cartItems, listingPhotos, listings, users } from "@/db/schema";
import { getBuyerDestination, type BuyerDestination } from "@/lib/shipping/destination";
import type { Category, Currency } from "@/lib/catalogue/vocabulary";
import { priceLine, sumLines, type Totals } from "@/lib/listings/pricing";
import { lineProblem } from "./lines";
import { notTakenDown } from "@/lib/listings/visibility";

// The buyer's cart as the page shows it: grouped by seller (one order and one payment each), every
// figure computed here from the listings as they are now.

export type CartLine = {
  listingId: number;
  title: string;
  category: Category;
  quantity: number;
  stock: number;
  unitPriceCents: number;
  coverPhotoKey: string | null;
  coverAlt: string | null;
  /** Why this line can't be bought as it is, in words for the buyer; null when it can. */
  problem: string | null;
  itemsCents: number;
  shippingCents: number;
  packingCents: number;
  shippingLabel: string | null;
};

export type CartGroup = {
  sellerId: string;
  sellerName: string;
  currency: Currency;
  lines: CartLine[];
  totals: Totals;
  canCheckOut: boolean;
};

export type Cart = { destination: BuyerDestination; groups: CartGroup[]; units: number };

export async function getCart({ buyerId }: { buyerId: string }): Promise<Cart> {
  const db = await getDb();
  const destination = await getBuyerDestination(db, buyerId);
  const rows = await db
    .select({
      listingId: listings.id,
      title: listings.title,
      category: listings.category,
      quantity: cartItems.quantity,
      stock: availableQuantity,
      status: listings.status,
      saleFormat: listings.saleFormat,
      // Deleted or hidden by an admin: either way no longer for sale (lib/listings/visibility.ts).
      deleted: sql<boolean>`not (${notTakenDown})`,
      unitPriceCents: listings.askingPriceCents,
      currency: listings.currency,
      shippingOptions: listings.shippingOptions,
      sellerId: listings.sellerId,
      sellerName: users.displayName,
      coverPhotoKey: listingPhotos.storageKey,
      coverAlt: listingPhotos.altText,
    })
    .from(cartItems)
    .innerJoin(listings, eq(listings.id, cartItems.listingId))
    .innerJoin(users, eq(users.id, listings.sellerId))
    .leftJoin(listingPhotos, and(eq(listingPhotos.listingId, listings.id), eq(listingPhotos.position, 0)))
    .where(eq(cartItems.userId, buyerId))
    .orderBy(asc(users.displayName), asc(cartItems.createdAt), asc(listings.id));

  const groups = new Map<string, CartGroup>();
  for (const row of rows) {
    const priced = destination.known
      ? priceLine(
          {
            category: row.category,
            askingPriceCents: row.unitPriceCents,
            quantity: row.quantity,
            shippingOptions: row.shippingOptions,
          },
          destination.country,
        )
      : ({ ok: false, message: "Choose the country to ship to, to see the shipping." } as const);
    const problem =
      lineProblem({ ...row, shippingOptions: row.shippingOptions }) ?? (priced.ok ? null : priced.message);
    const line: CartLine = {
      listingId: row.listingId,
      title: row.title,
      category: row.category,
      quantity: row.quantity,
      stock: row.stock,
      unitPriceCents: row.unitPriceCents,
      coverPhotoKey: row.coverPhotoKey,
      coverAlt: row.coverAlt,
      problem,
      itemsCents: priced.ok ? priced.line.itemsCents : 0,
      shippingCents: priced.ok ? priced.line.shippingCents : 0,
      packingCents: priced.ok ? priced.line.packingCents : 0,
      shippingLabel: priced.ok ? priced.line.shippingLabel : null,
    };
    const key = `${row.sellerId}:${row.currency}`;
    const group = groups.get(key) ?? {
      sellerId: row.sellerId,
      sellerName: row.sellerName,
      currency: row.currency,
      lines: [],
      totals: sumLines([]),
      canCheckOut: true,
    };
    group.lines.push(line);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.totals = sumLines(group.lines.filter((l) => !l.problem));
    group.canCheckOut = group.lines.every((l) => !l.problem);
  }
  return { destination, groups: [...groups.values()], units: rows.reduce((sum, r) => sum + r.quantity, 0) };
}

/** Units in the cart, for the header's badge. */
export async function countCartUnits(buyerId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ units: sql<number>`coalesce(sum(${cartItems.quantity}), 0)::int` })
    .from(cartItems)
    .where(eq(cartItems.userId, buyerId));
  return row?.units ?? 0;
}
