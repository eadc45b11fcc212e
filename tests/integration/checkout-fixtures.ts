import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { cartItems, listings, orderEvents, orders, users, type ShippingOption } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";
import { signedTestEvent } from "@/lib/payments/stripe";
export { unusedLatePedalCar as latePedalCar } from "@/lib/catalogue/examples";

// Sellers, buyers and live listings written straight into the test database, and Stripe events signed
// with Stripe's own test-header helper, for the cart, checkout, webhook and order tests.

export type TestUser = { id: string; role: "user" | "admin"; email: string };

export async function createUser(
  handle: DatabaseHandle,
  options: {
    country?: string;
    stripeAccountId?: string;
    role?: "user" | "admin";
    /** How long ago the account was made (new accounts' first comments are held for review). */
    ageDays?: number;
  } = {},
): Promise<TestUser> {
  const tag = randomBytes(5).toString("hex");
  const [user] = await handle.db
    .insert(users)
    .values({
      email: `collector-${tag}@example.com`,
      displayName: `Collector ${tag}`,
      role: options.role ?? "user",
      country: options.country ?? "GB",
      stripeAccountId: options.stripeAccountId ?? null,
      ...(options.ageDays ? { createdAt: new Date(Date.now() - options.ageDays * 86_400_000) } : {}),
    })
    .returning({ id: users.id, role: users.role, email: users.email });
  return user!;
}

export const windscreen: Item = {
  category: "part",
  partType: "windscreen",
  source: "reproduction",
  condition: "new",
  fits: [{ category: "pedal_car" }],
};
const steeringWheel: Item = {
  category: "part",
  partType: "steering_wheel",
  source: "reproduction",
  condition: "new",
  fits: [{ category: "pedal_car" }],
};

const shipFromUS: ShippingOption[] = [
  { destination: "US", priceCents: 11500, label: "Crated" },
  { destination: "WORLD", priceCents: 26000 },
];
export const partsFromEE: ShippingOption[] = [
  { destination: "EE", priceCents: 400 },
  { destination: "WORLD", priceCents: 1400, label: "Tracked airmail" },
];

export async function createListing(
  handle: DatabaseHandle,
  input: {
    sellerId: string;
    item: Item;
    title?: string;
    priceCents: number;
    quantity?: number;
    shipping?: ShippingOption[];
    saleFormat?: "fixed_price" | "auction";
    country?: string;
    currency?: "USD" | "EUR" | "GBP";
  },
): Promise<number> {
  const item = input.item;
  const [row] = await handle.db
    .insert(listings)
    .values({
      sellerId: input.sellerId,
      category: item.category,
      status: "live",
      saleFormat: input.saleFormat ?? "fixed_price",
      title: input.title ?? `Test ${item.category} ${randomBytes(3).toString("hex")}`,
      description: "For the checkout tests.",
      attributes: item as Item & Record<string, unknown>,
      era: item.category === "pedal_car" ? item.era : null,
      condition: "condition" in item ? String(item.condition) : null,
      askingPriceCents: input.priceCents,
      currency: input.currency ?? "USD",
      quantity: input.quantity ?? 1,
      listedQuantity: input.quantity ?? 1,
      country: input.country ?? "US",
      shippingOptions: input.shipping ?? shipFromUS,
      photoCount: 1,
      publishedAt: new Date(),
    })
    .returning({ id: listings.id });
  return row!.id;
}

/** The Estonian parts dealer's two stock lines, as the cart, checkout and order tests list them. */
export const reproductionWindscreen = {
  item: windscreen,
  title: "Reproduction windscreen",
  priceCents: 4500,
};
export const reproductionSteeringWheel = {
  item: steeringWheel,
  title: "Reproduction steering wheel",
  priceCents: 3800,
};

/** A part on sale from Estonia, posted from there: airmail to the world, cheap inside the country. */
export function listFromEE(
  handle: DatabaseHandle,
  sellerId: string,
  part: { item: Item; title?: string; priceCents: number },
  quantity: number,
): Promise<number> {
  return createListing(handle, { sellerId, ...part, quantity, shipping: partsFromEE, country: "EE" });
}

export async function putInCart(
  handle: DatabaseHandle,
  buyerId: string,
  lines: { listingId: number; quantity: number }[],
): Promise<void> {
  await handle.db
    .insert(cartItems)
    .values(lines.map((l) => ({ userId: buyerId, listingId: l.listingId, quantity: l.quantity })));
}

export async function readListing(handle: DatabaseHandle, id: number) {
  const [row] = await handle.db.select().from(listings).where(eq(listings.id, id));
  return row!;
}

export async function readOrder(handle: DatabaseHandle, id: number) {
  const [row] = await handle.db.select().from(orders).where(eq(orders.id, id));
  return row!;
}

export async function readHistory(handle: DatabaseHandle, orderId: number) {
  return handle.db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
}

/** Moves an order's reservation into the past, as if the buyer had walked away half an hour ago. */
export async function lapseReservation(handle: DatabaseHandle, orderId: number): Promise<void> {
  await handle.db
    .update(orders)
    .set({ reservedUntil: sql`now() - interval '1 minute'` })
    .where(eq(orders.id, orderId));
}

/** A signed event with a fresh id, and that id. */
export function signedStripeEvent(
  type: string,
  object: Record<string, unknown>,
  secret: string,
  id = `evt_test_${randomBytes(8).toString("hex")}`,
) {
  return { id, ...signedTestEvent(id, type, object, secret) };
}

export function completedSession(
  order: { id: number; totalCents: number; sessionId: string | null },
  extra: Record<string, unknown> = {},
) {
  return {
    id: order.sessionId ?? `cs_test_${order.id}`,
    object: "checkout.session",
    mode: "payment",
    status: "complete",
    payment_status: "paid",
    amount_total: order.totalCents,
    currency: "usd",
    metadata: { order_id: String(order.id) },
    client_reference_id: String(order.id),
    payment_intent: `pi_test_${order.id}_${randomBytes(3).toString("hex")}`,
    collected_information: {
      shipping_details: {
        name: "Tom B.",
        address: {
          country: "GB",
          postal_code: "M4 1HN",
          line1: "1 Tib Street",
          line2: null,
          city: "Manchester",
          state: null,
        },
      },
    },
    ...extra,
  };
}

export function webhookRequest(payload: string, signature: string | null): Request {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature) headers.set("stripe-signature", signature);
  return new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers, body: payload });
}
