import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { checkFieldsMessage, fieldErrorsOf } from "@/lib/kernel/forms";
import { getDb } from "@/db/client";
import { addresses, cartDestinations, users } from "@/db/schema";
import type { ShippingAddress } from "@/lib/shipping/destination";
import { addressSchema, cartAddressChoiceSchema, cartCountrySchema } from "./schemas";
import type { ActionResult } from "@/lib/kernel/result";

// The cart's destination and the buyer's address book. What the buyer picks is stored with the
// cart, so the same destination prices the cart, checks out and reaches the order, on any device.

export type DestinationResult = ActionResult;

const refuse = (message: string, fieldErrors: Record<string, string> = {}): DestinationResult => ({
  ok: false,
  message,
  fieldErrors,
});

/** Ship the cart to a country, before (or without) giving an address. */
export async function chooseCartCountry({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<DestinationResult> {
  const parsed = cartCountrySchema.safeParse(input);
  if (!parsed.success) return refuse("Choose a country from the list.", fieldErrorsOf(parsed.error));
  const db = await getDb();
  await db
    .insert(cartDestinations)
    .values({ userId: buyerId, country: parsed.data.country, addressId: null })
    .onConflictDoUpdate({
      target: cartDestinations.userId,
      set: { country: parsed.data.country, addressId: null, updatedAt: sql`now()` },
    });
  return { ok: true, message: "Shipping updated." };
}

/** Ship the cart to one of the buyer's own saved addresses. */
export async function chooseCartAddress({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<DestinationResult> {
  const parsed = cartAddressChoiceSchema.safeParse(input);
  if (!parsed.success) return refuse("Choose one of your addresses.", fieldErrorsOf(parsed.error));
  const db = await getDb();
  const [own] = await db
    .select({ id: addresses.id })
    .from(addresses)
    .where(and(eq(addresses.id, parsed.data.addressId), eq(addresses.userId, buyerId)));
  if (!own) return refuse("That address is not in your address book.");
  await db
    .insert(cartDestinations)
    .values({ userId: buyerId, addressId: own.id, country: null })
    .onConflictDoUpdate({
      target: cartDestinations.userId,
      set: { addressId: own.id, country: null, updatedAt: sql`now()` },
    });
  return { ok: true, message: "Shipping updated." };
}

/** Adds an address to the book and ships the cart there. The first address becomes the default. */
export async function saveAddress({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<DestinationResult & { addressId?: string }> {
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success) return refuse(checkFieldsMessage, fieldErrorsOf(parsed.error));
  const { makeDefault, ...address } = parsed.data;
  const db = await getDb();
  const addressId = await db.transaction(async (tx) => {
    // One writer at a time per buyer, so two first addresses can't both become the default.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, buyerId)).for("update");
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(addresses)
      .where(eq(addresses.userId, buyerId));
    const isDefault = makeDefault || (count?.n ?? 0) === 0;
    if (isDefault)
      await tx
        .update(addresses)
        .set({ isDefault: false, updatedAt: sql`now()` })
        .where(and(eq(addresses.userId, buyerId), eq(addresses.isDefault, true)));
    const [row] = await tx
      .insert(addresses)
      .values({ userId: buyerId, ...address, isDefault })
      .returning({ id: addresses.id });
    await tx
      .insert(cartDestinations)
      .values({ userId: buyerId, addressId: row!.id, country: null })
      .onConflictDoUpdate({
        target: cartDestinations.userId,
        set: { addressId: row!.id, country: null, updatedAt: sql`now()` },
      });
    return row!.id;
  });
  return { ok: true, message: "Address saved; your cart ships there.", addressId };
}

/** Removes one of the buyer's own addresses; a cart that shipped there falls back to the next choice. */
export async function deleteAddress({
  buyerId,
  input,
}: {
  buyerId: string;
  input: unknown;
}): Promise<DestinationResult> {
  const parsed = cartAddressChoiceSchema.safeParse(input);
  if (!parsed.success) return refuse("Choose one of your addresses.", fieldErrorsOf(parsed.error));
  const db = await getDb();
  const removed = await db
    .delete(addresses)
    .where(and(eq(addresses.id, parsed.data.addressId), eq(addresses.userId, buyerId)))
    .returning({ id: addresses.id });
  if (removed.length === 0) return refuse("That address is not in your address book.");
  return { ok: true, message: "Address removed." };
}

export type SavedAddress = ShippingAddress & { isDefault: boolean };

export async function listAddresses(buyerId: string): Promise<SavedAddress[]> {
  const db = await getDb();
  return db
    .select({
      id: addresses.id,
      name: addresses.name,
      line1: addresses.line1,
      line2: addresses.line2,
      city: addresses.city,
      postalCode: addresses.postalCode,
      country: addresses.country,
      isDefault: addresses.isDefault,
    })
    .from(addresses)
    .where(eq(addresses.userId, buyerId))
    .orderBy(desc(addresses.isDefault), asc(addresses.createdAt));
}
