import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { getDb } from "@/db/client";
import { availableQuantity } from "@/lib/listings/stock";
import { cartItems, listings } from "@/db/schema";
import { isSingleItem } from "@/lib/listings/pricing";
import { addToCartSchema, updateCartLineSchema } from "./schemas";
import { countCartUnits } from "./queries";
import type { ActionResult } from "@/lib/kernel/result";
import { notTakenDown } from "@/lib/listings/visibility";

// Cart writes. The cart only holds wishes: nothing is reserved until checkout, which checks the stock
// again under its conditional update. Quantities are still checked here, so the cart never promises more
// than the seller has.

export type CartResult = ActionResult<{ units: number }>;

const refuse = (message: string, fieldErrors: Record<string, string> = {}): CartResult => ({
  ok: false,
  message,
  fieldErrors,
});

export async function addToCart({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<CartResult> {
  const parsed = addToCartSchema.safeParse(input);
  if (!parsed.success) return refuse("Check the quantity.", fieldErrorsOf(parsed.error));
  const { listingId, quantity } = parsed.data;
  const db = await getDb();
  const [listing] = await db
    .select({
      sellerId: listings.sellerId,
      status: listings.status,
      saleFormat: listings.saleFormat,
      stock: availableQuantity,
      category: listings.category,
      // Deleted or hidden by an admin: either way no longer for sale (lib/listings/visibility.ts).
      deleted: sql<boolean>`not (${notTakenDown})`,
    })
    .from(listings)
    .where(eq(listings.id, listingId));
  if (!listing || listing.deleted || listing.status === "draft")
    return refuse("That listing does not exist.");
  if (listing.sellerId === buyerId) return refuse("This is your own listing.");
  if (listing.saleFormat !== "fixed_price")
    return refuse("This item is sold by auction: place a bid instead.");
  if (listing.status !== "live" || listing.stock === 0) return refuse("Sold out.");
  const [existing] = await db
    .select({ quantity: cartItems.quantity })
    .from(cartItems)
    .where(and(eq(cartItems.userId, buyerId), eq(cartItems.listingId, listingId)));
  const wanted = (existing?.quantity ?? 0) + quantity;
  if (isSingleItem(listing.category) && existing)
    return refuse("It is already in your cart: there is only one.");
  if (wanted > listing.stock) {
    const held = existing ? ` You already have ${existing.quantity} in your cart.` : "";
    return refuse(`Only ${listing.stock} in stock.${held}`, {
      quantity: `At most ${listing.stock - (existing?.quantity ?? 0)}`,
    });
  }
  await db
    .insert(cartItems)
    .values({ userId: buyerId, listingId, quantity: wanted })
    .onConflictDoUpdate({
      target: [cartItems.userId, cartItems.listingId],
      set: { quantity: wanted, updatedAt: sql`now()` },
    });
  return { ok: true, units: await countCartUnits(buyerId), message: "Added to your cart." };
}

export async function updateCartLine({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<CartResult> {
  const parsed = updateCartLineSchema.safeParse(input);
  if (!parsed.success) return refuse("Check the quantity.", fieldErrorsOf(parsed.error));
  const { listingId, quantity } = parsed.data;
  const db = await getDb();
  if (quantity === 0) return removeCartLine({ buyerId, listingId });
  const [listing] = await db
    .select({ stock: availableQuantity, category: listings.category })
    .from(listings)
    .where(eq(listings.id, listingId));
  if (!listing) return refuse("That listing does not exist.");
  if (isSingleItem(listing.category) && quantity > 1)
    return refuse("There is only one.", { quantity: "There is only one" });
  if (quantity > listing.stock)
    return refuse(`Only ${listing.stock} in stock.`, { quantity: `At most ${listing.stock}` });
  const updated = await db
    .update(cartItems)
    .set({ quantity, updatedAt: sql`now()` })
    .where(and(eq(cartItems.userId, buyerId), eq(cartItems.listingId, listingId)))
    .returning({ listingId: cartItems.listingId });
  if (updated.length === 0) return refuse("That item is no longer in your cart.");
  return { ok: true, units: await countCartUnits(buyerId), message: "Quantity updated." };
}

export async function removeCartLine({
  buyerId,
  listingId,
}: {
  buyerId: string;
  listingId: number;
}): Promise<CartResult> {
  const db = await getDb();
  await db.delete(cartItems).where(and(eq(cartItems.userId, buyerId), eq(cartItems.listingId, listingId)));
  return { ok: true, units: await countCartUnits(buyerId), message: "Removed from your cart." };
}
