import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cartItems, listings, orderEvents, orderItems, orders, users } from "@/db/schema";
import { checkoutGroupSchema } from "@/lib/cart/schemas";
import { checkFieldsMessage, fieldErrorsOf } from "@/lib/kernel/forms";
import { countryName } from "@/lib/catalogue/describe";
import { marketClock } from "@/lib/kernel/market-clock";
import { getPublicBaseUrl } from "@/lib/payments/base-url";
import { getBuyerDestination, shipToOf, unknownDestinationMessage } from "@/lib/shipping/destination";
import { openPaymentSession } from "./pay-order";
import { payoutTerms } from "./payout";
import { priceLine, sumLines } from "@/lib/listings/pricing";
import { reservationMinutes } from "./status";
import { releaseReservation } from "./transitions";
import { expireStaleReservations } from "./expiry";
import { takeStock } from "@/lib/listings/stock";

// Checking out one seller's part of the cart. One transaction creates the order and reserves its
// stock (a conditional update per line, so the last unit goes to one buyer only); the Checkout
// Session is opened after the commit, never while rows are locked. If Stripe fails, the order is
// cancelled and the stock goes back. If the process dies in between, the order simply expires.

export type CheckoutResult =
  | { ok: true; orderId: number; url: string; listingIds: number[] }
  | {
      ok: false;
      reason:
        | "invalid"
        | "empty"
        | "sold_out"
        | "no_shipping"
        | "no_destination"
        | "destination_changed"
        | "payment_unavailable";
      message: string;
      fieldErrors: Record<string, string>;
      /** Cart lines that could not be reserved; the rest of the cart is untouched. */
      soldOut: { listingId: number; title: string }[];
    };

class Refusal extends Error {
  constructor(readonly result: Extract<CheckoutResult, { ok: false }>) {
    super(result.message);
  }
}

const refusal = (
  reason: Extract<CheckoutResult, { ok: false }>["reason"],
  message: string,
  extra: Partial<Extract<CheckoutResult, { ok: false }>> = {},
) => ({ ok: false as const, reason, message, fieldErrors: {}, soldOut: [], ...extra });

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
      // Checkouts by one buyer take turns, so a repeated click finds the order the first one made.
      const [buyer] = await tx
        .select({ suspendedAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, buyerId))
        .for("update");
      // A suspended account's sessions are refused already; an order is binding, so it is refused here too.
      if (!buyer || buyer.suspendedAt)
        throw new Refusal(refusal("invalid", "Sign in again, then check out."));
      const destination = await getBuyerDestination(tx, buyerId);
      if (!destination.known)
        throw new Refusal(
          refusal("no_destination", unknownDestinationMessage, {
            fieldErrors: { country: "Choose the country to ship to" },
          }),
        );
      if (shown && shown !== destination.country) {
        throw new Refusal(
          refusal(
            "destination_changed",
            `Your cart now ships to ${countryName(destination.country)}, not ${countryName(shown)}: check the shipping below and check out again.`,
          ),
        );
      }
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

      const priced = taken.map((t) => {
        const price = priceLine(
          {
            category: t.listing.category,
            askingPriceCents: t.listing.askingPriceCents,
            quantity: t.quantity,
            shippingOptions: t.listing.shippingOptions,
          },
          country,
        );
        if (!price.ok)
          throw new Refusal(
            refusal(
              "no_shipping",
              `“${t.listing.title}”: ${price.message} Choose another country or remove it.`,
            ),
          );
        return { ...t, price: price.line };
      });
      const totals = sumLines(priced.map((p) => p.price));
      const [seller] = await tx
        .select({ stripeAccountId: users.stripeAccountId })
        .from(users)
        .where(eq(users.id, sellerId));
      const [order] = await tx
        .insert(orders)
        .values({
          buyerId,
          sellerId,
          source: "cart",
          currency,
          itemsCents: totals.itemsCents,
          shippingCents: totals.shippingCents,
          totalCents: totals.totalCents,
          ...payoutTerms(totals.totalCents, seller?.stripeAccountId ?? null),
          shipTo: shipToOf(destination),
          checkoutRequestId: requestId ?? null,
          reservedUntil: new Date(orderedAt.getTime() + reservationMinutes * 60_000),
        })
        .returning({ id: orders.id });
      await tx.insert(orderItems).values(
        priced.map((p) => ({
          orderId: order!.id,
          listingId: p.listingId,
          title: p.listing.title,
          quantity: p.quantity,
          unitPriceCents: p.listing.askingPriceCents,
          shippingCents: p.price.shippingCents,
          packingCents: p.price.packingCents,
        })),
      );
      await tx.insert(orderEvents).values({
        orderId: order!.id,
        fromStatus: null,
        toStatus: "pending_payment",
        actorId: buyerId,
        note: `Ordered for shipping to ${destination.address ? `${destination.address.city}, ` : ""}${countryName(country)}; the items are reserved for ${reservationMinutes} minutes while you pay.`,
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
      return [order!.id, cart.map((c) => c.listingId)] as const;
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
