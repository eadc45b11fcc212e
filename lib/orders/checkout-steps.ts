import "server-only";
import { eq } from "drizzle-orm";
import { orderEvents, orderItems, orders, users } from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { countryName } from "@/lib/catalogue/describe";
import type { Currency } from "@/lib/catalogue/vocabulary";
import { priceLine, sumLines, type PricedLine } from "@/lib/listings/pricing";
import type { takeStock } from "@/lib/listings/stock";
import {
  getBuyerDestination,
  shipToOf,
  unknownDestinationMessage,
  type BuyerDestination,
} from "@/lib/shipping/destination";
import { payoutTerms } from "./payout";
import { reservationMinutes } from "./status";

// The steps both checkouts take inside their transaction: one seller's part of the cart
// (checkout.ts), and the whole cart with one payment (cart-checkout.ts).

export type CheckoutRefusalReason =
  | "invalid"
  | "empty"
  | "sold_out"
  | "no_shipping"
  | "no_destination"
  | "destination_changed"
  | "payment_unavailable";

export type CheckoutRefusal = {
  ok: false;
  reason: CheckoutRefusalReason;
  message: string;
  fieldErrors: Record<string, string>;
  /** Cart lines that could not be reserved; the rest of the cart is untouched. */
  soldOut: { listingId: number; title: string }[];
};

/** Thrown inside the transaction to roll it back and answer with the refusal. */
export class Refusal extends Error {
  constructor(readonly result: CheckoutRefusal) {
    super(result.message);
  }
}

export const refusal = (
  reason: CheckoutRefusalReason,
  message: string,
  extra: Partial<CheckoutRefusal> = {},
): CheckoutRefusal => ({ ok: false as const, reason, message, fieldErrors: {}, soldOut: [], ...extra });

/**
 * Locks the buyer's row, so checkouts by one buyer take turns (a repeated click finds what the first
 * one made), and settles where the parcels go: refused for a suspended account, an unknown
 * destination, or one that changed since the page showed it.
 */
export async function lockBuyerForCheckout(
  tx: Transaction,
  buyerId: string,
  shown: string | null | undefined,
): Promise<KnownDestination> {
  const [buyer] = await tx
    .select({ suspendedAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, buyerId))
    .for("update");
  // A suspended account's sessions are refused already; an order is binding, so it is refused here too.
  if (!buyer || buyer.suspendedAt) throw new Refusal(refusal("invalid", "Sign in again, then check out."));
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
  return destination;
}

type KnownDestination = Extract<BuyerDestination, { known: true }>;
type TakenLine = {
  listingId: number;
  quantity: number;
  listing: NonNullable<Awaited<ReturnType<typeof takeStock>>>;
};

/** Prices reserved lines for the destination; a line that does not ship there refuses the checkout. */
export function priceTakenLines<T extends TakenLine>(
  taken: T[],
  country: string,
): (T & { price: PricedLine })[] {
  return taken.map((t) => {
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
        refusal("no_shipping", `“${t.listing.title}”: ${price.message} Choose another country or remove it.`),
      );
    return { ...t, price: price.line };
  });
}

/** Writes one seller's order of reserved, priced lines with its first history row. */
export async function insertCartOrder(
  tx: Transaction,
  input: {
    buyerId: string;
    sellerId: string;
    currency: Currency;
    destination: KnownDestination;
    lines: (TakenLine & { price: PricedLine })[];
    orderedAt: Date;
    requestId?: string | null;
    checkoutId?: number | null;
  },
): Promise<{ id: number; totalCents: number }> {
  const { destination, lines } = input;
  const totals = sumLines(lines.map((p) => p.price));
  const [seller] = await tx
    .select({ stripeAccountId: users.stripeAccountId })
    .from(users)
    .where(eq(users.id, input.sellerId));
  const [order] = await tx
    .insert(orders)
    .values({
      buyerId: input.buyerId,
      sellerId: input.sellerId,
      source: "cart",
      currency: input.currency,
      itemsCents: totals.itemsCents,
      shippingCents: totals.shippingCents,
      totalCents: totals.totalCents,
      ...payoutTerms(totals.totalCents, seller?.stripeAccountId ?? null),
      shipTo: shipToOf(destination),
      checkoutRequestId: input.requestId ?? null,
      checkoutId: input.checkoutId ?? null,
      reservedUntil: new Date(input.orderedAt.getTime() + reservationMinutes * 60_000),
    })
    .returning({ id: orders.id, totalCents: orders.totalCents });
  await tx.insert(orderItems).values(
    lines.map((p) => ({
      orderId: order!.id,
      listingId: p.listingId,
      title: p.listing.title,
      quantity: p.quantity,
      unitPriceCents: p.listing.askingPriceCents,
      shippingCents: p.price.shippingCents,
      packingCents: p.price.packingCents,
    })),
  );
  const country = destination.country;
  await tx.insert(orderEvents).values({
    orderId: order!.id,
    fromStatus: null,
    toStatus: "pending_payment",
    actorId: input.buyerId,
    note: `Ordered for shipping to ${destination.address ? `${destination.address.city}, ` : ""}${countryName(country)}; the items are reserved for ${reservationMinutes} minutes while you pay.`,
  });
  return order!;
}
