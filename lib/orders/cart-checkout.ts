import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Transaction } from "@/db/transaction";
import { cartItems, checkouts, listings, orders } from "@/db/schema";
import { checkoutCartSchema } from "@/lib/cart/schemas";
import { checkFieldsMessage, fieldErrorsOf } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { sumLines } from "@/lib/listings/pricing";
import { takeStock } from "@/lib/listings/stock";
import { offeredListingSql } from "@/lib/listings/visibility";
import { getPublicBaseUrl } from "@/lib/payments/base-url";
import { shipToOf } from "@/lib/shipping/destination";
import {
  insertCartOrder,
  lockBuyerForCheckout,
  priceTakenLines,
  Refusal,
  refusal,
  type CheckoutRefusal,
} from "./checkout-steps";
import { releaseCheckout } from "./checkout-transitions";
import { expireStaleReservations } from "./expiry";
import { openCheckoutPayment } from "./pay-checkout";
import { reservationMinutes } from "./status";

// Checking out the whole cart with one address and one payment, as on eBay. One transaction reserves
// every seller's lines (a conditional update per line, so the last unit goes to one buyer only) and
// makes one order per seller, grouped under one checkout; the Checkout Session is opened after the
// commit. A line that sold out or was taken off sale meanwhile is left out and named; it is never
// charged, and stays in the cart. If nothing is left, nothing is made.

export type LeftOutLine = { listingId: number; title: string; why: "sold_out" | "not_for_sale" };

export type CartCheckoutResult =
  | {
      ok: true;
      checkoutId: number;
      orderIds: number[];
      url: string;
      listingIds: number[];
      /** Lines not bought; when any, the buyer is told before paying. */
      leftOut: LeftOutLine[];
      message: string;
    }
  | CheckoutRefusal;

function describeLeftOut(leftOut: readonly LeftOutLine[]): string {
  const soldOut = leftOut.filter((l) => l.why === "sold_out").map((l) => `“${l.title}”`);
  const gone = leftOut.filter((l) => l.why === "not_for_sale").map((l) => `“${l.title}”`);
  const parts = [
    soldOut.length ? `${soldOut.join(", ")} sold out while in your cart` : "",
    gone.length ? `${gone.join(", ")} ${gone.length === 1 ? "is" : "are"} no longer for sale` : "",
  ].filter(Boolean);
  return parts.join("; ");
}

function leftOutMessage(leftOut: readonly LeftOutLine[]): string {
  return leftOut.length ? `${describeLeftOut(leftOut)}: left out, and not charged.` : "";
}

/** `now` (the market's clock by default) starts the reservation's hold. */
export async function checkoutCart({
  buyerId,
  input,
  baseUrl,
  now,
}: {
  buyerId: string;
  input: unknown;
  baseUrl?: string;
  now?: Date;
}): Promise<CartCheckoutResult> {
  const parsed = checkoutCartSchema.safeParse(input);
  if (!parsed.success)
    return refusal("invalid", checkFieldsMessage, { fieldErrors: fieldErrorsOf(parsed.error) });
  const { currency, country: shown, requestId } = parsed.data;
  const orderedAt = now ?? (await marketClock()).now();
  const db = await getDb();
  // Units held by lapsed reservations are on sale: they go back on hand first, so this checkout can take them.
  const inCart = await db
    .select({ listingId: cartItems.listingId })
    .from(cartItems)
    .where(eq(cartItems.userId, buyerId));
  if (inCart.length)
    await expireStaleReservations({ listingIds: inCart.map((l) => l.listingId), limit: 50, now: orderedAt });

  let made: {
    checkoutId: number;
    orderIds: number[];
    listingIds: number[];
    leftOut: LeftOutLine[];
    repeat: boolean;
  };
  try {
    made = await db.transaction(async (tx) => {
      const destination = await lockBuyerForCheckout(tx, buyerId, shown);
      if (requestId) {
        // The same Check out sent again: the first one's checkout is the answer.
        const [same] = await tx
          .select({ id: checkouts.id })
          .from(checkouts)
          .where(and(eq(checkouts.buyerId, buyerId), eq(checkouts.requestId, requestId)));
        if (same) return { checkoutId: same.id, orderIds: [], listingIds: [], leftOut: [], repeat: true };
      }
      const cart = await tx
        .select({
          listingId: cartItems.listingId,
          quantity: cartItems.quantity,
          title: listings.title,
          sellerId: listings.sellerId,
        })
        .from(cartItems)
        .innerJoin(listings, eq(listings.id, cartItems.listingId))
        .where(and(eq(cartItems.userId, buyerId), eq(listings.currency, currency)))
        // Always in listing order, so two checkouts sharing listings lock them in the same order.
        .orderBy(asc(cartItems.listingId));
      if (cart.length === 0) throw new Refusal(refusal("empty", "Your cart is empty."));
      if (cart.some((line) => line.sellerId === buyerId))
        throw new Refusal(refusal("invalid", "You can't buy your own listings: remove them first."));

      const taken = [];
      const leftOut: LeftOutLine[] = [];
      for (const line of cart) {
        const listing = await takeStock(tx, line);
        if (listing) taken.push({ ...line, listing });
        else
          leftOut.push({
            listingId: line.listingId,
            title: line.title,
            why: await whyNot(tx, line.listingId),
          });
      }
      if (taken.length === 0)
        throw new Refusal(
          refusal("sold_out", `Nothing was ordered or charged: ${describeLeftOut(leftOut)}.`, {
            soldOut: leftOut.map(({ listingId, title }) => ({ listingId, title })),
          }),
        );
      const priced = priceTakenLines(taken, destination.country);
      const totals = sumLines(priced.map((p) => p.price));
      const reservedUntil = new Date(orderedAt.getTime() + reservationMinutes * 60_000);
      const [checkout] = await tx
        .insert(checkouts)
        .values({
          buyerId,
          currency,
          itemsCents: totals.itemsCents,
          shippingCents: totals.shippingCents,
          totalCents: totals.totalCents,
          shipTo: shipToOf(destination),
          // Replaced by the id-based group just below, in the same transaction.
          transferGroup: "pending",
          requestId: requestId ?? null,
          reservedUntil,
        })
        .returning({ id: checkouts.id });
      const checkoutId = checkout!.id;
      await tx
        .update(checkouts)
        .set({ transferGroup: `checkout-${checkoutId}` })
        .where(eq(checkouts.id, checkoutId));
      const orderIds: number[] = [];
      for (const sellerId of [...new Set(priced.map((p) => p.sellerId))]) {
        const order = await insertCartOrder(tx, {
          buyerId,
          sellerId,
          currency,
          destination,
          lines: priced.filter((p) => p.sellerId === sellerId),
          orderedAt,
          checkoutId,
        });
        orderIds.push(order.id);
      }
      const listingIds = taken.map((t) => t.listingId);
      await tx
        .delete(cartItems)
        .where(and(eq(cartItems.userId, buyerId), inArray(cartItems.listingId, listingIds)));
      return { checkoutId, orderIds, listingIds, leftOut, repeat: false };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }

  const base = baseUrl ?? (await getPublicBaseUrl());
  if (made.repeat) {
    // A repeat: back to the payment page if the checkout still waits for it, else to its page.
    const url = await openCheckoutPayment(made.checkoutId, base).catch(() => `/checkouts/${made.checkoutId}`);
    const orderIds = (
      await db.select({ id: orders.id }).from(orders).where(eq(orders.checkoutId, made.checkoutId))
    ).map((o) => o.id);
    return { ok: true, ...made, orderIds, url, message: "" };
  }
  try {
    const url = await openCheckoutPayment(made.checkoutId, base);
    return { ok: true, ...made, url, message: leftOutMessage(made.leftOut) };
  } catch (error) {
    console.error(`Checkout ${made.checkoutId} could not open a payment: ${(error as Error).message}`);
    await db.transaction((tx) =>
      releaseCheckout(
        tx,
        made.checkoutId,
        "cancelled",
        "The payment page could not be opened; the order was cancelled and the items went back on sale.",
      ),
    );
    return refusal(
      "payment_unavailable",
      "Payment is unavailable just now, so nothing was ordered or charged. Your cart is as it was: try again in a minute.",
    );
  }
}

/** Why a line could not be reserved: taken off sale (hidden, deleted, unpublished), or simply sold out. */
async function whyNot(tx: Transaction, listingId: number): Promise<LeftOutLine["why"]> {
  const [offered] = await tx
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.id, listingId), offeredListingSql, eq(listings.saleFormat, "fixed_price")));
  return offered ? "sold_out" : "not_for_sale";
}
