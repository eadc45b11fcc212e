import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cartItems, listings, orders } from "@/db/schema";
import { checkoutGroupSchema } from "@/lib/cart/schemas";
import { checkFieldsMessage, fieldErrorsOf } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { getPublicBaseUrl } from "@/lib/payments/base-url";
import { openPaymentSession } from "./pay-order";
import {
  insertCartOrder,
  lockBuyerForCheckout,
  priceTakenLines,
  Refusal,
  refusal,
  type CheckoutRefusal,
} from "./checkout-steps";
import { releaseReservation } from "./transitions";
import { expireStaleReservations } from "./expiry";
import { takeStock } from "@/lib/listings/stock";

// Checking out one seller's part of the cart. One transaction creates the order and reserves its
// stock (a conditional update per line, so the last unit goes to one buyer only); the Checkout
// Session is opened after the commit, never while rows are locked. If Stripe fails, the order is
// cancelled and the stock goes back. If the process dies in between, the order simply expires.

export type CheckoutResult =
  { ok: true; orderId: number; url: string; listingIds: number[] } | CheckoutRefusal;

/** `now` (the market's clock by default) starts the reservation's hold. */
export async function checkoutSellerGroup({
  buyerId,
  input,
  baseUrl,
  now,
}: {
  buyerId: string;
  input: unknown;
  baseUrl?: string;
  now?: Date;
}): Promise<CheckoutResult> {
  const parsed = checkoutGroupSchema.safeParse(input);
  if (!parsed.success)
    return refusal("invalid", checkFieldsMessage, { fieldErrors: fieldErrorsOf(parsed.error) });
  const { sellerId, currency, country: shown, requestId } = parsed.data;
  const orderedAt = now ?? (await marketClock()).now();
  const db = await getDb();
  // Units held by reservations whose time is up are on sale (availableQuantity): they go back on
  // hand first, in their own transactions, so this checkout can take them.
  const inCart = await db
    .select({ listingId: cartItems.listingId })
    .from(cartItems)
    .innerJoin(listings, eq(listings.id, cartItems.listingId))
    .where(and(eq(cartItems.userId, buyerId), eq(listings.sellerId, sellerId)));
  if (inCart.length)
    await expireStaleReservations({ listingIds: inCart.map((line) => line.listingId), limit: 50 });

  let orderId: number;
  let listingIds: number[] | null;
  try {
    [orderId, listingIds] = await db.transaction(async (tx) => {
      const destination = await lockBuyerForCheckout(tx, buyerId, shown);
      const country = destination.country;
      if (requestId) {
        // The same Check out sent again (a double click, a retried request): the first one's order is the answer.
        const [same] = await tx
          .select({ id: orders.id })
          .from(orders)
          .where(and(eq(orders.buyerId, buyerId), eq(orders.checkoutRequestId, requestId)));
        if (same) return [same.id, null] as const;
      }
      const cart = await tx
        .select({ listingId: cartItems.listingId, quantity: cartItems.quantity, title: listings.title })
        .from(cartItems)
        .innerJoin(listings, eq(listings.id, cartItems.listingId))
        .where(
          and(
            eq(cartItems.userId, buyerId),
            eq(listings.sellerId, sellerId),
            eq(listings.currency, currency),
          ),
        )
        .orderBy(asc(cartItems.listingId));
      if (cart.length === 0) {
        throw new Refusal(refusal("empty", "Nothing from this seller is in your cart any more."));
      }
      if (sellerId === buyerId) throw new Refusal(refusal("invalid", "You can't buy your own listings."));

      const taken = [];
      const soldOut: { listingId: number; title: string }[] = [];
      for (const line of cart) {
        const listing = await takeStock(tx, line);
        if (listing) taken.push({ ...line, listing });
        else soldOut.push({ listingId: line.listingId, title: line.title });
      }
      if (soldOut.length) {
        const names = soldOut.map((s) => `“${s.title}”`).join(", ");
        throw new Refusal(
          refusal(
            "sold_out",
            `Sold out while in your cart: ${names}. Remove ${soldOut.length === 1 ? "it" : "them"} to check out the rest; nothing was charged.`,
            { soldOut },
          ),
        );
      }

      const priced = priceTakenLines(taken, country);
      const order = await insertCartOrder(tx, {
        buyerId,
        sellerId,
        currency,
        destination,
        lines: priced,
        orderedAt,
        requestId,
      });
      await tx.delete(cartItems).where(
        and(
          eq(cartItems.userId, buyerId),
          inArray(
            cartItems.listingId,
            cart.map((c) => c.listingId),
          ),
        ),
      );
      return [order.id, cart.map((c) => c.listingId)] as const;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }

  if (!listingIds) {
    // A repeat: back to the payment page if the order still waits for it, else to the order.
    const url = await openPaymentSession(orderId, baseUrl ?? (await getPublicBaseUrl())).catch(
      () => `/orders/${orderId}`,
    );
    return { ok: true, orderId, listingIds: [], url };
  }
  try {
    return {
      ok: true,
      orderId,
      listingIds,
      url: await openPaymentSession(orderId, baseUrl ?? (await getPublicBaseUrl())),
    };
  } catch (error) {
    console.error(`Checkout for order ${orderId} could not open a payment: ${(error as Error).message}`);
    await db.transaction((tx) =>
      releaseReservation(
        tx,
        orderId,
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
